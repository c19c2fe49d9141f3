using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Yes/no questions about reaching an age other than the one the applicant answered: the birth date or age decides,
/// an answer about another age only what it implies, and anything else waits for a person. None is from a fixture form.
/// </summary>
public sealed class WhenAFormAsksAboutReachingAnAge
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    private static readonly DateOnly Today = new(2026, 12, 7);

    private static FormField YesNoField(string label) =>
        WhenAFormWordsAProfileQuestionItsOwnWay.Field("radio", label, options: "Yes|No") with { Required = true };

    private static ApplyInput Born(string date) =>
        Applicants.With(new Dictionary<string, string>(Applicants.FullProfile) { ["date_of_birth"] = date });

    [Theory]
    [InlineData("Are you at least 21 years of age?", 21, false)]
    [InlineData("Are you 16 or older?", 16, false)]
    [InlineData("Are you over the age of 19?", 19, false)]
    [InlineData("Are you 18 years of age or older?", 18, false)]
    [InlineData("Will you be 20+ by your start date?", 20, false)]
    [InlineData("Are you under 18?", 18, true)]
    [InlineData("Are you younger than 25 years old?", 25, true)]
    [InlineData("I confirm I am aged 17 and above", 17, false)]
    public void The_age_and_direction_are_read(string question, int years, bool under) =>
        Assert.Equal((years, under), AgeThreshold.Of(question));

    [Theory]
    [InlineData("Do you have at least 10 years of experience with C#?")]
    [InlineData("Can you lift over 50 pounds?")]
    [InlineData("Have you managed over 15 people?")]
    [InlineData("Are you able to work over 40 hours a week?")]
    [InlineData("Our team of 30+ engineers ships weekly. Are you interested?")]
    [InlineData("Are you over 18 and legally authorized to work in the US?")]
    public void Other_numbers_are_not_ages(string question) =>
        Assert.Null(AgeThreshold.Of(question));

    [Theory]
    [InlineData("Are you at least 21 years of age?", "2006-12-08", "No")]
    [InlineData("Are you at least 21 years of age?", "2005-12-07", "Yes")]
    [InlineData("Are you 16 or older?", "2009-06-01", "Yes")]
    [InlineData("Are you over the age of 19?", "2008-01-01", "No")]
    [InlineData("Are you under 18?", "2000-02-29", "No")]
    public void The_birth_date_decides(string question, string born, string expected) =>
        Assert.Equal(expected, Assert.Single(AnswerFinderChoice(question, Born(born))));

    [Fact]
    public void A_stated_age_decides() =>
        Assert.Equal("no", AgeThreshold.Answer(
            "Are you at least 21 years of age?", Applicants.Only(("age", "20")), Today)?.Value);

    [Theory]
    [InlineData("Are you at least 21 years of age?")]
    [InlineData("Are you over the age of 19?")]
    [InlineData("Must be 25 or older to rent vehicles. Are you 25 or older?")]
    public void An_answer_about_eighteen_does_not_answer_an_older_age(string question) =>
        Assert.Null(AnswerPlanner.Plan(YesNoField(question), Jordan, null));

    [Theory]
    [InlineData("Are you 16 or older?")]
    [InlineData("Are you at least 17 years old?")]
    public void An_answer_about_eighteen_answers_a_younger_age_it_implies(string question) =>
        Assert.Equal("Yes", Assert.Single(AnswerPlanner.Plan(YesNoField(question), Jordan, null)!.Choices).Text);

    [Fact]
    public void Not_reaching_one_age_implies_not_reaching_an_older_one()
    {
        var input = Applicants.With(Applicants.FullProfile, new Dictionary<string, string> { ["Are you 18 or older?"] = "no" });
        Assert.Equal("no", AgeThreshold.Answer("Are you at least 21 years of age?", input, Today)?.Value);
        Assert.Null(AgeThreshold.Answer("Are you 16 or older?", input, Today));
    }

    [Fact]
    public void Without_any_age_data_it_stays_open() =>
        Assert.Null(AnswerPlanner.Plan(YesNoField("Are you at least 21 years of age?"), Applicants.With(Applicants.FullProfile), null));

    [Theory]
    [InlineData("Date of birth")]
    [InlineData("Birth date (MM/DD/YYYY)")]
    [InlineData("What is your date of birth?")]
    public void A_birth_date_field_is_never_given_another_date(string label) =>
        Assert.Null(AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field("text", label, type: "date") with { Required = true }, Jordan, null));

    [Fact]
    public void A_birth_date_field_takes_the_birth_date() =>
        Assert.Equal("1999-04-30", AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field("text", "Date of birth", type: "date"), Born("1999-04-30"), null)?.Value);

    private static IEnumerable<string> AnswerFinderChoice(string question, ApplyInput input) =>
        AnswerPlanner.Plan(YesNoField(question), input, null)!.Choices.Select(c => c.Text);
}
