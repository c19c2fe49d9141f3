using System.Text.RegularExpressions;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A repeatable section of spoken languages (<see cref="AddSections"/>) whose entries have no Save button: each "Add"
/// shows one more row of a language choice, a box saying the applicant is fluent or native, and often optional levels.
/// The profile's <c>languages</c> give one row each; the box is ticked only where the profile says the language is
/// spoken fluently or natively, and the levels are left to the page.
/// </summary>
internal static partial class LanguageEntries
{
    /// <summary>
    /// True for a section of spoken languages ("Languages", "Spoken languages"), not one of programming languages or of
    /// technical skills ("Languages &amp; frameworks", "Tools and languages").
    /// </summary>
    public static bool IsSection(string caption) =>
        Languages().IsMatch(TextNorm.Normalize(caption)) && !Programming().IsMatch(TextNorm.Normalize(caption));

    /// <summary>
    /// True for the choice of the language itself in a row ("Language", "Language 2"), not its levels, nor a question
    /// about languages elsewhere on the page ("Which languages do you speak fluently?", "Preferred language for
    /// correspondence").
    /// </summary>
    public static bool IsLanguage(FormField field) =>
        field.Kind is "select" or "listbox" or "combobox" or "text" && Languages().IsMatch(Bare(field.Label)) && !Level().IsMatch(Bare(field.Label))
        && !field.Label.Contains('?', StringComparison.Ordinal) && Bare(field.Label).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3
        && !Elsewhere().IsMatch(Bare(field.Label));

    /// <summary>
    /// True for the box saying the row's language is spoken fluently or natively; never a self-identification box
    /// ("Native Hawaiian or Other Pacific Islander", "American Indian or Alaska Native").
    /// </summary>
    public static bool IsFluency(FormField field) =>
        field.Kind == "checkbox" && Fluent().IsMatch(Bare(field.Label)) && !Demographic().IsMatch(Bare(field.Label));

    /// <summary>The profile's languages by name, without the notes about them (<see cref="LanguageNames.Of"/>).</summary>
    public static IReadOnlyList<string> Names(ApplyInput input) => LanguageNames.Of(input);

    /// <summary>
    /// True when the profile says <paramref name="language"/> is spoken fluently or natively: its own entry says so
    /// ("Spanish (native)"), or an answer about the languages spoken fluently or natively names it.
    /// </summary>
    public static bool IsFluent(ApplyInput input, string language)
    {
        var key = TextNorm.Normalize(language);
        if (input.List("languages").Any(l => TextNorm.Normalize(LanguageNames.WithoutNote(l)).Trim() == key && Fluent().IsMatch(TextNorm.Normalize(l))))
        {
            return true;
        }

        return input.QaOverrides.Any(q => Fluent().IsMatch(TextNorm.Normalize(q.Key)) && Languages().IsMatch(TextNorm.Normalize(q.Key))
            && OptionMatcher.SplitList(q.Value).Any(v => TextNorm.Normalize(v).Trim() == key));
    }

    private static string Bare(string label) => TextNorm.Normalize(label).Trim();

    [GeneratedRegex(@"\b(hawaiian|pacific islander|alaska|american indian|native american|indigenous|aboriginal|first nations|tribe|tribal|race|racial|ethnic\w*|hispanic|latin\w*|gender|veteran|disabilit\w*)\b")]
    private static partial Regex Demographic();

    [GeneratedRegex(@"\b(preferred|prefer|correspondence|contact|communications?|interviews?)\b")]
    private static partial Regex Elsewhere();

    [GeneratedRegex(@"\b(languages?|tongues?)\b")]
    private static partial Regex Languages();

    [GeneratedRegex(@"\b(programming|coding|scripting|computer|software|query|frameworks?|tools?|technolog(y|ies)|stacks?|technical|libraries)\b")]
    private static partial Regex Programming();

    [GeneratedRegex(@"\b(level|proficiency|reading|writing|speaking|spoken|written|comprehension|skill)\b")]
    private static partial Regex Level();

    [GeneratedRegex(@"\b(fluent|fluently|fluency|native|natively|mother tongue|first language|bilingual)\b")]
    private static partial Regex Fluent();
}
