using System.Globalization;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Offsets from UTC as time-zone options write them: "UTC-5", "GMT-08:00", "(UTC+05:30)", "UTC −3", "-0800", a bare
/// "UTC" or "GMT" (no offset). In minutes east of Greenwich.
/// </summary>
internal static partial class Offsets
{
    /// <summary>Every offset <paramref name="text"/> writes, in minutes.</summary>
    public static IReadOnlyList<int> Of(string text)
    {
        var t = Minus(text);
        var found = new List<int>();
        foreach (Match m in Signed().Matches(t))
        {
            var minutes = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) * 60
                + (m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0);
            found.Add(m.Groups["sign"].Value == "-" ? -minutes : minutes);
        }

        if (Bare().IsMatch(t))
        {
            found.Add(0);
        }

        return found;
    }

    /// <summary><paramref name="text"/> without its offsets, so that "GMT-08:00 Pacific" names only the Pacific.</summary>
    public static string Without(string text) => Bare().Replace(Signed().Replace(Minus(text), " "), " ");

    private static string Minus(string text) => text.Replace('\u2212', '-').Replace('\u2013', '-').Replace('\u2014', '-');

    // "UTC-5", "GMT -08:00", "UTC+5.5" is not written; "UTC+05:30" is. A sign and four digits alone ("-0800") count too.
    [GeneratedRegex(@"\b(utc|gmt)\s*(?<sign>[+-])\s*(?<h>\d{1,2})(?:[:.]?(?<m>\d{2}))?(?!\d)|(?<![\w:+-])(?<sign>[+-])(?<h>\d{2}):?(?<m>\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Signed();

    [GeneratedRegex(@"\b(utc|gmt)\b(?!\s*[+-]\s*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Bare();
}
