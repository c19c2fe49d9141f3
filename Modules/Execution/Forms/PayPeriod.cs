using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// The period of a pay figure asked beside it ("Desired compensation" as an amount plus "Hourly / Annually"): the
/// applicant's salary expectation is a yearly figure, so the period is the yearly option. Null when the field is no
/// such choice or the applicant gave no salary.
/// </summary>
internal static partial class PayPeriod
{
    public static FieldAnswer? Plan(FormField field, ApplyInput input)
    {
        if (field.Kind is not ("select" or "radio" or "toggle" or "listbox") || input.User("salary_expectation") is null)
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
            // A list whose options show only once opened: the yearly option is chosen by its word.
            return field.Kind == "listbox" ? new FieldAnswer("Annually", "userData.salary_expectation", []) : null;
        }

        var yearly = periods.FirstOrDefault(o => Yearly().IsMatch(o.Text));
        return yearly is null ? null : new FieldAnswer(yearly.Text, "userData.salary_expectation", field.Kind == "listbox" ? [] : [yearly]);
    }

    [GeneratedRegex(@"\b(hour|hourly|day|daily|week|weekly|month|monthly|year|yearly|annual|annually|annum|per (hour|day|week|month|year))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Period();

    [GeneratedRegex(@"\b(year|yearly|annual|annually|annum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Yearly();

    [GeneratedRegex(@"\b(pay|salary|wage|rate|compensation) ?(frequency|period|basis|unit|interval|type)\b|\bpay(ment)? (frequency|period)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodWords();

    [GeneratedRegex(@"salary|compensation|\bpay\b|wage|remuneration|\brate\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pay();
}
