using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Travel told by how often it happens, or where, with no length of stay ("Travel is scheduled quarterly"): its share
/// of working time cannot be known, so only a limit every share meets or none does settles it. None of these wordings
/// is from a fixture form; the fixture applicant travels "Up to 25%".
/// </summary>
public sealed class WhenTravelIsToldOnlyByHowOften
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    [Theory]
    [InlineData("Travel is scheduled quarterly. Are you willing to travel?")]
    [InlineData("Monthly travel to client sites is expected. Are you able to travel?")]
    [InlineData("Are you willing to travel to our partners twice a month?")]
    [InlineData("Are you willing to travel abroad?")]
    public void Travel_told_only_by_how_often_or_where_is_left_to_a_person_under_a_percentage(string question) =>
        Assert.Null(AnswerFinder.Find(question, "", Jordan));

    [Theory]
    [InlineData("As much as needed", "yes")]
    [InlineData("No travel", "no")]
    public void Travel_told_only_by_how_often_is_answered_by_a_limit_every_share_meets_or_none_does(string limit, string expected)
    {
        var input = Applicants.With(qa: new Dictionary<string, string> { ["willing_to_travel"] = limit });

        Assert.Equal(expected, AnswerFinder.Find("Travel is scheduled quarterly. Are you willing to travel?", "", input)?.Value);
    }

    [Theory]
    [InlineData("Are you willing to travel?", "yes")]
    [InlineData("Are you comfortable with occasional travel?", "yes")]
    [InlineData("Travel is quarterly, for up to five days each time. Are you willing to travel?", "yes")]
    [InlineData("Travel is monthly, two weeks each time. Are you willing to travel?", "no")]
    public void Travel_of_a_known_share_or_the_least_there_is_is_still_answered(string question, string expected) =>
        Assert.Equal(expected, AnswerFinder.Find(question, "", Jordan)?.Value);
}
