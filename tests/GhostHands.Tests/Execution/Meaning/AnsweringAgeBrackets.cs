using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// A choice asked only as "Age" whose options each state an age to reach or stay under. None is from a fixture form.
/// </summary>
public sealed class WhenAFormAsksForAnAgeAmongStatedAges
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    private static FieldAnswer? Plan(string kind, string label, string options, ApplyInput? input = null) =>
        AgeBrackets.Answer(WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, options: options), input ?? Jordan);

    [Theory]
    [InlineData("select", "Age", "Under 18|18 or older", "18 or older")]
    [InlineData("radio", "What is your age?", "18 years of age or older|Under 18", "18 years of age or older")]
    [InlineData("select", "Age group", "Select...|Under 18|18 or over", "18 or over")]
    public void Takes_the_option_the_applicants_answer_about_18_makes_true(string kind, string label, string options, string expected) =>
        Assert.Equal(expected, Plan(kind, label, options)?.Value);

    [Fact]
    public void Takes_the_option_the_birth_date_makes_true()
    {
        var born = Applicants.With(new Dictionary<string, string>(Applicants.FullProfile) { ["date_of_birth"] = "1990-05-01" });

        Assert.Equal("21 or older", Plan("select", "Age", "Under 21|21 or older", born)?.Value);
    }

    [Theory]
    [InlineData("Age", "Under 21|21 or older")]
    [InlineData("Age range", "18-24|25-34|35-44|45 or older")]
    [InlineData("Age", "Under 18|18 or older|Prefer not to say")]
    [InlineData("Are you a student?", "Under 18|18 or older")]
    public void Leaves_to_a_person_what_the_applicants_data_does_not_settle(string label, string options) =>
        Assert.Null(Plan("select", label, options));
}
