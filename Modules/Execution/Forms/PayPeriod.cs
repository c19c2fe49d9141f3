using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// The period of a pay figure asked beside it ("Desired compensation" as an amount plus "Hourly / Annually", or a
/// "Per" select after the amount, asked as the joined question by <see cref="CompoundFields"/>): the applicant's
/// salary expectation is a yearly figure (docs/execution.md), so the period is the yearly option; a figure under
/// <see cref="MaxHourly"/> is taken as hourly. Null when the field is no such choice, the applicant gave no salary, or
/// its size says neither.
/// </summary>
internal static partial class PayPeriod
{
    /// <summary>A salary at or above this is a yearly figure; below <see cref="MaxHourly"/> an hourly one; between, unknown.</summary>
    public const double MinYearly = 20_000;

    public const double MaxHourly = 200;

    public static FieldAnswer? Plan(FormField field, ApplyInput input)
    {
        if (field.Kind is not ("select" or "radio" or "toggle" or "listbox" or "combobox") || input.User("salary_expectation") is null)
        {
            return null;
        }

        // A salary given as text ("150k") is read as yearly, as before any number could be read from it.
        var salary = input.Number("salary_expectation") ?? MinYearly;
        var hourly = salary < MaxHourly;
        if (!hourly && salary < MinYearly)
        {
            return null;
        }

        var real = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).ToList();
        var periods = real.Where(o => Period().IsMatch(o.Text)).ToList();
        var asked = PeriodWords().IsMatch($"{field.Label} {field.Hints}") || (periods.Count >= 2 && Pay().IsMatch($"{field.Group} {field.Label}"));
        if (!asked || (real.Count > 0 && periods.Count < 2))
        {
            return null;
        }

        if (real.Count == 0)
        {
            // A list whose options show only once opened: the option is chosen by its word.
            return field.Kind == "listbox" ? new FieldAnswer(hourly ? "Hourly" : "Annually", "userData.salary_expectation", []) : null;
        }

        var period = periods.FirstOrDefault(o => (hourly ? Hourly() : Yearly()).IsMatch($"{o.Text} {o.Value}"));
        return period is null ? null : new FieldAnswer(period.Text, "userData.salary_expectation", field.Kind == "listbox" ? [] : [period]);
    }

    [GeneratedRegex(@"\b(hour|hourly|day|daily|week|weekly|month|monthly|year|yearly|annual|annually|annum|per (hour|day|week|month|year))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Period();

    [GeneratedRegex(@"\b(year|yearly|annual|annually|annum|yr)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Yearly();

    [GeneratedRegex(@"\b(hour|hourly|hr)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hourly();

    [GeneratedRegex(@"\b(pay|salary|wage|rate|compensation) ?(frequency|period|basis|unit|interval|type)\b|\bpay(ment)? (frequency|period)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodWords();

    [GeneratedRegex(@"salary|compensation|\bpay\b|wage|remuneration|\brate\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pay();
}
