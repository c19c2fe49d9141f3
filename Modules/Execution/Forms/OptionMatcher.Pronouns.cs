using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>Pronoun sets ("he/him", "She / Her / Hers", "they/them"), which look alike but never stand for each other.</summary>
internal static partial class OptionMatcher
{
    /// <summary>
    /// True when <paramref name="answer"/> is a set of pronouns and some option names one (a set, or one pronoun as in
    /// "he", "she", "they"); <paramref name="chosen"/> is then the option naming the same set or its first pronoun, or
    /// nothing: "he/him" is never "she / her", however close the letters.
    /// </summary>
    private static bool IsPronouns(string answer, IReadOnlyList<FieldOption> options, out FieldOption? chosen)
    {
        chosen = null;
        if (PronounSet(answer) is not { } wanted)
        {
            return false;
        }

        var named = options.Select(o => (Option: o, Set: PronounSet(o.Text) ?? OnePronoun(o.Text))).Where(o => o.Set is not null).ToList();
        if (named.Count == 0)
        {
            return false;
        }

        var same = named.Where(o => o.Set == wanted || o.Set == wanted.Split('/')[0]).ToList();
        chosen = same.Count == 1 ? same[0].Option : null;
        return true;
    }

    private static string? OnePronoun(string text) =>
        OnlyPronoun().Match(text.Trim()) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : null;

    private static string? PronounSet(string text) =>
        Pronouns().Match(text.Trim()) is { Success: true } m ? $"{m.Groups[1].Value}/{m.Groups[2].Value}".ToLowerInvariant() : null;

    [GeneratedRegex(@"^(he|she|they|ze|zie|xe|ey|it)\s*/\s*(him|her|them|hir|zir|xem|em|it|she|he|they)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronouns();

    [GeneratedRegex(@"^(he|she|they|ze|zie|xe|ey)$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyPronoun();
}
