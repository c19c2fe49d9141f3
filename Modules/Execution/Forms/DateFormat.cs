using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// The date format a field names, in the token style forms write it in ("DD-MMM-YYYY", "dd/mm/yyyy", "D MMM YYYY",
/// "YYYY-MM-DD", "MMM D, YYYY", "Month DD, YYYY", "MM/YYYY"), or shows by an example date ("e.g. 09-Feb-2026",
/// "31/12/2026"). Tokens are read case-insensitively; an example counts only when every reading of it writes the
/// applicant's date the same way ("05/03/2026" could be either day first or month first, "25/03/2026" only day first).
/// </summary>
internal static partial class DateFormat
{
    // Ways an example may be written; .NET custom formats, tried against the example exactly.
    private static readonly string[] ExampleFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "dd/MM/yyyy", "d/M/yyyy", "MM/dd/yyyy", "M/d/yyyy", "dd-MM-yyyy", "MM-dd-yyyy",
        "dd.MM.yyyy", "d.M.yyyy", "dd-MMM-yyyy", "d-MMM-yyyy", "d MMM yyyy", "dd MMM yyyy", "d MMMM yyyy", "dd MMMM yyyy",
        "MMM d, yyyy", "MMM dd, yyyy", "MMMM d, yyyy", "MMMM dd, yyyy", "MMM d yyyy", "MMMM d yyyy", "dd/MM/yy", "MM/dd/yy",
        "MM/yyyy", "MMM yyyy", "MMMM yyyy",
    ];

    /// <summary>
    /// <paramref name="date"/> written in the first format one of <paramref name="texts"/> names by tokens, else in the
    /// format of the first unambiguous example date among them; null when none says.
    /// </summary>
    public static string? Write(DateTime date, IEnumerable<string?> texts)
    {
        var said = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToList();
        foreach (var text in said)
        {
            if (Named(text) is { } format)
            {
                return date.ToString(format, CultureInfo.InvariantCulture);
            }
        }

        return said.Select(t => ByExample(date, t)).FirstOrDefault(v => v is not null);
    }

    /// <summary>The .NET format for the first token template in <paramref name="text"/>, or null when it names none.</summary>
    public static string? Named(string text)
    {
        foreach (Match m in Template().Matches(text))
        {
            var tokens = m.Groups["t"].Captures.Select(c => c.Value.ToLowerInvariant()).ToList();
            var kinds = tokens.Select(t => t[0]).ToList();
            // A day, a month and a year once each, or a month and a year; "DD MM" or "YY YY" is no date.
            if (kinds.Distinct().Count() != kinds.Count || !kinds.Contains('m') || !kinds.Contains('y') || (kinds.Count == 3 && !kinds.Contains('d')))
            {
                continue;
            }

            var separators = m.Groups["s"].Captures.Select(c => c.Value).ToList();
            var format = new StringBuilder();
            for (var i = 0; i < tokens.Count; i++)
            {
                format.Append(tokens[i] switch
                {
                    "d" => "d",
                    "dd" => "dd",
                    "m" => "M",
                    "mm" => "MM",
                    "mmm" or "mon" => "MMM",
                    "mmmm" or "month" => "MMMM",
                    "yy" => "yy",
                    _ => "yyyy",
                });
                if (i < separators.Count)
                {
                    format.Append('\'').Append(separators[i]).Append('\'');
                }
            }

            return format.ToString();
        }

        return null;
    }

    /// <summary>
    /// <paramref name="date"/> in the format of an example date in <paramref name="text"/>, when every format the
    /// example can be read in writes it alike; null otherwise.
    /// </summary>
    public static string? ByExample(DateTime date, string text)
    {
        foreach (Match m in Example().Matches(text))
        {
            var example = m.Value.Trim().TrimEnd('.', ',');
            var written = ExampleFormats
                .Where(f => DateTime.TryParseExact(example, f, CultureInfo.InvariantCulture, DateTimeStyles.None, out var read)
                    && read.ToString(f, CultureInfo.InvariantCulture).Equals(example, StringComparison.OrdinalIgnoreCase))
                .Select(f => date.ToString(f, CultureInfo.InvariantCulture))
                .Distinct()
                .ToList();
            // "31/12/2026" is "dd/MM/yyyy" or "d/M/yyyy": readings that differ only in leading zeros agree, padded first.
            if (written.Count > 0 && written.Select(w => LeadingZero().Replace(w, "$1")).Distinct().Count() == 1)
            {
                return written[0];
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<!\d)0(\d)")]
    private static partial Regex LeadingZero();

    // Two or three tokens (day, month, year) joined by one separator each: "-", "/", ".", a space, or ", ".
    [GeneratedRegex(@"(?<![A-Za-z])(?<t>dd?|mm?m?m?|mon(?:th)?|y{2,4})(?:(?<s>\s*[-/.]\s*|,\s*|\s+)(?<t>dd?|mm?m?m?|mon(?:th)?|y{2,4})){1,2}(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Template();

    // A written date: numbers with separators, or with a month name ("09-Feb-2026", "15 January 2026", "Jan 15, 2026").
    [GeneratedRegex(@"\b(\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}[-/. ][A-Za-z]{3,9}[-/. ]\d{4}|[A-Za-z]{3,9} \d{1,2},? \d{4}|\d{1,2}/\d{4}|[A-Za-z]{3,9} \d{4})\b")]
    private static partial Regex Example();
}
