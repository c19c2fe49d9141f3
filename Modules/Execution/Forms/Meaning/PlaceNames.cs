using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Places a question names beyond the country table (<see cref="Countries"/>): a key of an answer given per place
/// ("EU", "Schengen area"), or any capitalised name after "in" ("authorized to work in Georgia?").
/// </summary>
internal static partial class PlaceNames
{
    /// <summary>True when <paramref name="question"/> names <paramref name="key"/> as a whole word, in any case.</summary>
    public static bool Names(string question, string key)
    {
        var k = key.Trim();
        return k.Length >= 2 && Regex.IsMatch(question, $@"(?<!\w){Regex.Escape(k)}(?!\w)", RegexOptions.IgnoreCase);
    }

    /// <summary>True when <paramref name="question"/> names a place by a capitalised name after "in".</summary>
    public static bool NamesSomePlace(string question) => InPlace().IsMatch(question);

    // "in Georgia", "in the Schengen Area"; not "in this country", "In which countries", "in your current role".
    [GeneratedRegex(@"\b[Ii]n\s+(the\s+)?(?!(?i:this|that|these|those|your|our|any|which|what|a|an|all|one|each|my|their|its|country|countries|order|addition|future|person)\b)[A-Z][A-Za-z]+")]
    private static partial Regex InPlace();
}
