using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Every reader of the applicant's skills takes a listed name by one rule (<see cref="SkillChoices.Is"/>): a skill
/// with a number or edition of its own takes only that very one, a bare skill also its editions, a neighbour never.
/// A list of tick boxes may tick an area that joins a skill with another; a single choice never takes it for the skill.
/// None of these wordings is from a fixture form. Options are separated by "|"; an empty expectation means the
/// question stays open (a person decides).
/// </summary>
public sealed class WhenSkillsAreReadAgainstOptions
{
    [Theory]
    [InlineData("ISO 27001", "ISO 9001|ISO 14001|ISO 45001")]
    [InlineData("OSHA 10", "OSHA 30|HAZWOPER|CPR")]
    [InlineData("Python 3", "Python 2.7|Perl|Ruby")]
    [InlineData("SOC 2", "SOC 1|PCI DSS|HIPAA")]
    [InlineData(".NET Core", ".NET Framework|Java|Go")]
    [InlineData("Series 7", "Series 63|Series 65|Series 66")]
    public void A_tick_box_list_never_ticks_another_number_or_edition_of_a_numbered_skill(string skill, string options) =>
        Assert.Equal("", Ticked(skill, "Which of these certifications or tools do you hold or use?", options));

    [Theory]
    [InlineData("ISO 27001", "ISO 9001|ISO 27001|ISO 14001", "ISO 27001")]
    [InlineData("Postgres 16", "MySQL 8|PostgreSQL 16|Oracle", "PostgreSQL 16")]
    [InlineData(".NET", "Java|.NET Core|Go", ".NET Core")]
    [InlineData("Python", "Python 3.x|Ruby|Perl", "Python 3.x")]
    [InlineData("Kubernetes", "Docker|K8s|Nomad", "K8s")]
    [InlineData("PostgreSQL", "PostgreSQL/MySQL|MongoDB|Redis", "PostgreSQL/MySQL")]
    public void A_tick_box_list_still_ticks_the_same_tool_by_its_other_names_or_a_bare_skills_edition(string skill, string options, string expected) =>
        Assert.Equal(expected, Ticked(skill, "Which of these tools have you used?", options));

    [Fact]
    public void A_tick_box_list_never_ticks_a_neighbour() =>
        Assert.Equal("", Ticked("React", "Which of these frameworks have you used?", "React Native|Vue|Angular"));

    [Theory]
    [InlineData("ISO 27001", "ISO 9001", false)]
    [InlineData("Python 3", "Python 2.7", false)]
    [InlineData("Python 3", "Python 3", true)]
    [InlineData("Python", "Python 2.7", true)]
    [InlineData(".NET", ".NET 8", true)]
    [InlineData("React", "React Native", false)]
    [InlineData("Marketing", "Sales and Marketing", false)]
    public void The_combobox_reads_a_shown_suggestion_by_the_same_rule(string skill, string option, bool same) =>
        Assert.Equal(same, SkillChoices.Edited(option, skill));

    [Theory]
    [InlineData("Python 3", "Do you have experience with Python 2.7?")]
    [InlineData("ISO 27001", "Have you worked with ISO 9001?")]
    [InlineData("OSHA 10", "Do you have experience with OSHA 30?")]
    [InlineData("React", "Do you have experience with React Native?")]
    public void A_yes_or_no_about_a_named_skill_is_not_taken_from_another_number_or_a_neighbour(string skill, string question) =>
        Assert.Null(AnswerFinder.Find(question, "", Applicants.Only(("skills", skill))));

    [Theory]
    [InlineData("Python", "Do you have experience with Python 3?")]
    [InlineData("ISO 27001", "Have you worked with ISO 27001?")]
    [InlineData("Kubernetes", "Do you have experience with K8s?")]
    [InlineData(".NET", "Have you used .NET 8?")]
    public void A_yes_or_no_about_a_named_skill_is_yes_for_the_same_tool_or_a_bare_skills_edition(string skill, string question) =>
        Assert.Equal("yes", AnswerFinder.Find(question, "", Applicants.Only(("skills", skill)))?.Value);

    [Fact]
    public void Years_with_a_numbered_skill_are_not_taken_from_another_number()
    {
        var input = Applicants.Only(("skills", "Python 3 (4 years), Go (2 years)"));

        Assert.Null(AnswerFinder.Find("How many years of experience do you have with Python 2.7?", "", input));
        Assert.Equal("2", AnswerFinder.Find("How many years of experience do you have with Go?", "", input)?.Value);
    }

    [Fact]
    public void Several_areas_may_tick_one_that_joins_the_skill_with_another() =>
        Assert.Equal("Sales and Marketing", Ticked("Marketing", "Which of these areas have you worked in?", "Sales and Marketing|Finance|Legal"));

    [Theory]
    [InlineData("Sales and Marketing|Finance")]
    [InlineData("Sales & Marketing|Finance")]
    [InlineData("Marketing + Communications|Legal")]
    public void A_single_choice_never_takes_an_option_joining_the_answer_with_another(string options) =>
        Assert.Null(OptionMatcher.Best("Marketing", Options(options)));

    [Theory]
    [InlineData("Marketing", "Sales and Marketing|Marketing|Finance", "Marketing")]
    [InlineData("LinkedIn", "Job Board - LinkedIn|Referral|Other", "Job Board - LinkedIn")]
    [InlineData("Hispanic", "Hispanic or Latino|Not Hispanic or Latino", "Hispanic or Latino")]
    public void A_single_choice_still_takes_the_option_that_is_the_answer_or_holds_it_alone(string answer, string options, string expected) =>
        Assert.Equal(expected, OptionMatcher.Best(answer, Options(options))?.Text);

    [Fact]
    public void A_single_choice_of_a_main_skill_does_not_take_a_joined_area_from_the_profile()
    {
        var field = WhenAFormWordsAProfileQuestionItsOwnWay.Field("radio", "Which skill is your strongest?", options: "Sales and Marketing|Software Engineering");

        Assert.Null(AnswerPlanner.Plan(field, Applicants.Only(("skills", "Marketing")), null));
    }

    private static List<FieldOption> Options(string options) => [.. options.Split('|').Select((o, i) => new FieldOption($"o{i}", o, o, false))];

    private static string Ticked(string skills, string label, string options)
    {
        var field = WhenAFormWordsAProfileQuestionItsOwnWay.Field("checkboxgroup", label, options: options);
        return AnswerPlanner.Plan(field, Applicants.Only(("skills", skills)), null) is { } answer ? string.Join('|', answer.Choices.Select(c => c.Text)) : "";
    }
}
