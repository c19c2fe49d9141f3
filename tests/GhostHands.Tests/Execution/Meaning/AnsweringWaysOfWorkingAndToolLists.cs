using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Choices the options explain better than the question: ways of working described by days and places whatever the
/// question calls them (schedule, work model, working pattern, office days), shifts and hours that only an answer on
/// the hours settles, and several-choice lists of tools answered from the applicant's skills. None is taken from a
/// fixture form. Options are separated by "|"; an empty expectation means the question stays open (a person decides).
/// </summary>
public sealed class WhenAChoiceDescribesWaysOfWorkingOrTools
{
    // Hybrid first, remote also accepted ("Remote, Hybrid"), lives in San Francisco, would relocate.
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    private static readonly ApplyInput Staying = Applicants.Only(("work_arrangement", "hybrid"), ("city", "San Francisco"), ("country", "US"), ("willing_to_relocate", "no"));

    [Theory]
    [InlineData("radio", "What work model are you looking for?", "Hybrid \u2013 2 days a week in Boise|Fully on-site|Remote (US)", "Hybrid \u2013 2 days a week in Boise")]
    [InlineData("select", "Preferred working pattern", "Office-based, Monday to Friday|Three days in the Leeds office, two at home|Home-based", "Three days in the Leeds office, two at home")]
    [InlineData("toggle", "Which schedule are you applying for?", "Every day at the Raleigh lab|Raleigh lab Mondays and Thursdays, home otherwise|Remote within North Carolina", "Raleigh lab Mondays and Thursdays, home otherwise")]
    [InlineData("radio", "What is your preferred in-office schedule?", "Remote-first: in the office once a month|Tuesdays and Thursdays in the office|In office five days a week", "Tuesdays and Thursdays in the office")]
    [InlineData("radio", "Which work model suits you?", "Hybrid \u2013 2 days a week in Seattle|Hybrid \u2013 2 days a week in San Francisco|Fully remote", "Hybrid \u2013 2 days a week in San Francisco")]
    [InlineData("radio", "Which working arrangement do you prefer?", "In the Denver office every day|Remote (US only)", "Remote (US only)")]
    [InlineData("radio", "How many in-office days would suit you?", "None \u2013 fully remote|1\u20132 days a week|3\u20134 days a week|Five days a week in the office", "")]
    [InlineData("select", "What schedule are you hoping to work?", "Day shift (7am\u20133pm)|Swing shift (3pm\u201311pm)|Night shift (11pm\u20137am)", "")]
    [InlineData("radio", "What schedule are you hoping to work?", "Full-time|Part-time", "")]
    [InlineData("radio", "Preferred shift", "Weekdays|Weekends|Nights", "")]
    [InlineData("radio", "This role is on site three days a week. Does that suit you?", "Yes, on-site is fine|No, remote only", "Yes, on-site is fine")]
    public void A_way_of_working_is_chosen_by_the_arrangement_and_place_and_a_shift_is_not(string kind, string label, string options, string expected) =>
        Assert.Equal(expected, Chosen(kind, label, options, Jordan));

    [Theory]
    [InlineData("Hybrid \u2013 3 days a week in Chicago|Remote (US)|On-site in Chicago", "")]
    [InlineData("Hybrid \u2013 3 days a week in San Francisco|Remote (US)|On-site in Chicago", "Hybrid \u2013 3 days a week in San Francisco")]
    [InlineData("Hybrid, three days a week|Remote (US)|Fully on-site", "Hybrid, three days a week")]
    public void An_office_in_another_city_is_out_of_reach_for_an_applicant_who_would_not_move(string options, string expected) =>
        Assert.Equal(expected, Chosen("radio", "Work model", options, Staying));

    [Fact]
    public void Another_arrangement_the_applicant_accepts_takes_the_place_of_one_out_of_reach()
    {
        var input = Applicants.With(Staying.UserData, new Dictionary<string, string> { ["Which work arrangements would you consider?"] = "Hybrid, Remote" });
        Assert.Equal("Remote (US)", Chosen("radio", "Work model", "Hybrid \u2013 3 days a week in Chicago|Remote (US)|On-site in Chicago", input));
        Assert.Equal("", Chosen("radio", "Work model", "Remote (Canada only)|Hybrid \u2013 Toronto office twice a week", input));
    }

    [Theory]
    [InlineData("remote", "No office days")]
    [InlineData("hybrid", "Two office days a week")]
    public void An_option_opening_with_no_that_is_not_a_yes_or_no_is_a_way_of_working(string arrangement, string expected)
    {
        var input = Applicants.Only(("work_arrangement", arrangement), ("city", "San Francisco"), ("country", "US"));
        Assert.Equal(expected, Chosen("radio", "How many days a week would you spend at the office?", "Five days a week in the office|Two office days a week|No office days", input));
    }

    [Fact]
    public void Several_ways_of_working_take_every_one_the_applicant_accepts()
    {
        var many = Chosen("checkboxgroup", "Which work models would you consider? Select all that apply.", "Fully remote|Hybrid (2\u20133 office days)|Fully on-site", Jordan);
        Assert.Equal("Fully remote|Hybrid (2\u20133 office days)", many);
    }

    [Fact]
    public void Hours_are_answered_only_by_an_answer_on_the_hours()
    {
        var input = Applicants.With(Applicants.FullProfile, new Dictionary<string, string> { ["Are you looking for full-time or part-time work?"] = "Full-time" });
        Assert.Equal("Full-time", Chosen("radio", "What schedule are you hoping to work?", "Full-time|Part-time", input));
        Assert.Equal("", Chosen("radio", "What schedule are you hoping to work?", "Full-time|Part-time", Applicants.With(Applicants.FullProfile)));
    }

    [Theory]
    [InlineData("checkboxgroup", "Which of these have you used professionally? Select all that apply.", "C#/.NET|Node.js|PostgreSQL/MySQL|AWS (EC2, S3)|React Native", "C#/.NET|PostgreSQL/MySQL")]
    [InlineData("toggle", "Which tools have you worked with? Select all that apply.", "K8s|Docker|Terraform / Pulumi|Ansible", "K8s|Terraform / Pulumi")]
    [InlineData("multiselect", "Technologies you have hands-on experience with", "JavaScript|TypeScript|Python|Java", "TypeScript")]
    [InlineData("checkboxgroup", "Which of these design tools have you used?", "Figma|Sketch|Adobe XD|None of the above", "None of the above")]
    [InlineData("checkboxgroup", "Which of these databases are you comfortable with?", "Postgres|SQL Server|MongoDB|Oracle", "Postgres")]
    [InlineData("checkboxgroup", "Frameworks you know", "React.js|Angular|Vue|Svelte", "React.js")]
    [InlineData("checkboxgroup", "Which of these have you used?", "Java|JavaScript|Go|Rust", "")]
    [InlineData("checkboxgroup", "Which programming languages have you written production code in?", "C# (.NET 8)|Java 17|Python 3.x|Kotlin", "C# (.NET 8)")]
    [InlineData("toggle", "Which of the following have you worked with? Choose all that apply.", "C#|Rust|None of these", "C#")]
    [InlineData("checkboxgroup", "Infrastructure tools you have used", "Infrastructure as code (Terraform, CloudFormation)|Configuration management (Ansible, Chef)|None", "Infrastructure as code (Terraform, CloudFormation)")]
    public void A_list_of_tools_ticks_the_applicants_skills_by_any_of_their_names(string kind, string label, string options, string expected) =>
        Assert.Equal(expected, Chosen(kind, label, options, Jordan));

    [Fact]
    public void A_tool_list_never_ticks_a_near_name_the_applicant_does_not_list()
    {
        var input = Applicants.Only(("skills", "React, Java, Go"));
        Assert.Equal("React|Java|Go", Chosen("checkboxgroup", "Which of these have you used at work?", "React|React Native|Java|JavaScript|Go|Google Cloud", input));
    }

    private static string Chosen(string kind, string label, string options, ApplyInput input)
    {
        var field = WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, options: options) with { Multiple = kind == "toggle" && label.Contains("all that apply", StringComparison.Ordinal) };
        return AnswerPlanner.Plan(field, input, null) is { } answer ? string.Join('|', answer.Choices.Select(c => c.Text)) : "";
    }
}
