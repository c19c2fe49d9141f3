using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// A yes or no about doing some part of the job in a language ("Could you take support calls in Portuguese?", "Would
/// you be able to write reports in French?"), asked after whatever statement leads up to it. A language the applicant
/// lists (profile or a screening answer naming the languages they speak) is a yes; the question is claimed only then,
/// so "Could you work in Austin?" or a language the applicant never named is left to the other readings and a person.
/// Only doing or being at ease with the work counts: a question about what the applicant would need in the language
/// (an interpreter, a translation, accommodations, assistance) is no question about speaking it.
/// </summary>
internal static partial class LanguageUse
{
    /// <summary>"yes" when the asked sentence wants work done in a language the applicant lists; else null.</summary>
    public static FieldAnswer? Answer(string question, ApplyInput input)
    {
        var asked = TextNorm.Normalize(Sentences.Asked(question));
        if (!Sentences.AsksYesNo(asked) || !Opener().IsMatch(asked) || !Doing().IsMatch(asked) || Needing().IsMatch(asked))
        {
            return null;
        }

        var spoken = input.List("languages").Concat(AnswerFinder.OnTopicAnswer("languages", input) is { } qa ? OptionMatcher.SplitList(qa.Value) : [])
            .Select(TextNorm.Normalize).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        var named = InLanguage().Matches(asked).Select(m => m.Groups["name"].Value).ToList();
        return named.Count > 0 && named.All(spoken.Contains) ? new FieldAnswer("yes", "userData.languages", [], question) : null;
    }

    // "Can you", "Could you", "Would you be able to", "Are you comfortable", "Will you": asking the applicant to do it.
    [GeneratedRegex(@"^(can|could|would|will|are) you\b")]
    private static partial Regex Opener();

    // Using the language: speaking, working, writing, taking calls, serving customers, being comfortable or fluent.
    [GeneratedRegex(@"\b(speak|talk|converse|communicat|work|conduct|join|attend|participat|collaborat|interact|engag|facilitat|host|write|read|present|support|serve|assist (customers|clients|patients|callers|users)|help (customers|clients|patients|callers|users)|take|handle|answer|respond|reply|explain|teach|train|sell|negotiat|interview (candidates|customers|clients)|correspond|chat|lead|deliver|draft|edit|review|document|comfortable|fluent|proficient|confident)")]
    private static partial Regex Doing();

    // What the applicant would be given or need in the language, not what they would do in it.
    [GeneratedRegex(@"\b(need|require|request|prefer|want|accommodat|adjustment|interpret|translat|assistance|provided|receive|offered)")]
    private static partial Regex Needing();

    // "... in Spanish", "... in Spanish and English": the word after "in" at the end of the question or before a pause.
    [GeneratedRegex(@"\bin (?<name>[a-z]+)(?= *(and|or|,|\?|$))")]
    private static partial Regex InLanguage();
}
