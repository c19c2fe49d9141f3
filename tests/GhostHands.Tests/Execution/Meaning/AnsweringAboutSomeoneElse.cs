using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Text questions that name a contact detail of someone else, or several details in one answer: the applicant's own
/// email, phone or name is never the answer, so a required one stays open for a person. None is from a fixture form.
/// </summary>
public sealed class WhenATextQuestionAsksForSomeoneElsesDetails
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    private static FormField Field(string label, string hints = "", string group = "") =>
        WhenAFormWordsAProfileQuestionItsOwnWay.Field("text", label, type: "textarea") with { Hints = hints, Group = group };

    [Theory]
    [InlineData("Provide the name and phone number of an emergency contact")]
    [InlineData("Emergency contact phone")]
    [InlineData("Supervisor's email address")]
    [InlineData("Name and email address of your current manager")]
    [InlineData("Referee 1 - phone number")]
    [InlineData("Reference's full name")]
    [InlineData("Who referred you? Please give their email so we can thank them")]
    [InlineData("Contact details of one former colleague (name, title, email)")]
    [InlineData("Give us two people who can speak to your work, with a phone number or email for each")]
    public void It_gets_no_answer(string label) =>
        Assert.Null(AnswerPlanner.Plan(Field(label), Jordan, null));

    [Theory]
    [InlineData("Phone number", "emergencyContactPhone", "")]
    [InlineData("Email", "", "Emergency contact")]
    [InlineData("Full name", "reference_1_name", "")]
    public void A_plain_label_inside_someone_elses_block_gets_no_answer(string label, string hints, string group) =>
        Assert.Null(AnswerPlanner.Plan(Field(label, hints, group), Jordan, null));

    [Theory]
    [InlineData("Email", "jordan.rivera@example.org")]
    [InlineData("E-mail address", "jordan.rivera@example.org")]
    [InlineData("What email address should we use to reach you?", "jordan.rivera@example.org")]
    [InlineData("Mobile phone number", "+1 415 555 0134")]
    [InlineData("Best number to reach you on (cell)", "+1 415 555 0134")]
    [InlineData("Your full name", "Jordan Rivera")]
    [InlineData("Legal first name", "Jordan")]
    public void The_applicants_own_detail_still_answers(string label, string value) =>
        Assert.Equal(value, AnswerPlanner.Plan(Field(label) with { Type = "text" }, Jordan, null)?.Value);
}
