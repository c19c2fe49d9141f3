using GhostHands.Execution.Forms;
using GhostHands.Tests.Execution.Meaning;

namespace GhostHands.Tests.Execution;

/// <summary>
/// Answers for controls whose options are known only once opened, and for values split over two controls: a calling
/// code list, a script combobox's read options, the pay period beside an amount, a number wanted without its code.
/// </summary>
public sealed class WhenAnsweringScriptWidgets
{
    private static FieldOption Option(string text, int i) => new($"peek{i}", text, text, false);

    private static FormField Field(string kind, string label, string group = "", params string[] options) =>
        new("g1", kind, kind, "", label, "", true, "", [.. options.Select(Option)], "", null, null, null) { Group = group };

    private static PageInventory Page(params FormField[] fields) => new(fields, [], [], 0, false, false, []);

    [Fact]
    public void A_read_list_of_calling_codes_picks_the_applicants_country_among_those_sharing_its_code()
    {
        var list = Field("listbox", "Phone prefix", "", "Barbados (+1)", "Canada (+1)", "France (+33)", "United States (+1)");
        var input = Applicants.Only(("phone", "+1 (415) 555-0142"), ("country", "US"));

        var answer = WidgetAnswers.Plan(list, Page(list), input, _ => null);

        Assert.Equal("United States (+1)", answer?.Value);
    }

    [Fact]
    public void A_number_beside_a_combobox_of_calling_codes_is_the_national_number()
    {
        var codes = Field("combobox", "Country", "", "Australia +61", "Canada +1", "India +91", "United States +1");
        var number = Field("text", "Telephone");
        var input = Applicants.Only(("phone", "+1 (415) 555-0142"), ("country", "US"));

        Assert.True(WidgetAnswers.IsCallingCodeField(codes));
        Assert.Equal("(415) 555-0142", WidgetAnswers.Plan(number, Page(codes, number), input, _ => null)?.Value);
    }

    [Theory]
    [InlineData("Salary period", "", "Per week", "Per month", "Per annum", "Per annum")]
    [InlineData("Basis", "Target base salary", "Hourly rate", "Yearly", "", "Yearly")]
    public void The_period_of_a_pay_figure_is_the_yearly_option(string label, string group, string a, string b, string c, string wanted)
    {
        var field = Field("select", label, group, [.. new[] { a, b, c }.Where(o => o.Length > 0)]);

        Assert.Equal(wanted, PayPeriod.Plan(field, Applicants.Only(("salary_expectation", "150000")))?.Value);
    }

    [Theory]
    [InlineData("45", "Hourly rate")]
    [InlineData("150000", "Yearly")]
    [InlineData("5000", null)]
    public void A_salary_too_small_for_a_year_is_hourly_and_one_between_says_neither(string salary, string? wanted) =>
        Assert.Equal(wanted, PayPeriod.Plan(Field("select", "Basis", "Target base salary", ["Hourly rate", "Yearly"]), Applicants.Only(("salary_expectation", salary)))?.Value);

    [Fact]
    public void A_period_choice_without_a_salary_or_without_pay_words_is_not_a_pay_period()
    {
        Assert.Null(PayPeriod.Plan(Field("select", "Salary period", "", "Per week", "Per annum"), Applicants.Only(("phone", "+1 415 555 0142"))));
        Assert.Null(PayPeriod.Plan(Field("select", "How often can you travel?", "", "Every week", "Every month", "Once a year"), Applicants.Only(("salary_expectation", "150000"))));
    }

    [Fact]
    public void A_profile_list_names_each_of_a_read_combobox_options_and_a_list_screening_answer_fits_no_single_choice()
    {
        var tools = Field("combobox", "Stack", "", "C#", "Go", "PostgreSQL", "React Native");
        var setup = Field("combobox", "Working pattern", "", "Home-based", "Studio three days a week", "Studio full time");

        var picked = AnswerPlanner.Fit(tools, new FieldAnswer("C#, PostgreSQL, React", "userData.skills", []));

        Assert.Equal(["C#", "PostgreSQL"], picked!.Choices.Select(c => c.Text));
        Assert.True(ScriptCombobox.IsList(picked));
        Assert.Null(AnswerPlanner.Fit(setup, new FieldAnswer("Remote, Hybrid", "qaOverrides[x]", [])));
        Assert.Equal("Studio three days a week", AnswerPlanner.Fit(setup, new FieldAnswer("hybrid", "userData.work_arrangement", []))?.Value);
    }

    [Fact]
    public void A_screening_answer_on_a_list_topic_is_chosen_item_by_item_and_one_on_another_topic_is_not()
    {
        Assert.True(ScriptCombobox.IsList(new FieldAnswer("French, Portuguese", "qaOverrides[Which languages can you hold a meeting in?]", [], "Which languages can you hold a meeting in?")));
        Assert.True(ScriptCombobox.IsList(new FieldAnswer("Go; Rust", "savedAnswers", [], "Which programming languages do you use daily?")));
        Assert.False(ScriptCombobox.IsList(new FieldAnswer("Remote, Hybrid", "qaOverrides[Which set-ups suit you?]", [], "Which set-ups suit you?")));
        Assert.False(ScriptCombobox.IsList(new FieldAnswer("French", "qaOverrides[Which languages can you hold a meeting in?]", [], "Which languages can you hold a meeting in?")));
    }

    [Fact]
    public void A_multi_select_is_satisfied_only_when_every_item_shows_as_a_chip()
    {
        var answer = new FieldAnswer("C#, PostgreSQL", "userData.skills", [Option("C#", 0), Option("PostgreSQL", 1)]);

        Assert.True(ScriptCombobox.ShowsAll(Field("combobox", "Stack") with { Value = "PostgreSQL, C#, Go" }, answer));
        Assert.False(ScriptCombobox.ShowsAll(Field("combobox", "Stack") with { Value = "C#" }, answer));
    }

    [Fact]
    public void A_chip_naming_several_things_shows_the_option_it_was_picked_as()
    {
        var answer = new FieldAnswer("Java / Kotlin, Terraform", "userData.skills", [Option("Java / Kotlin", 0), Option("Terraform", 1)]);

        Assert.True(ScriptCombobox.ShowsAll(Field("combobox", "Languages on the JVM") with { Value = "Terraform, Java / Kotlin" }, answer));
        Assert.False(ScriptCombobox.ShowsAll(Field("combobox", "Languages on the JVM") with { Value = "Java / Kotlin" }, answer));
    }

    [Theory]
    [InlineData(".NET", "Node.js|.NET 8|Rust", ".NET 8")]
    [InlineData(".NET", "F#|.NET Framework|Python", ".NET Framework")]
    [InlineData("Kubernetes", "Docker|K8s|Helm", "K8s")]
    [InlineData("PostgreSQL", "MySQL|Postgres 16|Redis", "Postgres 16")]
    [InlineData(".NET", "Java|.NET Core|Go", ".NET Core")]
    [InlineData("ISO 27001", "ISO 9001|ISO 27001|ISO 14001", "ISO 27001")]
    public void A_typed_skill_picks_the_suggestion_naming_the_same_tool_with_its_edition_or_other_name(string skill, string shown, string wanted)
    {
        var suggestions = shown.Split('|').Select(Option).ToList();

        Assert.Equal(wanted, ScriptCombobox.Pick(skill, suggestions, new FieldAnswer(skill, "userData.skills", []))?.Text);
    }

    [Fact]
    public void A_typed_skill_never_picks_a_neighbour_and_other_lists_stay_strict()
    {
        var suggestions = new[] { "React Native", "Java", "JavaScript" }.Select(Option).ToList();

        Assert.Null(ScriptCombobox.Pick("React", suggestions, new FieldAnswer("React", "userData.skills", [])));
        Assert.Null(ScriptCombobox.Pick("Java", [Option("JavaScript", 0)], new FieldAnswer("Java", "userData.skills", [])));
        Assert.Null(ScriptCombobox.Pick(".NET", [Option(".NET Core", 0)], new FieldAnswer(".NET", "userData.languages", [])));
    }

    [Theory]
    [InlineData("ISO 27001", "ISO 9001|ISO 14001")]
    [InlineData("OSHA 10", "OSHA 30|First Aid")]
    [InlineData("SOC 2", "SOC 1|PCI DSS")]
    [InlineData("Series 7", "Series 63|Series 65")]
    [InlineData("21 CFR Part 11", "21 CFR Part 820")]
    [InlineData("Python 3", "Python 2.7|Perl")]
    [InlineData(".NET 8", ".NET Framework 4.8")]
    [InlineData("Marketing", "Sales and Marketing|Branding")]
    [InlineData("React", "React + Redux|Vue")]
    public void A_typed_skill_whose_number_is_its_name_or_a_suggestion_naming_another_skill_beside_it_is_never_picked(string skill, string shown)
    {
        var suggestions = shown.Split('|').Select(Option).ToList();

        Assert.Null(ScriptCombobox.Pick(skill, suggestions, new FieldAnswer(skill, "userData.skills", [])));
    }

    [Fact]
    public void A_chip_naming_another_number_or_another_skill_beside_it_does_not_count_as_shown()
    {
        Assert.False(ScriptCombobox.ShowsAll(Field("combobox", "Skills") with { Value = "ISO 9001" }, new FieldAnswer("ISO 27001", "userData.skills", [])));
        Assert.False(ScriptCombobox.ShowsAll(Field("combobox", "Skills") with { Value = "SOC 1, Python" }, new FieldAnswer("SOC 2, Python", "userData.skills", [])));
        Assert.False(ScriptCombobox.ShowsAll(Field("combobox", "Skills") with { Value = "React + Redux" }, new FieldAnswer("React", "userData.skills", [])));
    }

    [Fact]
    public void A_skill_shown_as_a_chip_with_its_edition_counts_as_shown()
    {
        var answer = new FieldAnswer("C#, .NET", "userData.skills", []);

        Assert.True(ScriptCombobox.ShowsAll(Field("combobox", "Skills") with { Value = "C#, .NET 8" }, answer));
        Assert.False(ScriptCombobox.ShowsAll(Field("combobox", "Skills") with { Value = "C#, F#" }, answer));
    }

    [Theory]
    [InlineData("Please leave out the country code.", "+44 20 7946 0958", "20 7946 0958")]
    [InlineData("Enter the number without the dialling code", "+1 (415) 555-0142", "(415) 555-0142")]
    public void A_phone_refused_with_its_country_code_is_sent_as_the_national_number(string error, string value, string national) =>
        Assert.Equal(national, FieldShape.Apply(Field("text", "Contact phone") with { Error = error }, new FieldAnswer(value, "userData.phone", [])).Value);

    [Fact]
    public void A_phone_asked_for_in_international_format_keeps_its_country_code() =>
        Assert.StartsWith("+", FieldShape.Apply(Field("text", "Contact phone") with { Error = "Use the international format, e.g. +15555555555" },
            new FieldAnswer("+1 (415) 555-0142", "userData.phone", [])).Value, StringComparison.Ordinal);
}
