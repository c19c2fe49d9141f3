using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Two questions joined by "and" across different topics ("Do you hold a forklift licence and speak Spanish?"): yes
/// only when a rule answers every part yes, else a person decides. None of these wordings is from a fixture form.
/// </summary>
public sealed class WhenTwoQuestionsAreJoinedByAnd
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    [Theory]
    [InlineData("Do you hold a forklift licence and speak Spanish?")]
    [InlineData("Do you have a Bachelor's degree and hold a forklift licence?")]
    [InlineData("Are you willing to relocate and do you hold a forklift licence?")]
    public void Two_questions_joined_by_and_are_left_open_when_one_part_is_unknown(string question) =>
        Assert.Null(AnswerFinder.Find(question, "", Jordan));

    [Fact]
    public void Two_questions_joined_by_and_are_yes_when_every_part_is()
    {
        var input = Applicants.With(
            new Dictionary<string, string> { ["languages"] = "English, Spanish" },
            new Dictionary<string, string> { ["Do you hold a valid forklift licence?"] = "yes" });

        Assert.Equal("yes", AnswerFinder.Find("Do you hold a forklift licence and speak Spanish?", "", input)?.Value);
        Assert.Null(AnswerFinder.Find("Do you hold a forklift licence and speak German?", "", input));
    }

    [Theory]
    [InlineData("Do you speak Spanish?", "yes")]
    [InlineData("Do you have experience with React and TypeScript?", "yes")]
    public void One_question_on_one_topic_is_still_answered(string question, string expected) =>
        Assert.Equal(expected, AnswerFinder.Find(question, "", Jordan)?.Value);
}
