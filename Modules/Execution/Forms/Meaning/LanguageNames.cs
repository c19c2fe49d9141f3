using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Whether the applicant's listed languages hold a language a question names, when the list may name it otherwise:
/// "Brazilian Portuguese" or "Spanish - native" holds Portuguese or Spanish, "Persian" is Farsi, "Tagalog" is Filipino,
/// "American Sign Language" is ASL, "Mandarin" is Chinese. A list naming a close relative only ("Chinese" when Mandarin
/// is asked, "Dutch" for Flemish, "Hindi" for Urdu) neither holds nor lacks it: which one the applicant speaks is theirs
/// to say.
/// </summary>
internal static partial class LanguageNames
{
    // Names of the same language.
    private static readonly string[][] Same =
    [
        ["farsi", "persian"], ["bengali", "bangla"], ["filipino", "tagalog"], ["castilian", "spanish"],
        ["asl", "american sign language"],
    ];

    // A language and the ones it takes in: a list naming one of these holds it.
    private static readonly Dictionary<string, string[]> Broader = new(StringComparer.Ordinal)
    {
        ["chinese"] = ["mandarin", "cantonese"],
    };

    // Languages close enough, or named broadly enough, that a list naming one says nothing sure of the other.
    private static readonly string[][] Related =
    [
        ["chinese", "mandarin", "cantonese"], ["dutch", "flemish"], ["serbian", "croatian", "bosnian"], ["hindi", "urdu"],
        ["malay", "indonesian"], ["dari", "persian", "farsi"], ["creole", "french"],
    ];

    /// <summary>True when <paramref name="spoken"/> holds <paramref name="name"/>, false when it surely lacks it, null when unsure.</summary>
    public static bool? Listed(string name, IReadOnlySet<string> spoken)
    {
        bool Has(string n) => spoken.Contains(n) || spoken.Any(s => Words(s).Contains(n) || (n.Contains(' ', StringComparison.Ordinal) && s.Contains(n, StringComparison.Ordinal)));
        if (Has(name) || Same.Where(g => g.Contains(name)).SelectMany(g => g).Any(Has) || (Broader.TryGetValue(name, out var narrower) && narrower.Any(Has)))
        {
            return true;
        }

        return Related.Where(g => g.Contains(name)).SelectMany(g => g).Any(Has) ? null : false;
    }

    /// <summary>
    /// The applicant's languages by name, as listed but without the notes about them ("Spanish (fluent)" and "Spanish -
    /// native" are "Spanish"), each once: the one reading of the profile's <c>languages</c> by name.
    /// </summary>
    public static IReadOnlyList<string> Of(ApplyInput input) =>
        [.. input.List("languages").Select(WithoutNote).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>A listed entry without its note: "Portuguese (native)" and "Japanese - conversational" are "Portuguese", "Japanese".</summary>
    public static string WithoutNote(string entry) => Note().Replace(entry, "").Trim();

    /// <summary>The listed entry's words: "brazilian portuguese" is "brazilian" and "portuguese".</summary>
    public static string[] Words(string entry) =>
        entry.Split([' ', '-', '\u2013', '\u2014', ':', ',', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"\s*(\(.*\)|[-:\u2013\u2014]\s*(native|fluent|basic|intermediate|advanced|conversational|professional|beginner)\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Note();
}
