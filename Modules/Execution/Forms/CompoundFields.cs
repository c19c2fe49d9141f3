using System.Text.RegularExpressions;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A choice that qualifies the field before it: "Desired pay" [text] then "Per" [Hour / Year], "Expected salary"
/// then "Currency", "Notice" then "Unit". Its own label is a fragment, so the question it asks is the amount's label
/// and its own together ("Desired pay per"). A pay period beside the salary is the period of
/// <c>salary_expectation</c>, which the profile gives per year (docs/execution.md); anything else is answered as the
/// joined question.
/// </summary>
internal static partial class CompoundFields
{
    /// <summary>A salary at or above this is a yearly figure; below <see cref="MaxHourly"/> an hourly one; between, unknown.</summary>
    public const double MinYearly = 20_000;

    public const double MaxHourly = 200;

    public static FieldAnswer? Plan(FormField field, PageInventory inventory, ApplyInput input, Func<FormField, FieldAnswer?> plan)
    {
        if (Amount(field, inventory) is not { } amount)
        {
            return null;
        }

        var question = Question(field, amount);
        var joined = field with { Label = question };
        if (Topics.Of(question) == "salary_expectation" && Period(field, input) is { } period)
        {
            return period;
        }

        return plan(joined);
    }

    /// <summary>"Desired Pay Per" for the "Per" beside "Desired Pay"; the field's own label when it is not such a part.</summary>
    public static string Question(FormField field, FormField amount) => $"{amount.Label} {field.Label}".Trim();

    /// <summary>The text field that <paramref name="field"/> qualifies, or null when it stands on its own.</summary>
    public static FormField? Amount(FormField field, PageInventory inventory)
    {
        if (field.Kind is not ("select" or "radio" or "listbox" or "combobox") || !Fragment().IsMatch(TextNorm.Normalize(field.Label)))
        {
            return null;
        }

        var fields = inventory.Fields;
        var index = fields.ToList().IndexOf(field);
        var before = index > 0 ? fields[index - 1] : null;
        return before is { Kind: "text" } && before.Frame == field.Frame && TextNorm.Normalize(before.Label).Length > 0 ? before : null;
    }

    /// <summary>The option for the period the profile's salary is given in, or null when no option names it.</summary>
    private static FieldAnswer? Period(FormField field, ApplyInput input)
    {
        var salary = input.Number("salary_expectation");
        var pattern = salary >= MinYearly ? Yearly() : salary < MaxHourly ? Hourly() : null;
        var option = pattern is null ? null
            : field.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).FirstOrDefault(o => pattern.IsMatch(TextNorm.Normalize($"{o.Text} {o.Value}")));
        return option is null ? null : new FieldAnswer(option.Text, "userData.salary_expectation", field.Kind == "listbox" ? [] : [option]);
    }

    // Labels that only qualify a neighbour: a unit, a period, a currency, or nothing at all.
    [GeneratedRegex(@"^((pay |salary |time |rate )?(per|frequency|period|unit|interval|basis|currency|type)( type| unit| period)?)?$")]
    private static partial Regex Fragment();

    [GeneratedRegex(@"\b(year|years|yearly|annual|annually|annum|yr|pa)\b")]
    private static partial Regex Yearly();

    [GeneratedRegex(@"\b(hour|hours|hourly|hr)\b")]
    private static partial Regex Hourly();
}
