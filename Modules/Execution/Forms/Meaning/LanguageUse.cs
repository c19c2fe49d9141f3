using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// A yes or no about using a language ("Could you take support calls in Portuguese?", "Can you lead site
/// meetings in Italian?", "Is your German good enough to run workshops?", "Bilingual (English/Spanish) required - do
/// you meet this?"), asked after whatever statement leads up to it: places named there ("our depots in Lyon") make
/// it no question about where one lives or would move. The applicant's languages (profile, or a screening answer naming
/// the languages they speak) decide: yes when they list the language (every one asked together, any one of several
/// asked as alternatives); no when they list languages and not this one, as the list is theirs to name what they speak
/// and a yes would claim what it does not. A language as spoken by birth ("native Spanish speaker") is not what a list
/// says, so a listed one stays open there. Only using the language counts: a question about what the applicant would
/// need or receive in it (an interpreter, a translation, accommodations, letters) is no question about speaking it.
/// </summary>
internal static partial class LanguageUse
{
    /// <summary>"yes" or "no" when the asked sentence wants a language used and the applicant lists their languages; else null.</summary>
    public static FieldAnswer? Answer(string question, ApplyInput input)
    {
        var sentence = Sentences.Asked(question);
        var asked = TextNorm.Normalize(sentence);
        if (!Opener().IsMatch(asked) || Needing().IsMatch(Unaided().Replace(asked, "")) || Topics.Of(sentence) is "willing_to_relocate" or "willing_to_travel")
        {
            return null;
        }

        var spoken = Spoken(input);
        var named = LanguageMentions.In(sentence, spoken);
        // "Bilingual (English/Spanish) required - do you meet this?": the asked sentence points at the one statement
        // before it, which then must hold no other requirement nor any of legal weight. "Could you take those calls?"
        // points at an exchange instead: the statement that names it says in which language it happens.
        var pointing = named.Count == 0 && Pointing().IsMatch(asked);
        var pointed = pointing ? PointedAt(asked) : Pointed.None;
        if (pointed == Pointed.Other)
        {
            return null;
        }

        var exchange = pointed == Pointed.Exchange;
        var read = exchange ? Stating(question, sentence, asked, spoken) : pointing ? question : sentence;
        named = pointing ? LanguageMentions.In(read, spoken) : named;
        var text = TextNorm.Normalize(read);
        var judged = exchange ? asked : text;
        if (named.Count == 0 || spoken.Count == 0 || !Using().IsMatch(judged) || (!exchange && LanguageMentions.JoinedToOther(read, spoken))
            || (pointing && (Topics.IsLegal(Topics.Of(question)) || (!exchange && Statements().Matches(question).Count > 2))))
        {
            return null;
        }

        var either = named.Count > 1 && Either().IsMatch(text) && !Both().IsMatch(text);
        var found = named.Select(n => LanguageNames.Listed(n, spoken)).ToList();
        var listed = either ? found.Any(f => f == true) : found.All(f => f == true);
        if (listed)
        {
            // A level the list itself calls basic ("Spanish (basic)") is no yes to using it at work.
            var basic = input.List("languages").Any(l => Basic().IsMatch(l) && named.Any(n => LanguageNames.Words(LanguageMentions.Bare(l.Split('(')[0])).Contains(n)));
            return Native().IsMatch(judged) || basic ? null : new FieldAnswer("yes", "userData.languages", [], question);
        }

        // A name the applicant did not list says "no" only when it surely is a language, not a word the list shares, and
        // the list names nothing that may be it under another name.
        var lacking = named.Zip(found).Where(p => p.Second != true).ToList();
        var no = either ? lacking.All(p => p.Second == false && LanguageMentions.Known.Contains(p.First))
            : lacking.Any(p => p.Second == false && LanguageMentions.Known.Contains(p.First));
        return no ? new FieldAnswer("no", "userData.languages", [], question) : null;
    }

    /// <summary>The languages the applicant lists, lower case without notes; empty when they list none.</summary>
    public static IReadOnlySet<string> Spoken(ApplyInput input) =>
        ListedItems.Of("languages", input)
            .Select(LanguageMentions.Bare).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);

    // The applicant is the one asked: "Can you", "Are you able", "Do you have", "Is your Spanish", "Is that you?"; not
    // "Can we write to you".
    [GeneratedRegex(@"^(can|could|would|will|are|do|have|is|does) (you|your)\b|^(is|does) (this|that|it)\b.*\byou$")]
    private static partial Regex Opener();

    // Using the language: speaking, working, writing, taking calls, serving customers, being able, at ease, fluent or
    // good enough in it, or meeting a stated need for it.
    [GeneratedRegex(@"\b(speak|talk|converse|conversation|communicat|work|conduct|join|attend|participat|collaborat|interact|engag|facilitat|host|write|read|present|support|serve|assist|help|take|handle|answer|respond|reply|explain|teach|train|sell|negotiat|interview|correspond|chat|lead|run|deliver|draft|edit|review|document|comfortable|fluent|fluency|proficien|confident|able|capable|good enough|strong enough|bilingual|meet|satisfy|fulfil|knowledge|command)")]
    private static partial Regex Using();

    // What the applicant would be given or need in the language, not what they would do in it.
    [GeneratedRegex(@"\b(need|require[ds]? (an?|any)\b|request|prefer|want|like|wish|rather|accommodat|adjustment|interpret|translat|assistance|provided|receive|offered|sent|send)")]
    private static partial Regex Needing();

    // "without a translator", "with no interpreter": doing it unaided is using the language.
    [GeneratedRegex(@"\b(without|with no|no need for) (an? |any )?\w*\s?(interpret|translat)\w*")]
    private static partial Regex Unaided();

    // "Do you meet this?", "Can you satisfy that requirement?": the language is in the statement before.
    [GeneratedRegex(@"\b(this|that|these|those|it|them|requirements?)\b")]
    private static partial Regex Pointing();

    // "in French or German": either will do.
    [GeneratedRegex(@"\bor\b")]
    private static partial Regex Either();

    // "both English and French", "as well as": every one is wanted.
    [GeneratedRegex(@"\b(both|as well as)\b")]
    private static partial Regex Both();

    // A level below working use, as the applicant notes it beside a language.
    [GeneratedRegex(@"\b(basic|beginner|elementary|limited|learning|a1|a2)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Basic();

    // The sentences of a label: a statement and the sentence that asks are two.
    [GeneratedRegex(@"[^.?!;\n]+([.?!;\n]|$)")]
    private static partial Regex Statements();

    // Spoken from birth: a list of languages does not say so.
    [GeneratedRegex(@"\b(native|natively|mother tongue|first language|heritage)\b")]
    private static partial Regex Native();
}
