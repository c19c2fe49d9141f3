using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// A question written apart from the statement it refers to (the page reading gives the question as the label and the
/// statement as the field's context): none taken from a fixture form. The fixture applicant lives in San Francisco,
/// works hybrid, considers "Remote, Hybrid" and would relocate.
/// </summary>
public sealed class WhenAQuestionRefersToAStatementWrittenApart
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    [Theory]
    [InlineData("hybrid", "yes", "yes")]
    [InlineData("remote", "yes", "no")]
    [InlineData("hybrid", "no", null)]
    public void Keeping_to_a_schedule_relocating_if_needed_takes_both_the_arrangement_and_the_move(string arrangement, string relocate, string? expected)
    {
        var input = Applicants.Only(("city", "Raleigh"), ("work_arrangement", arrangement), ("willing_to_relocate", relocate));

        Assert.Equal(expected, AnswerFinder.Find(
            "The Tucson lab team is in the building on Tuesdays and Wednesdays, remote otherwise. Could you work on site on those days, moving to Tucson if needed?", "", input)?.Value);
    }

    [Fact]
    public void A_question_only_about_moving_still_takes_the_relocation_answer()
    {
        var input = Applicants.Only(("city", "Raleigh"), ("work_arrangement", "remote"), ("willing_to_relocate", "yes"));

        Assert.Equal("yes", AnswerFinder.Find("The Tucson lab team is in the building on Tuesdays and Wednesdays. Would you move to Tucson?", "", input)?.Value);
    }
}
