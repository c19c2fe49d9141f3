using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// "English proficiency", "What is your level of Spanish?", "Spanish (fluent)?": how well the applicant speaks a
/// language they list. The profile's languages carry no level; a screening answer listing the languages the applicant
/// speaks fluently does, so a language on it is "fluent" (a level, or yes to "fluent?"). A language not on it, or a
/// level the applicant gave nowhere, stays open.
/// </summary>
internal static partial class LanguageLevel
{
    /// <summary>True when <paramref name="question"/> asks how well the applicant speaks a language they listed.</summary>
    public static bool Asks(string question, ApplyInput input) =>
        Level().IsMatch(TextNorm.Normalize(question)) && Named(question, input) is not null;

    /// <summary>"Fluent" (or yes to a question asking about fluency) for a language the applicant speaks fluently; else null.</summary>
    public static FieldAnswer? Answer(string question, ApplyInput input)
    {
        // "Are you fluent in English and Excel?": the languages answer only part of it.
        if (Named(question, input) is not { } language || LanguageMentions.JoinedToOther(Sentences.Asked(question), LanguageUse.Spoken(input)))
        {
            return null;
        }

        foreach (var (key, value) in input.QaOverrides)
        {
            var fluent = OptionMatcher.SplitList(value).Select(TextNorm.Normalize).ToList();
            // "Are you fluent in English and German?" names one the applicant did not list: not settled.
            if (Topics.Of(key) == "languages" && Fluent().IsMatch(TextNorm.Normalize(key)) && fluent.Contains(language)
                && NamedSkills.Names(Sentences.Asked(question)).All(fluent.Contains))
            {
                var yesNo = Sentences.AsksYesNo(TextNorm.Normalize(question)) || FluentLast().IsMatch(TextNorm.Normalize(question));
                return new FieldAnswer(yesNo ? "yes" : "Fluent", $"qaOverrides[{key}]", [], key);
            }
        }

        return null;
    }

    // A language of the applicant's named in the question, as one word of it ("English proficiency").
    private static string? Named(string question, ApplyInput input)
    {
        var words = $" {TextNorm.Normalize(question)} ";
        return ListedItems.Of("languages", input)
            .Select(TextNorm.Normalize).FirstOrDefault(l => l.Length > 0 && words.Contains($" {l} ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(proficien\w*|level|fluen\w*|how well)\b")]
    private static partial Regex Level();

    [GeneratedRegex(@"\bfluent\w*\b")]
    private static partial Regex Fluent();

    // "Spanish (fluent)?", "Are you fluent in Spanish?": yes or no, not a level.
    [GeneratedRegex(@"\bfluent\w*$")]
    private static partial Regex FluentLast();
}
