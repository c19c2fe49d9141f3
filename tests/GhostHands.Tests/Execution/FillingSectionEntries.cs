using GhostHands.Execution.Forms;
using GhostHands.Tests.Execution.Meaning;

namespace GhostHands.Tests.Execution;

/// <summary>
/// The boxes of an entry opened in a work-history section, named in the entry's own short words, are the profile's
/// current job: its title, its employer, and "I work here now" ticked.
/// </summary>
public sealed class WhenFillingSectionEntries
{
    private static readonly IReadOnlySet<string> WorkHistory = AddSections.TopicsOf("Employment history")!;
    private static readonly IReadOnlySet<string> Schooling = AddSections.TopicsOf("Academic background")!;

    private static FormField Field(string kind, string label) => new("g1", kind, kind, "", label, "", false, "", [], "", null, null, null);

    [Theory]
    [InlineData("Title", "Senior Engineer")]
    [InlineData("Role held", "Senior Engineer")]
    [InlineData("Position (required)", "Senior Engineer")]
    [InlineData("Company (Optional)", "Initech")]
    [InlineData("Employer name", "Initech")]
    [InlineData("Organisation *", "Initech")]
    [InlineData("Name of the employer", "Initech")]
    public void A_part_of_a_work_history_entry_is_answered_from_the_current_job(string label, string expected)
    {
        var question = EntryParts.Question(WorkHistory, label);

        Assert.NotNull(question);
        Assert.Equal(expected, AnswerPlanner.Plan(Field("text", question), Applicants.With(Applicants.FullProfile), null)?.Value);
    }

    [Theory]
    [InlineData("Industry")]
    [InlineData("Company size")]
    [InlineData("Summary")]
    [InlineData("Start date")]
    [InlineData("Title of the role you want")]
    public void Other_boxes_of_a_work_history_entry_are_not_its_named_parts(string label) =>
        Assert.Null(EntryParts.Question(WorkHistory, label));

    [Fact]
    public void A_title_in_an_education_entry_is_not_a_job_title() =>
        Assert.Null(EntryParts.Question(Schooling, "Title"));

    [Theory]
    [InlineData("I currently work here", true)]
    [InlineData("This is my current role", true)]
    [InlineData("I am still employed here", true)]
    [InlineData("Present", true)]
    [InlineData("Remote position", false)]
    [InlineData("Keep my details for future openings", false)]
    [InlineData("May we contact your current employer?", false)]
    [InlineData("You may reach my present company for a reference", false)]
    [InlineData("I do not currently work here", false)]
    [InlineData("I don't work here anymore", false)]
    [InlineData("No longer in this role", false)]
    public void The_box_saying_the_job_is_held_now_is_the_current_jobs(string label, bool current) =>
        Assert.Equal(current, EntryParts.IsCurrentJob(WorkHistory, Field("checkbox", label)));

    [Fact]
    public void The_current_job_box_is_only_a_checkbox_of_a_work_history_entry()
    {
        Assert.False(EntryParts.IsCurrentJob(WorkHistory, Field("text", "Current position")));
        Assert.False(EntryParts.IsCurrentJob(Schooling, Field("checkbox", "I currently study here")));
    }

    [Fact]
    public void The_current_job_box_is_ticked_only_for_a_profile_naming_a_current_employer()
    {
        Assert.Equal("true", EntryParts.CurrentJob(Applicants.With(Applicants.FullProfile))?.Value);
        Assert.Null(EntryParts.CurrentJob(Applicants.Only(("current_title", "Senior Engineer"))));
    }

    [Theory]
    [InlineData("Previous employment")]
    [InlineData("Past positions")]
    [InlineData("Former employers")]
    public void A_section_of_earlier_jobs_is_not_filled_with_the_current_one(string caption)
    {
        Assert.Null(AddSections.TopicsOf(caption));
        Assert.True(AddSections.AsksPastJobs(new AddSection("b1", caption, Required: true, Filled: false, Error: "")));
        Assert.False(AddSections.AsksPastJobs(new AddSection("b1", caption, Required: false, Filled: false, Error: "")));
    }

    [Fact]
    public void A_section_of_the_applicants_jobs_is_the_current_ones()
    {
        Assert.NotNull(AddSections.TopicsOf("Work experience"));
        Assert.False(AddSections.AsksPastJobs(new AddSection("b1", "Work experience", Required: true, Filled: false, Error: "")));
    }
}

/// <summary>
/// An entry editor left open before a submit: saved only when its save button can be clicked, and, still open after,
/// asked of a person by its empty or flagged boxes or by its section, never sent with the form.
/// </summary>
public sealed class WhenAnEntryEditorStaysOpen
{
    private static readonly IReadOnlySet<string> WorkHistory = AddSections.TopicsOf("Employment history")!;
    private static readonly EntryEditor Editor = new("s1", "Save", "Work experience", ["f1", "f2", "f3"]);

    private static FormField Field(string id, string kind, string label, string value = "", string error = "") =>
        new(id, kind, kind, id, label, "", false, value, [], error, null, null, null);

    private static PageInventory Page(IReadOnlyList<FormField> fields, params PageButton[] buttons) =>
        new(fields, buttons, [], 0, false, false, []);

    private static readonly FormField[] Boxes =
        [Field("f1", "text", "Company", "Initech"), Field("f2", "text", "Start date"), Field("f3", "checkbox", "I currently work here", "true")];

    [Fact]
    public void A_disabled_save_is_not_clicked()
    {
        Assert.False(EntryEditors.CanSave(Editor, Page(Boxes, new PageButton("s1", "Save", "button", Disabled: true))));
        Assert.True(EntryEditors.CanSave(Editor, Page(Boxes, new PageButton("s1", "Save", "button", Disabled: false))));
    }

    [Fact]
    public void Nothing_flagged_names_the_empty_boxes() =>
        Assert.Equal(["Start date"], EntryEditors.Unsaved(Editor, Page(Boxes)).Select(q => q.Question));

    [Fact]
    public void Flagged_boxes_are_named_before_empty_ones() =>
        Assert.Equal(["Company"], EntryEditors.Unsaved(Editor, Page([Boxes[0] with { Error = "Too short" }, Boxes[1], Boxes[2]])).Select(q => q.Question));

    [Fact]
    public void An_editor_with_nothing_to_name_is_asked_by_its_section() =>
        Assert.Equal(["Work experience"], EntryEditors.Unsaved(Editor, Page([Boxes[0], Boxes[2]])).Select(q => q.Question));

    [Theory]
    [InlineData("Create a job alert")]
    [InlineData("Subscribe to new jobs")]
    [InlineData("Notify me about jobs")]
    public void An_alert_panel_is_not_an_entry(string caption) =>
        Assert.False(EntryEditors.HoldsEntry(caption, WorkHistory, [Field("f1", "email", "Email")]));

    [Fact]
    public void A_panel_without_a_part_of_an_entry_is_not_one() =>
        Assert.False(EntryEditors.HoldsEntry("Jobs", WorkHistory, [Field("f1", "email", "Email"), Field("f2", "text", "Keywords")]));

    [Fact]
    public void A_work_history_editor_holds_its_entry() =>
        Assert.True(EntryEditors.HoldsEntry("Work experience", WorkHistory, Boxes));
}
