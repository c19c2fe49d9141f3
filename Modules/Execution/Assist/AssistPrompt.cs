using System.Text;
using System.Text.RegularExpressions;
using GhostHands.Execution.Forms;

namespace GhostHands.Execution.Assist;

/// <summary>
/// The prompt for one form question: the applicant's profile and known screening answers, the question and its options.
/// It is built only from <c>input_data</c>: stored credentials never reach it, and profile entries whose names suggest a
/// secret (password, token, key, SSN) are left out.
/// </summary>
internal static partial class AssistPrompt
{
    /// <summary>What the model answers when the applicant's information does not answer the question.</summary>
    public const string Unknown = "UNKNOWN";

    public const string System = $"""
        You answer one question of a job application form on behalf of the applicant described by the user.
        Use only the applicant's information given. If it does not answer the question, reply with exactly {Unknown}.
        Reply with the answer alone, without explanation. When options are listed, reply with one option exactly as written.
        """;

    public static string User(OpenQuestion question, ApplyInput input)
    {
        var text = new StringBuilder();
        text.AppendLine("Applicant:");
        foreach (var (key, value) in input.UserData.Where(p => !Sensitive().IsMatch(p.Key) && !string.IsNullOrWhiteSpace(p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append("- ").Append(key).Append(": ").AppendLine(Short(value));
        }

        if (input.QaOverrides.Count > 0)
        {
            text.AppendLine().AppendLine("The applicant's answers to other screening questions:");
            foreach (var (q, a) in input.QaOverrides.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append("- ").Append(Short(q)).Append(": ").AppendLine(Short(a));
            }
        }

        text.AppendLine().Append("Form question (").Append(question.Kind).Append("): ").AppendLine(Short(question.Question));
        if (question.Options.Count > 0)
        {
            text.Append("Options: ").AppendLine(string.Join(" | ", question.Options.Select(Short)));
        }

        return text.ToString();
    }

    private static string Short(string value)
    {
        var line = value.ReplaceLineEndings(" ").Trim();
        return line.Length <= 500 ? line : line[..500];
    }

    [GeneratedRegex(@"pass(word)?|secret|token|api.?key|credential|\bssn\b|social.?security", RegexOptions.IgnoreCase)]
    private static partial Regex Sensitive();
}
