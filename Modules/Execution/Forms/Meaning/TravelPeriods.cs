using System.Globalization;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Travel stated as time away in each period rather than as a percentage: "one week a month", "a few days per
/// quarter", "2-3 nights each month", "one week in four", "a week every other month". Turned into a share of working
/// time so it can be compared with the most the applicant will travel: a week is 5 working days, a month 260 / 12, a
/// quarter 65, a year 260 ("one week a month" is 23%, "two days a week" 40%). A range or a vague count ("a few" is 3)
/// counts at its top. The length of a stay and how often it happens may also be told apart ("two weeks, twice a
/// year", "twice a year for about two weeks", "three trips a year of a week each", "quarterly, up to ten days"): the
/// stays in a period times their length ("two weeks twice a year" is 8%).
/// </summary>
internal static partial class TravelPeriods
{
    private const double WeekDays = 5;
    private const double YearDays = 260;

    /// <summary>
    /// The largest share of working time, in percent, that the <see cref="TextNorm.Normalize"/>d
    /// <paramref name="words"/> state as time in a period, or null when they state none.
    /// </summary>
    public static double? Share(string words)
    {
        // Time off or on call is never time away: "two weeks of paid leave", "on call one week a month" are left out,
        // the rest of the words still count ("travel one week a month, none during the holidays").
        words = TimeOff().Replace(words, " off ");
        double? most = null;
        foreach (Match m in Period().Matches(words))
        {
            var count = Count(m.Groups["m"].Success ? m.Groups["m"].Value : m.Groups["n"].Value);
            var length = Days(m.Groups["unit"].Value);
            // "every other month" is one month in two, "every three months" one in three.
            var periods = !m.Groups["every"].Success ? 1 : m.Groups["every"].Value == "other" ? 2 : Count(m.Groups["every"].Value);
            var per = m.Groups["period"].Success
                ? periods * Days(m.Groups["period"].Value)
                : Count(m.Groups["k"].Value) * Days(m.Groups["kunit"].Success ? m.Groups["kunit"].Value : m.Groups["unit"].Value);
            if (count is not { } n || length is not { } unit || per is not > 0)
            {
                continue;
            }

            var share = Math.Min(100, n * unit / per.Value * 100);
            most = Math.Max(most ?? 0, share);
        }

        foreach (Match m in Apart().Matches(words))
        {
            var times = m.Groups["fq"].Success ? 1 : m.Groups["f"].Value switch { "once" => 1d, "twice" => 2d, "thrice" => 3d, var f => Count(f) };
            var count = Count(m.Groups["m"].Success ? m.Groups["m"].Value : m.Groups["n"].Value);
            var length = Days(m.Groups["unit"].Value);
            var per = Days(m.Groups["fq"].Success ? m.Groups["fq"].Value[..^2].Replace("annual", "year", StringComparison.Ordinal) : m.Groups["fp"].Value);
            if (times is { } t && count is { } n && length is { } unit && per is > 0)
            {
                most = Math.Max(most ?? 0, Math.Min(100, t * n * unit / per.Value * 100));
            }
        }

        return most;
    }

    private static double? Count(string word) =>
        double.TryParse(word, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : NumberWords.Value(word);

    // Working days in a unit of time; a night away counts as a day.
    private static double? Days(string unit) => unit.TrimEnd('s') switch
    {
        "day" or "night" or "working day" or "business day" => 1,
        "week" => WeekDays,
        "month" => YearDays / 12,
        "quarter" => YearDays / 4,
        "year" => YearDays,
        _ => null,
    };

    private const string Number = @"\d{1,2}|a couple of|a couple|couple of|a few|few|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half a";

    // "one week a month", "2-3 days per quarter", "two nights each week", "a week out of every month", "two weeks every
    // three months", "one week in four" (a count or a length after "in": "two days in a row" is no share).
    [GeneratedRegex(@"\b(?<n>" + Number + @")( ?(-|to|or) ?(?<m>" + Number + @"))? (?<unit>(working |business )?days?|nights?|weeks?|months?)( away| on the road| of travel\w*| travel\w*)? (a|an|per|each|every|(in|out of) (a|an|each|every)|every (?<every>other|\d{1,2}|two|three|four|six|twelve))( single)? (?<period>weeks?|months?|quarters?|years?)\b"
        + @"|\b(?<n>" + Number + @")( ?(-|to|or) ?(?<m>" + Number + @"))? (?<unit>(working |business )?days?|weeks?) (in|out of) (every )?((?<k>" + Number + @") (?<kunit>days|weeks)|(?<k>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\b")]
    private static partial Regex Period();

    // How often: "twice a year", "three times per quarter", "four trips a year", "quarterly".
    private const string Often = @"((?<f>once|twice|thrice)|(?<f>" + Number + @") (times|trips?|visits?|stays?))( (a|an|per|each|every|in a|in an) (?<fp>week|month|quarter|year)\b)|(?<fq>monthly|quarterly|yearly|annually)";

    // How long each time: "two weeks", "a few days", "5-10 working days".
    private const string Stay = @"(?<n>" + Number + @")( ?(-|to|or) ?(?<m>" + Number + @"))? (?<unit>(working |business )?days?|nights?|weeks?)\b";

    // The stay before how often ("two weeks twice a year", "a week at a time four times a year") or after it, a few
    // words on ("twice a year for about two weeks", "three trips a year of a week each", "twice a year the group spends
    // two weeks"); never a span in a period, which Period reads. A length of notice or of a deadline is no stay
    // ("monthly with at least two weeks notice", "quarterly, with expenses reimbursed within 30 days", "a week in
    // advance"), and a stay told "with" something else after how often is not paired with it.
    [GeneratedRegex(@"\b" + Stay + @"( each| apiece| at a time| away| abroad| on the road)? (" + Often + @")"
        + @"|\b(" + Often + @") ((?!(with|within|after|before|notice|by|until|ahead)\b)\w+ ){0,6}?" + Stay
        + @"(?! (a|an|per|each|every|(in|out of) (a|an|each|every)) (week|month|quarter|year)s?\b)(?! (of )?(notice|in advance|advance|ahead|beforehand|prior|before|later|after)\b)")]
    private static partial Regex Apart();

    // Time off or on call with its length: "two weeks of paid leave", "two weeks vacation", "ten days off", "on call
    // one week a month", "on leave for two weeks". "Leave" only as time off, never as going ("leave home two weeks a
    // month"); a holiday season or "no travel during holidays" names no time off of a length.
    [GeneratedRegex(@"\b" + Stay + @"( of)? ((paid|unpaid|annual|parental|maternity|paternity|sick|family|medical|study|garden|compassionate) )?(leave|vacations?|holidays?|time off|off|pto|sabbaticals?)\b"
        + @"|\bon (call|standby|duty|leave)( for)? " + Stay + @"( (a|an|per|each|every|in a|in an) (week|month|quarter|year))?"
        + @"|\b(leave|vacation|holiday|sabbatical|leave of absence) of " + Stay)]
    private static partial Regex TimeOff();
}
