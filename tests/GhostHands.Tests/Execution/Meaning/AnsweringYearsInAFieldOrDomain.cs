using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Years asked of a field of work or of the work in a domain: <c>years_experience</c> is the length of the applicant's
/// own career, the one <c>current_title</c> names, so years in another field ("Years in a sales role" for a software
/// engineer) or of the work in a domain ("Years of software development in healthcare") are not it. None of these
/// wordings is from a fixture form; the fixture applicant is a senior software engineer with 5 years.
/// </summary>
public sealed class WhenYearsAreAskedOfAFieldOrADomain
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    [Theory]
    [InlineData("Years of software development in healthcare")]
    [InlineData("Years of professional software engineering for hospitals")]
    [InlineData("Years in software development at a bank")]
    public void Years_of_the_work_in_a_domain_are_not_the_careers_length(string question) =>
        Assert.NotEqual("years_experience", Topics.Of(question));

    [Theory]
    [InlineData("Years of software development")]
    [InlineData("How many years of software development do you have")]
    [InlineData("Years in professional software engineering")]
    [InlineData("Total years of commercial software development")]
    public void Years_of_the_work_itself_are_still_the_careers_length(string question) =>
        Assert.Equal("years_experience", Topics.Of(question));

    [Theory]
    [InlineData("Years in a sales role")]
    [InlineData("How many years of sales experience do you have?")]
    [InlineData("How long have you been a registered nurse?")]
    [InlineData("Years of experience in customer support roles")]
    public void Years_in_another_field_than_the_applicants_are_left_to_a_person(string question) =>
        Assert.Null(AnswerFinder.Find(question, "", Jordan));

    [Theory]
    [InlineData("Years in a backend role", "5")]
    [InlineData("How many years of software engineering experience do you have?", "5")]
    [InlineData("How many years of professional experience do you have?", "5")]
    [InlineData("Years of experience", "5")]
    public void Years_in_the_applicants_own_field_or_in_no_field_are_the_careers_length(string question, string expected) =>
        Assert.Equal(expected, AnswerFinder.Find(question, "", Jordan)?.Value);

    [Fact]
    public void Years_in_sales_are_the_career_of_an_applicant_whose_career_is_sales()
    {
        var seller = Applicants.Only(("current_title", "Senior Account Executive"), ("years_experience", "8"));

        Assert.Equal("8", AnswerFinder.Find("Years in a sales role", "", seller)?.Value);
    }
}
