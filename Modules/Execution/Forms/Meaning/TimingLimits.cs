using System.Globalization;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Yes/no questions that state a limit on when the applicant could join: a notice period beyond or within a length
/// ("Is your notice period longer than one month?", "Do you have less than 30 days' notice?") or a start by a date
/// ("Could you start on or before 1 March 2026?"). The applicant's notice period or start date is compared with it:
/// yes or no by the side it falls on (the limit's own words say whether its edge counts: "within two weeks" holds two
/// weeks, "before 1 March" does not hold 1 March); null (a person decides) when either side cannot be read.
/// </summary>
internal static partial class TimingLimits
{
    /// <summary>True when <paramref name="question"/> asks yes or no whether the notice period or start date meets a stated limit.</summary>
    public static bool Asks(string question) => Limit(question) is not null;

    /// <summary>The answer to a question <see cref="Asks"/> recognises, or null when the data does not settle it.</summary>
    public static FieldAnswer? Answer(string question, ApplyInput input)
    {
        switch (Limit(question))
        {
            case (double low, double high) when Notice(input) is { } notice:
                return new FieldAnswer(notice.Days >= low && notice.Days <= high ? "yes" : "no", notice.Source, [], question);
            case (DateOnly by, bool strictly) when StartDate(input) is { } start:
                return new FieldAnswer(start < by || (start == by && !strictly) ? "yes" : "no", "userData.start_date", [], question);
            default:
                return null;
        }
    }

    // A span of days for a notice question, a date (and whether it must come strictly before it) for a start-by
    // question, null for neither.
    private static object? Limit(string question)
    {
        var asked = Sentences.Asked(question);
        var text = TextNorm.Normalize(asked);
        if (!Sentences.AsksYesNo(text))
        {
            return null;
        }

        if (Topics.Of(asked) == "notice_period" && Bound().Match(asked) is { Success: true } bound && Spans.Days(bound.Value) is { } days)
        {
            return days;
        }

        // Only a question about the start date: "Will you require sponsorship to start work by ...?" asks about a visa,
        // "Are you available for an interview before ...?" about an interview.
        var topic = Topics.Of(asked);
        if (topic != "start_date" && !(topic is null && StartAsked().IsMatch(text)))
        {
            return null;
        }

        return StartBy().Match(asked) is { Success: true } m
            && DateTime.TryParse(m.Groups["date"].Value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (DateOnly.FromDateTime(date), m.Groups["by"].Value.Equals("before", StringComparison.OrdinalIgnoreCase))
            : null;
    }

    private static (double Days, string Source)? Notice(ApplyInput input)
    {
        var said = input.User("notice_period") is { } own ? (own, "userData.notice_period")
            : AnswerFinder.OnTopicAnswer("notice_period", input) is { } qa ? (qa.Value, qa.Source) : ((string, string)?)null;
        return said is { } s && Durations.Days(s.Item1) is { } days ? (days, s.Item2) : null;
    }

    private static DateOnly? StartDate(ApplyInput input) =>
        DateOnly.TryParse(input.User("start_date"), CultureInfo.InvariantCulture, out var date) ? date : null;

    // "more than one month", "longer than 4 weeks", "under 30 days", "within two weeks".
    [GeneratedRegex(@"\b(more|longer|greater|less|shorter|fewer) than [\w ]{1,15}?\b(days?|weeks?|months?)\b|\b(over|under|within|up to|at least|at most) [\w ]{1,15}?\b(days?|weeks?|months?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Bound();

    // "Could you start on or before ...?": the applicant's own start is what is asked.
    [GeneratedRegex(@"^(can|could|would|will) you (be able to )?(start|begin|join|commence)\b")]
    private static partial Regex StartAsked();

    // "start on or before 1 March 2026", "join by March 1, 2026", "begin no later than 2026-03-01".
    [GeneratedRegex(@"\b(start|begin|join|commence|available)\b.*?\b(?<by>on or before|by|no later than|before)\s+(?<date>(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})|([A-Z][a-z]+\s+\d{1,2},?\s+\d{4})|(\d{4}-\d{2}-\d{2}))", RegexOptions.IgnoreCase)]
    private static partial Regex StartBy();
}
