using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// A choice among shifts or hours, often asked in the words of a schedule ("What shift pattern would suit you?"
/// over "Day shift", "Night shift"; "Full-time", "Part-time"). No profile key holds shifts: only a screening answer on
/// the hours or the kind of employment ("Full-time") answers it; otherwise a person decides. The work arrangement
/// ("hybrid") never does: it says where, not when.
/// </summary>
internal static partial class WorkHours
{
    /// <summary>True when an option or question names a shift or an amount of hours rather than a place.</summary>
    public static bool IsShift(string text) => Shift().IsMatch(TextNorm.Normalize(text));

    /// <summary>True when the field is a choice whose options are shifts or hours.</summary>
    public static bool Claims(FormField field)
    {
        var real = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).ToList();
        return field.Kind is "select" or "radio" or "toggle" or "combobox" or "checkboxgroup" or "multiselect"
            && real.Count(o => IsShift(o.Text) && ArrangementChoices.Of(o.Text) is null) >= 2 && !Topics.IsLegal(Topics.Of(field.Label))
            && Asked().IsMatch(TextNorm.Normalize(field.Label));
    }

    /// <summary>The option a screening answer on hours names, or null (a person decides).</summary>
    public static FieldAnswer? Answer(FormField field, ApplyInput input)
    {
        var label = TextNorm.Normalize(field.Label);
        var entries = input.QaOverrides.Where(p => TextNorm.Normalize(p.Key) == label).Concat(
            input.QaOverrides.Where(p => Entry().IsMatch(TextNorm.Normalize(p.Key.Replace('_', ' ')))));
        foreach (var (key, value) in entries)
        {
            if (AnswerPlanner.Fit(field, new FieldAnswer(value, $"qaOverrides[{key}]", [], key)) is { Choices.Count: > 0 } fit)
            {
                return fit;
            }
        }

        return null;
    }

    // "Day shift", "Nights", "Weekends only", "Full-time", "Part-time (20 hrs)", "40 hours", "7am–3pm", "Per diem".
    [GeneratedRegex(@"\bshifts?\b|\b(day|night|evening|swing|graveyard|overnight|weekend|weekday|morning|afternoon)s?\b( only)?|\bfull[ -]?time\b|\bpart[ -]?time\b|\bhours?\b|\bhrs\b|\b\d{1,2} ?(am|pm)\b|\bper diem\b|\bprn\b|\bseasonal\b|\btemporary\b|\bcontract\b|\brotating\b")]
    private static partial Regex Shift();

    // The question speaks of when or how much: a schedule, shift, hours, availability or kind of employment.
    [GeneratedRegex(@"\bschedule|\bshifts?\b|\bhours?\b|availab|full[ -]?time|part[ -]?time|employment type|type of (employment|position|role|job)|working pattern|work pattern|interested in|prefer|looking for")]
    private static partial Regex Asked();

    // A screening entry about hours or the kind of employment wanted.
    [GeneratedRegex(@"full[ -]?time|part[ -]?time|employment type|type of employment|\bshifts?\b|\bhours\b|schedule|job type")]
    private static partial Regex Entry();
}
