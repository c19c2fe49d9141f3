using System.Globalization;
using System.Text.RegularExpressions;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>
/// "How soon could you start?" asked in spans of time ("Immediately", "Within 1-2 weeks", "1-3 months", "More than 3
/// months"). The applicant can start once both the notice period has been served and the start date has come: the
/// span holding the later of the two, counted from today, is the answer. A start date already past leaves the notice
/// period alone; with neither known, or options that are no such spans, nothing is chosen here.
/// </summary>
internal static partial class StartTiming
{
    /// <summary>The clock that "Within 2 weeks" is counted from.</summary>
    private static readonly TimeProvider Clock = TimeProvider.System;

    /// <summary>
    /// The span the applicant's start falls in, or null. <paramref name="given"/> is the answer found for the question
    /// so far: a screening answer other than a date (an answer written for this very question) is kept.
    /// </summary>
    public static FieldAnswer? Answer(FormField field, FieldAnswer? given, ApplyInput input)
    {
        if (field.Kind is not ("select" or "radio" or "toggle" or "listbox" or "combobox") || Topics.Of(field.Label) != "start_date"
            || (given is not null && !IsDate(given.Value)))
        {
            return null;
        }

        if (field.Kind is "listbox" or "combobox" && field.Options.Count == 0)
        {
            // The spans show only once the list is opened: the date goes along with the days, for the list to decide.
            return given is not null && DaysToStart(input) is { } until ? given with { DaysToStart = until.Days } : null;
        }

        return DaysToStart(input) is { } days && Pick(days.Days, field.Options) is { } option
            ? new FieldAnswer(option.Text, days.Source, field.Kind is "listbox" or "combobox" ? [] : [option], field.Label)
            : null;
    }

    /// <summary>The option holding <paramref name="days"/> when the options are spans of time; null when they are not.</summary>
    public static FieldOption? Pick(int days, IReadOnlyList<FieldOption> options)
    {
        var real = options.Where(o => !OptionMatcher.IsPlaceholder(o)).ToList();
        var spans = real.Where(o => Spans.Days(o.Text) is not null).ToList();
        return spans.Count < 2 || spans.Count * 2 < real.Count ? null : Span(days, spans);
    }

    /// <summary>Days from today until the applicant could start, and which entries said so; null when neither is known.</summary>
    public static (int Days, string Source)? DaysToStart(ApplyInput input)
    {
        var notice = input.User("notice_period") ?? input.QaOverrides.Where(p => Topics.Of(p.Key) == "notice_period" || p.Key == "notice_period").Select(p => p.Value).FirstOrDefault();
        var noticeDays = notice is not null && Durations.Days(notice) is { } d ? (int?)Math.Ceiling(d) : null;
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        var untilDate = input.Date("start_date") is { } start ? (int?)Math.Max(0, start.DayNumber - today.DayNumber) : null;
        return (noticeDays, untilDate) switch
        {
            (null, null) => null,
            ({ } n, null) => (n, "userData.notice_period"),
            (null, { } u) => (u, "userData.start_date"),
            ({ } n, { } u) => (Math.Max(n, u), n >= u ? "userData.notice_period" : "userData.start_date"),
        };
    }

    /// <summary>
    /// The span holding <paramref name="days"/>: "Immediately" for none, else the narrowest closed span holding it, else a
    /// single length meaning the same within a tenth (months count 30 days and years 365, so "4 weeks" is "1 month" and
    /// "12 months" is "1 year", not "More than 12 months"), else an open span holding it ("More than 2 months"), else
    /// the soonest ending after it (a promise the applicant keeps), else the open one starting soonest after it
    /// ("1 month+" for 3 weeks).
    /// </summary>
    private static FieldOption? Span(int days, IReadOnlyList<FieldOption> options)
    {
        if (days == 0 && options.FirstOrDefault(o => Spans.Days(o.Text) is (0, 0)) is { } now)
        {
            return now;
        }

        var spans = options.Select(o => (Option: o, Range: Spans.Days(o.Text)))
            .Where(p => p.Range is not null)
            .Select(p => (p.Option, Low: Math.Max(0, p.Range!.Value.Low), p.Range.Value.High))
            .ToList();
        return spans.Where(s => s.Low <= days && days <= s.High && s.High < double.MaxValue).OrderBy(s => s.High - s.Low).Select(s => s.Option).FirstOrDefault()
            ?? spans.Where(s => days > 0 && s.Low == s.High && Math.Abs(s.High - days) <= days * SameLength).OrderBy(s => Math.Abs(s.High - days)).Select(s => s.Option).FirstOrDefault()
            ?? spans.Where(s => s.Low <= days && s.High == double.MaxValue).OrderByDescending(s => s.Low).Select(s => s.Option).FirstOrDefault()
            ?? spans.Where(s => s.High >= days && s.High < double.MaxValue).OrderBy(s => s.High).Select(s => s.Option).FirstOrDefault()
            ?? spans.Where(s => s.High == double.MaxValue && s.Low >= days).OrderBy(s => s.Low).Select(s => s.Option).FirstOrDefault();
    }

    // How far apart two lengths may be and still mean the same: "13 weeks" (91 days) is "3 months" (90).
    private const double SameLength = 0.1;

    private static bool IsDate(string value) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
