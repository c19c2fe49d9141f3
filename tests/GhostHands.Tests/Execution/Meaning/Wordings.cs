using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Plans one field for the fixture applicant and compares the answer with an expectation: an empty one means the
/// question stays open (the job asks a person); one starting with "!" names an answer that must not be given (the
/// plain question's answer to a negated one, a fact from the wrong entry). Kinds: a field kind, "date" (a text box
/// taking a date), "checkbox" (required) or "checkbox?" (optional). With <paramref name="openIsSafe"/>, a question
/// left open passes too: only a wrong answer fails.
/// </summary>
internal static class Wordings
{
    public static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    public static void Check(string kind, string label, string options, string expected, bool openIsSafe = false)
    {
        var field = kind switch
        {
            "date" => WhenAFormWordsAProfileQuestionItsOwnWay.Field("text", label, type: "date"),
            "checkbox?" => WhenAFormWordsAProfileQuestionItsOwnWay.Field("checkbox", label) with { Required = false },
            _ => WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, options: options),
        };
        var answer = AnswerPlanner.Plan(field, Jordan, null);
        var given = answer is null ? null : options.Length == 0 ? answer.Value : string.Join('|', answer.Choices.Select(c => c.Text));
        if (expected.Length == 0)
        {
            Assert.Null(given);
        }
        else if (expected.StartsWith('!'))
        {
            Assert.NotEqual(expected[1..], given);
        }
        else if (!(openIsSafe && given is null))
        {
            Assert.Equal(expected, given);
        }
    }
}
