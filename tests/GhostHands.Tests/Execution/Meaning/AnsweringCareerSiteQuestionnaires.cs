using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Questionnaire wordings of the kind hosted career sites carry, none taken from a fixture form: the first day as the
/// start, a payroll as employment, moving "here", and living near a place "or will you by" a date as moving. Each comes
/// with the near misses that must keep their own answer.
/// </summary>
public sealed class WhenACareerSiteQuestionnaireAsksInItsOwnWords
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    [Theory]
    [InlineData("When could you report for your first day?")]
    [InlineData("When would your first day with us be?")]
    [InlineData("When can you report to work?")]
    public void The_first_day_asked_as_when_is_the_start_date(string label) =>
        Assert.Equal("2026-01-15", Plan("text", label, type: "date"));

    [Theory]
    [InlineData("Is there anything we should know before your first day?")]
    [InlineData("What did you do on your first day at your last job?")]
    [InlineData("When could you come in for an interview before your first day?")]
    public void A_first_day_that_is_not_asked_as_when_is_no_start_date(string label) =>
        Assert.NotEqual("2026-01-15", Plan("text", label, type: "date"));

    [Fact]
    public void Being_eighteen_on_the_first_day_stays_an_age_question() =>
        Assert.Equal("Yes", Plan("radio", "Will you be at least 18 years old on your first day of employment?", options: "Yes|No"));

    [Theory]
    [InlineData("Have you previously been on the payroll of Fabrikam Dental or Fabrikam Labs in any role?")]
    [InlineData("Were you ever on the payroll at Contoso Pharmacy, even part time?")]
    public void Having_been_on_the_company_payroll_is_earlier_employment(string label) =>
        Assert.Equal("No", Plan("radio", label, options: "Yes|No"));

    [Theory]
    [InlineData("Have you ever been on the payroll of a staffing agency?")]
    [InlineData("Are you currently on the payroll of a temporary agency?")]
    public void A_payroll_that_is_not_the_hiring_company_is_not_earlier_employment(string label) =>
        Assert.NotEqual("No", Plan("radio", label, options: "Yes|No"));

    [Theory]
    [InlineData("If you live outside of Marin County, are you prepared to move here before your first day?", "Yes|No|I already live in Marin County", "Yes")]
    [InlineData("Would you be willing to move here for this role?", "Yes|No", "Yes")]
    public void Moving_here_is_relocation(string label, string options, string expected) =>
        Assert.Equal(expected, Plan("radio", label, options: options));

    [Fact]
    public void Having_moved_here_in_the_past_is_no_relocation_question() =>
        Assert.NotEqual("yes", Plan("text", "When did you move here?")?.ToLowerInvariant());

    [Theory]
    [InlineData("Do you live within a daily commute of Tulsa, or will you by your start date?")]
    [InlineData("Are you based within 30 miles of Boise, or will you be before you begin?")]
    public void Living_near_a_place_or_doing_so_by_a_date_is_answered_by_moving(string label)
    {
        Assert.Equal("Yes", Plan("radio", label, options: "Yes|No"));
        var staying = Applicants.With(new Dictionary<string, string> { ["city"] = "San Francisco", ["willing_to_relocate"] = "no" });
        Assert.Equal("No", Plan("radio", label, options: "Yes|No", input: staying));
    }

    [Theory]
    [InlineData("Do you live within a daily commute of Tulsa?")]
    [InlineData("Are you based within 30 miles of Boise today?")]
    public void Living_near_a_place_asked_alone_is_not_answered_by_moving(string label) =>
        Assert.NotEqual("Yes", Plan("radio", label, options: "Yes|No"));

    [Theory]
    [InlineData("checkbox?", "I have read and accept the applicant disclaimer.", "", "true")]
    [InlineData("checkbox?", "I acknowledge the disclaimer above", "", "true")]
    [InlineData("checkbox?", "Email me a copy of this disclaimer", "", "!true")]
    [InlineData("checkbox?", "I have read the job description", "", "!true")]
    [InlineData("checkbox?", "I agree to receive news about openings; see the disclaimer on text messages", "", "!true")]
    public void Accepting_the_applicant_disclaimer_is_part_of_applying(string kind, string label, string options, string expected) =>
        Wordings.Check(kind, label, options, expected);

    [Theory]
    [InlineData("About a third of our families speak Spanish at home. Would you be able to review the Spanish version of a page for mistakes?", "Yes")]
    [InlineData("Could you proofread the German version of our help pages?", "No")]
    public void Working_on_a_version_in_a_language_is_using_it(string label, string expected) =>
        Assert.Equal(expected, Plan("radio", label, options: "Yes|No"));

    [Theory]
    [InlineData("Would you need the Spanish version of the employee handbook?", "Yes")]
    [InlineData("Do you have experience with the German version of SAP?", "No")]
    public void Wanting_or_knowing_a_version_in_a_language_is_not_using_it(string label, string notFromTheLanguages) =>
        Assert.NotEqual(notFromTheLanguages, Plan("radio", label, options: "Yes|No"));

    [Theory]
    [InlineData("Are you able to work in the United States for Fabrikam without restriction?")]
    [InlineData("Fabrikam participates in E-Verify. Can you work in the US without any restrictions?")]
    public void Working_in_a_country_without_restriction_is_authorisation(string label)
    {
        Assert.Equal("work_authorization", Topics.Of(label));
        Assert.Equal("Yes", Plan("select", label, options: "Yes|No"));
    }

    [Theory]
    [InlineData("Are you able to work weekends without restriction?")]
    [InlineData("Are you able to work in a warehouse without restriction?")]
    [InlineData("Can you work overtime in the US store without limitations?")]
    [InlineData("Can you work in the US without restriction on hours?")]
    [InlineData("Are you able to work in the UK without restriction of location?")]
    public void Working_some_hours_or_place_without_restriction_is_no_authorisation(string label) =>
        Assert.NotEqual("work_authorization", Topics.Of(label));

    [Theory]
    [InlineData("Field engineers spend about one working day in five at substations and customer offices. Are you comfortable being away from the office that much?", "Yes")]
    [InlineData("Field engineers spend about three business days in five at customer plants. Are you comfortable being away from the office that much?", "No")]
    public void Working_days_away_in_a_week_are_a_share_of_travel(string label, string expected) =>
        Assert.Equal(expected, Plan("select", label, options: "Yes|No"));

    private static string? Plan(string kind, string label, string type = "", string options = "", ApplyInput? input = null)
    {
        var answer = AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, type, options), input ?? Jordan, null);
        return answer is null ? null : answer.Choices.Count > 0 ? Assert.Single(answer.Choices).Text : answer.Value;
    }
}
