using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

public sealed class WhenEducationIsAskedInParts
{
    [Theory]
    [InlineData("B.S. Computer Science", "Computer Science")]
    [InlineData("Bachelor of Science in Computer Science", "Computer Science")]
    [InlineData("Bachelor's degree in Marine Biology", "Marine Biology")]
    [InlineData("BSc (Hons) Economics", "Economics")]
    [InlineData("Ph.D. in Physics", "Physics")]
    [InlineData("Master of Business Administration", "Business Administration")]
    [InlineData("Chemical Engineering (MEng)", "Chemical Engineering")]
    [InlineData("Geography", "Geography")]
    public void A_degree_text_names_its_field_of_study(string degree, string expected) =>
        Assert.Equal(expected, Education.Discipline(degree));

    [Theory]
    [InlineData("Bachelor of Arts")]
    [InlineData("MSc")]
    public void A_degree_text_naming_only_a_level_names_no_field(string degree) => Assert.Null(Education.Discipline(degree));

    [Theory]
    [InlineData("Bachelors", "Associate's|Bachelor's|Master's|Doctorate", "Bachelor's")]
    [InlineData("Bachelor's degree", "GED|Associate of Arts|Bachelor of Arts|Bachelor of Science|Master of Science|Doctorate", "Bachelor of Arts")]
    [InlineData("Masters", "Secondary school|Undergraduate degree|Graduate degree|Doctoral degree", "Graduate degree")]
    [InlineData("PhD", "High school|Bachelor's|Master's|Ph.D.|Other", "Ph.D.")]
    public void The_degree_level_is_chosen_by_rank_not_by_shared_letters(string highest, string options, string expected)
    {
        var input = Applicants.Only(("highest_education", highest), ("degree", "BA History"));

        Assert.Equal(expected, Choice(Field("select", "Degree type", options), input));
    }

    [Fact]
    public void Without_a_highest_level_the_degree_text_gives_the_level()
    {
        var input = Applicants.Only(("degree", "Master of Engineering in Robotics"));

        Assert.Equal("Master's degree", Choice(Field("radio", "Qualification", "High school diploma|Bachelor's degree|Master's degree|Doctorate"), input));
    }

    [Theory]
    [InlineData("Bachelor's degree", "BA/BS")]
    [InlineData("Masters", "MA/MS")]
    [InlineData("Doctor of Philosophy", "PhD")]
    public void A_level_read_from_a_list_opened_on_the_page_is_matched_by_rank(string answer, string expected)
    {
        IReadOnlyList<FieldOption> options = [new("0", "", "High school", false), new("1", "", "BA/BS", false), new("2", "", "MA/MS", false), new("3", "", "PhD", false)];

        Assert.Equal(expected, OptionMatcher.Best(answer, options)?.Text);
    }

    [Theory]
    [InlineData("As soon as possible")]
    [InlineData("Maryland")]
    [InlineData("Computer Science")]
    public void Words_that_are_no_degree_have_no_level(string text) => Assert.Null(Education.Level(text));

    [Fact]
    public void Degrees_of_one_level_naming_fields_are_told_apart_by_the_applicants_field()
    {
        var input = Applicants.Only(("highest_education", "Bachelors"), ("degree", "B.Sc. Geology"));
        var field = Field("select", "Degree", "BSc Biology|BSc Geology|BA Geology|MSc Geology");

        Assert.Equal("BSc Geology", Choice(field, input));
    }

    [Theory]
    [InlineData("Discipline")]
    [InlineData("Major")]
    [InlineData("Area of study")]
    [InlineData("What did you study?")]
    public void The_field_of_study_comes_from_the_degree_text(string label)
    {
        var input = Applicants.Only(("highest_education", "Bachelors"), ("degree", "Bachelor of Science in Chemistry"));

        Assert.Equal("Chemistry", Choice(Field("select", label, "Biochemistry|Chemical Engineering|Chemistry|History|Other"), input));
    }

    [Fact]
    public void A_field_of_study_typed_as_text_is_the_subject_alone()
    {
        var input = Applicants.Only(("degree", "BSc (Hons) Economics"));

        Assert.Equal("Economics", AnswerPlanner.Plan(Field("text", "Field of study", ""), input, null)?.Value);
    }

    [Theory]
    [InlineData("Field of study", "Mechanical Engineering")]
    [InlineData("Area of study *", "Mechanical Engineering")]
    [InlineData("Degree", "Bachelor of Engineering in Mechanical Engineering")]
    public void The_profile_answers_a_field_of_study_with_the_subject_and_a_degree_with_the_degree(string question, string expected)
    {
        var input = Applicants.Only(("degree", "Bachelor of Engineering in Mechanical Engineering"));

        Assert.Equal(expected, AnswerFinder.Find(question, "", input)?.Value);
    }

    [Fact]
    public void A_yes_or_no_about_a_degree_is_no_level_question()
    {
        var input = Applicants.Only(("highest_education", "Bachelors"), ("degree", "BA History"));

        Assert.Null(Education.Answer(Field("radio", "Do you hold a university degree?", "Yes|No"), input));
    }

    [Fact]
    public void A_level_the_options_do_not_hold_is_not_replaced_by_a_neighbour()
    {
        var input = Applicants.Only(("highest_education", "Associate degree"));

        Assert.Null(Education.Answer(Field("select", "Education level", "High school|Bachelor's|Master's|PhD"), input));
    }

    internal static FormField Field(string kind, string label, string options) => WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, options: options);

    internal static string? Choice(FormField field, ApplyInput input) =>
        AnswerPlanner.Plan(field, input, null) is { } answer ? Assert.Single(answer.Choices).Text : null;
}

public sealed class WhenAskedHowSoonTheApplicantCouldStart
{
    private static readonly string Past = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2 weeks", "Right away|Within 1 week|Within 2-3 weeks|Within 1-2 months|3+ months", "Within 2-3 weeks")]
    [InlineData("3 weeks", "Immediately|Within 2 weeks|Within 1 month|Within 3 months", "Within 1 month")]
    [InlineData("none", "Immediately|Within 2 weeks|Within 1 month", "Immediately")]
    [InlineData("3 months", "ASAP|Less than a month|1-2 months|More than 2 months", "More than 2 months")]
    public void A_start_date_already_past_leaves_the_notice_period_to_decide(string notice, string options, string expected)
    {
        var input = Applicants.Only(("notice_period", notice), ("start_date", Past));

        Assert.Equal(expected, WhenEducationIsAskedInParts.Choice(Field("If we offered you the job tomorrow, how soon could you begin?", options), input));
    }

    [Fact]
    public void A_start_date_later_than_the_notice_decides()
    {
        var later = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(50).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var input = Applicants.Only(("notice_period", "2 weeks"), ("start_date", later));

        Assert.Equal("1-2 months", WhenEducationIsAskedInParts.Choice(Field("When could you join?", "Less than 2 weeks|2-4 weeks|1-2 months|More than 2 months"), input));
    }

    [Fact]
    public void A_screening_answer_written_for_the_question_is_kept()
    {
        var qa = new Dictionary<string, string> { ["How soon could you begin?"] = "Within 1-2 months" };
        var input = Applicants.With(new Dictionary<string, string> { ["notice_period"] = "2 weeks", ["start_date"] = Past }, qa);

        Assert.Equal("Within 1-2 months", WhenEducationIsAskedInParts.Choice(Field("How soon could you begin?", "Right away|Within 2-3 weeks|Within 1-2 months"), input));
    }

    [Fact]
    public void A_list_whose_spans_show_only_once_opened_carries_the_days_to_choose_them_by()
    {
        var input = Applicants.Only(("notice_period", "3 weeks"), ("start_date", Past));

        var answer = AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field("listbox", "If we offered you the job tomorrow, how soon could you begin?"), input, null);

        Assert.Equal(21, answer?.DaysToStart);
    }

    [Theory]
    [InlineData(21, "Immediately|Within 2 weeks|2 to 4 weeks|More than 1 month", "2 to 4 weeks")]
    [InlineData(0, "Immediately|Within 2 weeks|2 to 4 weeks|More than 1 month", "Immediately")]
    [InlineData(14, "Morning shift|Evening shift|Night shift", null)]
    public void The_options_of_an_opened_list_are_picked_by_the_days_to_start(int days, string options, string? expected)
    {
        var list = options.Split('|').Select((t, i) => new FieldOption($"o{i}", "", t, false)).ToList();

        Assert.Equal(expected, StartTiming.Pick(days, list)?.Text);
    }

    [Fact]
    public void Options_that_are_dates_are_left_to_the_date()
    {
        var input = Applicants.Only(("notice_period", "2 weeks"), ("start_date", Past));

        Assert.Null(StartTiming.Answer(Field("When can you start?", "January 2027|February 2027|March 2027"), null, input));
    }

    private static FormField Field(string label, string options) => WhenEducationIsAskedInParts.Field("radio", label, options);
}

public sealed class WhenArrangementOptionsCarryPlacesAndDays
{
    private static readonly IReadOnlyDictionary<string, string> Both = new Dictionary<string, string> { ["Which work arrangements would you consider?"] = "Remote, Hybrid" };

    [Fact]
    public void Several_accepted_arrangements_tick_their_boxes_whatever_else_the_options_say()
    {
        var input = Applicants.With(new Dictionary<string, string> { ["work_arrangement"] = "hybrid" }, Both);
        var field = WhenEducationIsAskedInParts.Field("checkboxgroup", "Our teams sit in Denver and Lisbon. Which of these set-ups would suit you?",
            "Remote – anywhere in Canada or the US|Hybrid: Mondays and Wednesdays at the Denver studio|On-site five days a week (Lisbon)");

        Assert.Equal(["Remote – anywhere in Canada or the US", "Hybrid: Mondays and Wednesdays at the Denver studio"], AnswerPlanner.Plan(field, input, null)?.Choices.Select(c => c.Text));
    }

    [Theory]
    [InlineData("hybrid", "Hybrid, 3 days a week in Berlin")]
    [InlineData("onsite", "Always in office (Berlin)")]
    [InlineData("remote", "Remote (EU only)")]
    public void One_choice_takes_the_profiles_arrangement(string arrangement, string expected)
    {
        var input = Applicants.Only(("work_arrangement", arrangement));
        var field = WhenEducationIsAskedInParts.Field("radio", "Preferred working model", "Remote (EU only)|Hybrid, 3 days a week in Berlin|Always in office (Berlin)");

        Assert.Equal(expected, WhenEducationIsAskedInParts.Choice(field, input));
    }

    [Fact]
    public void Five_days_a_week_in_the_office_is_not_hybrid()
    {
        var input = Applicants.Only(("work_arrangement", "onsite"));
        var field = WhenEducationIsAskedInParts.Field("select", "Working pattern", "Remote|2 days a week in the office|5 days a week in the office");

        Assert.Equal("5 days a week in the office", WhenEducationIsAskedInParts.Choice(field, input));
    }
}
