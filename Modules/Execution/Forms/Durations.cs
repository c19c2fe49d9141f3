using System.Globalization;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A length of time the applicant gave with its unit ("2 weeks", "1 month", "30 days", "immediately") written in the
/// unit a field names ("Notice, in days", "Notice period (weeks)", "How many weeks of notice?", a control named <c>notice_days</c>), as
/// a bare number: 2 weeks is 14 in days, 0.5 in months. A week is 7 days, a month 30 days or 4 weeks, as notice periods
/// are counted. Answers without a unit, and fields that name none, are left alone.
/// </summary>
internal static partial class Durations
{
    /// <summary><paramref name="value"/> as a number in the unit <paramref name="field"/> names; null when either has no unit.</summary>
    public static string? InFieldUnit(FormField field, string value)
    {
        if (Parse(value) is not { } given)
        {
            return null;
        }

        // The visible words first; a control's name ("notice_days", "noticeWeeks") says its unit in any position.
        var named = new[] { field.Label, field.Placeholder, field.Title }.Select(t => FieldUnit().Match(t ?? "")).FirstOrDefault(m => m.Success)
            ?? HintUnit().Match(Words(field.Hints));
        if (!named.Success)
        {
            return null;
        }

        var unit = UnitOf(named.Groups["unit"].Value);
        var amount = given.Amount * Factor(given.Unit, unit);
        return Math.Round(amount, 1).ToString("0.#", CultureInfo.InvariantCulture);
    }

    /// <summary>The amount and unit ('d', 'w', 'm') of a duration answer; "immediately" and "none" are 0 days.</summary>
    public static (double Amount, char Unit)? Parse(string value)
    {
        var t = value.Trim().TrimEnd('.', '!').ToLowerInvariant();
        if (NoTime().IsMatch(t))
        {
            return (0, 'd');
        }

        var m = Amount().Match(t);
        if (!m.Success)
        {
            return null;
        }

        var n = m.Groups["n"].Value;
        var amount = double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : WordNumber(n);
        return amount is null ? null : (amount.Value, UnitOf(m.Groups["unit"].Value));
    }

    /// <summary>A duration answer in days (a week 7, a month 30); null when it is no duration.</summary>
    public static double? Days(string value) => Parse(value) is { } given ? given.Amount * Factor(given.Unit, 'd') : null;

    private static double Factor(char from, char to) => (from, to) switch
    {
        _ when from == to => 1,
        ('w', 'd') => 7,
        ('m', 'd') => 30,
        ('d', 'w') => 1 / 7.0,
        ('m', 'w') => 4,
        ('d', 'm') => 1 / 30.0,
        _ => 1 / 4.0, // weeks to months
    };

    private static char UnitOf(string word) => char.ToLowerInvariant(word[0]) switch
    {
        'd' => 'd',
        'w' => 'w',
        _ => 'm',
    };

    private static double? WordNumber(string word) => NumberWords.Value(word);

    private static string Words(string hints) => Regex.Replace(hints, "([a-z])([A-Z])", "$1 $2").Replace('_', ' ').Replace('-', ' ').ToLowerInvariant();

    // "2 weeks", "30 days", "1 month", "one month", "a month", "10 business days", "1.5 months".
    [GeneratedRegex(@"(?<n>\d+(\.\d+)?|a couple of|couple of|a few|half a|an?|one|two|three|four|five|six|eight|ten|twelve)\s*(business |working |calendar )?(?<unit>days?|weeks?|wks?|months?|mos?)\b")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^(none|no notice|immediately|immediate|immediately available|available immediately|asap|as soon as possible|right away|straight away|straightaway|0|zero)$")]
    private static partial Regex NoTime();

    // The unit a field asks in: "(in days)", "(days)", "in weeks", "number of days", "how many weeks", "notice days".
    [GeneratedRegex(@"\(\s*(in\s+)?(?<unit>days|weeks|months)\s*\)|\bin\s+(?<unit>days|weeks|months)\b|\b(number of|how many|no\.? of|#)\s+(?<unit>days|weeks|months)\b|\bnotice\s+(?<unit>days|weeks|months)\b|\b(?<unit>days|weeks|months)\s+(of\s+)?notice\b", RegexOptions.IgnoreCase)]
    private static partial Regex FieldUnit();

    [GeneratedRegex(@"\b(?<unit>days|weeks|months)\b")]
    private static partial Regex HintUnit();
}
