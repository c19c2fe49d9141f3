using System.Globalization;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A span of time an option stands for, in days from today: "Immediately" and "Straight away" are 0 to 0, "Within two
/// weeks" up to 14, "2 weeks to 1 month" 14 to 30 (each end in its own unit), "one to three months" 30 to 90, "A couple of
/// weeks" 14, "3+ months" and "More than 3 months" from 90 on, "Under 30 days" below 30. Texts naming no unit of time,
/// questions ("2 weeks' notice required?"), dates and long sentences are no spans.
/// </summary>
internal static partial class Spans
{
    /// <summary>The lowest and highest day the text stands for; <see cref="double.MaxValue"/> for an open end; null when it is no span.</summary>
    public static (double Low, double High)? Days(string text)
    {
        var raw = text.Trim();
        if (raw.EndsWith('?') || raw.Length > 60)
        {
            return null;
        }

        var t = TextNorm.Normalize(Regex.Replace(raw, @"(\d)\.(\d)", "$1d$2"));
        if (Immediate().IsMatch(t))
        {
            return (0, 0);
        }

        if (Date().IsMatch(t) || Rate().IsMatch(t))
        {
            return null;
        }

        t = Words().Replace(t, m => Word(m.Value) + " ");
        var parts = Part().Matches(t).Select(m => (N: double.Parse(m.Groups["n"].Value.Replace('d', '.'), CultureInfo.InvariantCulture), Unit: m.Groups["unit"].Success ? Length(m.Groups["unit"].Value) : 0)).ToList();
        if (parts.Count == 0 || parts.All(p => p.Unit == 0) || parts.Count > 2)
        {
            return null;
        }

        // A number without its own unit takes the next one: "1 to 3 months" is 1 month to 3 months.
        var unitOf = parts.Select((p, i) => p.Unit != 0 ? p.Unit : parts.Skip(i).FirstOrDefault(q => q.Unit != 0).Unit).ToList();
        var low = parts[0].N * unitOf[0];
        if (parts.Count == 2)
        {
            return (low, parts[1].N * unitOf[1]);
        }

        if (Below().IsMatch(t))
        {
            return (double.MinValue, UpTo().IsMatch(t) ? low : low - 0.0001);
        }

        if (Above().IsMatch(t))
        {
            return (Strictly().IsMatch(t) ? low + 0.0001 : low, double.MaxValue);
        }

        return (low, low);
    }

    private static int Length(string unit) => unit[0] switch { 'd' => 1, 'w' => 7, 'm' => 30, _ => 365 };

    // A spelled-out amount as the digits Part() reads ("0d5" for a half: the text has no other 'd' between digits).
    private static string Word(string word) =>
        NumberWords.Value(word) is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace('.', 'd') : word;

    [GeneratedRegex(@"^(immediately|immediate|asap|as soon as possible|right away|straight away|straightaway|now|today|no notice|none)\b|\bimmediately available\b|\bavailable (now|immediately|right away|straight away)\b|^(i can start |can start )?(immediately|right away|straight away)$")]
    private static partial Regex Immediate();

    // Spelled-out amounts, only where a unit of time or "to"/"-" follows: "a month", "one to three months", "a couple of weeks".
    [GeneratedRegex(@"\b(half a|a couple of|couple of|a couple|a few|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?=(business |working |calendar )?(days?|weeks?|months?|years?)\b|(to|or|-)\s)")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?<n>\d+(d\d+)?)\s*\+?\s*((business |working |calendar )?(?<unit>days?|weeks?|wks?|months?|mos?|years?|yrs?)\b)?")]
    private static partial Regex Part();

    [GeneratedRegex(@"less than|under|fewer than|below|<|up to|within|no more than|at most")]
    private static partial Regex Below();

    [GeneratedRegex(@"up to|within|no more than|at most")]
    private static partial Regex UpTo();

    [GeneratedRegex(@"\+|or more|more than|over|above|at least|plus|or longer|beyond|after")]
    private static partial Regex Above();

    [GeneratedRegex(@"more than|over|above|beyond|after")]
    private static partial Regex Strictly();

    // "5 days a week", "2 days per month" are how often, not how long.
    [GeneratedRegex(@"\b(hours?|days?|times?|shifts?|weeks?)\s+(a|an|per|each|every)\s+(day|week|month|year)\b|\bper (day|week|month|year)\b")]
    private static partial Regex Rate();

    [GeneratedRegex(@"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2} \d{1,2} \d{4}\b|\b(19|20)\d\d\b")]
    private static partial Regex Date();
}
