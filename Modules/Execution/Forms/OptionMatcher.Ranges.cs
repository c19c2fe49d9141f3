using System.Globalization;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>Numbers and ranges in option texts ("5-7 years", "$100k - $125k", "Less than 1 month").</summary>
internal static partial class OptionMatcher
{
    /// <summary>
    /// The numbers an option stands for: "2-4 years", "5 to 9", "Less than 2", "10 or more", "11+", "$100k - $125k",
    /// "More than a month"; <c>Days</c> is the unit in days when the text names one (0 when it does not).
    /// </summary>
    public static (double Low, double High, double Days)? Range(string text)
    {
        // Thousands separators and decimal points would fall to punctuation: "$120,000" is one number, "0.5" is a half.
        var t = OneUnit().Replace(TextNorm.Normalize(Decimal().Replace(Thousands().Replace(text, ""), "$1d$2")), "1 ${unit}");
        // Ranges written in words ("Five to eight years", "Under two years") are the same ranges in figures.
        t = Spelled().Replace(t, m => NumberWords.Value(m.Value)?.ToString(CultureInfo.InvariantCulture) ?? m.Value);
        if (Date().IsMatch(t))
        {
            return null;
        }

        var numbers = Amount().Matches(t).Select(m => double.Parse(m.Groups["n"].Value.Replace('d', '.'), CultureInfo.InvariantCulture) * (m.Groups["k"].Success ? 1000 : 1)).ToList();
        if (numbers.Count == 0)
        {
            return null;
        }

        var unit = Unit().Match(t);
        var days = !unit.Success ? 0 : unit.Groups["unit"].Value switch { "day" => 1, "week" => 7, "month" => 30, _ => 365 };
        if (numbers.Count >= 2)
        {
            return (numbers[0], numbers[1], days);
        }

        var n = numbers[0];
        if (Regex.IsMatch(t, @"less than|under|fewer than|below|<|up to|within|or (less|fewer)"))
        {
            return (double.MinValue, Regex.IsMatch(t, "up to|within|or (less|fewer)") ? n : n - 0.0001, days);
        }

        if (Regex.IsMatch(t, @"\+|or more|more than|over|above|at least|plus|or longer"))
        {
            return (Regex.IsMatch(t, "more than|over|above") ? n + 0.0001 : n, double.MaxValue, days);
        }

        return (n, n, days);
    }

    /// <summary>
    /// A length in days against an option in days: a closed bucket holding it first ("3-5" and "5-10" both hold 5: the
    /// bucket starting at it wins), then a single length meaning the same within a tenth (months count 30 days, so
    /// "12 months" is "1 year"), then an open bucket holding it ("More than 12 months").
    /// </summary>
    private static int LengthScore(double number, double low, double high) =>
        number >= low && number <= high && high < double.MaxValue ? (number == low ? 86 : 85)
        : low == high && number > 0 && Math.Abs(low - number) <= number * 0.1 ? 84
        : number >= low && number <= high ? 83
        : 0;

    // "100k" is 100000; "5d5" (5.5 after Decimal) one number, "5-7" two.
    [GeneratedRegex(@"(?<n>\d+(d\d+)?)(?<k>k\b)?")]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(\D|$))")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"(\d)\.(\d)")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\b")]
    private static partial Regex Spelled();

    [GeneratedRegex(@"\b(?<unit>day|week|month|year|yr)s?\b")]
    private static partial Regex Unit();

    [GeneratedRegex(@"\b(a|an|one) (?<unit>day|week|month|year)\b")]
    private static partial Regex OneUnit();

    // An ISO or written date is a point, not a number: "2026-01-15" is not the range 2026 to 1.
    [GeneratedRegex(@"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2} \d{1,2} \d{4}\b")]
    private static partial Regex Date();
}
