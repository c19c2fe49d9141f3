using System.Globalization;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A date answer (the profile's ISO <c>start_date</c>) against options that are dates: the same day in another
/// format ("01/15/2027", "15 January 2027"), the same month ("January 2027", "01/2027"), or how far off it is
/// ("Immediately", "Within 2 weeks", "1-3 months"), counted from today.
/// </summary>
internal static partial class OptionMatcher
{
    private static readonly string[] DayFormats =
        ["yyyy-MM-dd", "MM/dd/yyyy", "M/d/yyyy", "dd.MM.yyyy", "d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy", "MMMM d, yyyy", "MMM d, yyyy"];

    /// <summary>The clock that "Within 2 weeks" is counted from.</summary>
    private static readonly TimeProvider Clock = TimeProvider.System;

    private static DateOnly? AsDate(string raw) =>
        DateOnly.TryParseExact(raw.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static int DateScore(DateOnly date, string option)
    {
        var text = option.Trim();
        if (DateOnly.TryParseExact(text, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            return day == date ? 97 : 0;
        }

        if (MonthOf(text) is { } month)
        {
            return month == (date.Year, date.Month) ? 94 : 0;
        }

        var days = DaysUntil(date);
        var t = TextNorm.Normalize(text);
        if (Immediately().IsMatch(t))
        {
            return days == 0 ? 87 : 0;
        }

        return Spans.Days(text) is { } span && days >= span.Low && days <= span.High ? 85 : 0;
    }

    /// <summary>
    /// The start-date bucket for a date no option holds exactly: the bucket ending soonest after it ("1 month" for a
    /// start 20 days away, among "Immediately", "2 weeks", "1 month", "3 months"), a promise the applicant can keep.
    /// Null when the options are no such buckets or all end before it.
    /// </summary>
    private static FieldOption? LaterBucket(DateOnly date, IReadOnlyList<FieldOption> options)
    {
        var days = DaysUntil(date);
        return options.Select(o => (Option: o, Range: Spans.Days(o.Text)))
            .Where(p => p.Range is { } r && r.High < double.MaxValue && r.High >= days)
            .OrderBy(p => p.Range!.Value.High)
            .Select(p => p.Option)
            .FirstOrDefault();
    }

    /// <summary>
    /// A length of time no option names ("2 weeks" of notice) among options that are lengths too ("15 days", "30 days",
    /// "60 days"): the bucket ending soonest after it, as for a date. Null when the answer is no single length or the
    /// options are no such buckets.
    /// </summary>
    private static FieldOption? DurationBucket(string answer, IReadOnlyList<FieldOption> options) =>
        Spans.Days(answer) is { } span && span.Low == span.High && span.Low >= 0 && span.High < double.MaxValue
            ? StartTiming.Pick((int)Math.Ceiling(span.Low), options)
            : null;

    // A start date already past means the applicant can start now.
    private static int DaysUntil(DateOnly date) => Math.Max(0, date.DayNumber - DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).DayNumber);

    /// <summary>"January 2027", "Jan 2027", "01/2027", "2027-01" as (year, month); null for anything else.</summary>
    private static (int Year, int Month)? MonthOf(string text)
    {
        var m = MonthYear().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var name = m.Groups["name"].Value;
        var month = name.Length > 0
            ? Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, n => n.Length > 0 && n.StartsWith(name.Length >= 3 ? name : "?", StringComparison.OrdinalIgnoreCase)) + 1
            : int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 ? (year, month) : null;
    }

    [GeneratedRegex(@"^(?:(?<name>[A-Za-z]{3,9})\.?,? (?<y>\d{4})|(?<m>\d{1,2})[/.-](?<y>\d{4})|(?<y>\d{4})-(?<m>\d{1,2}))$")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(immediately|asap|as soon as possible|right away|now|today)\b|\bimmediate(ly)?\b")]
    private static partial Regex Immediately();
}
