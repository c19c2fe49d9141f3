using System.Text.RegularExpressions;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A choice that qualifies the field before it: "Desired pay" [text] then "Per" [Hour / Year], "Expected salary"
/// then "Currency", "Notice" then "Unit". Its own label is a fragment, so the question it asks is the amount's label
/// and its own together ("Desired pay per"). A pay period beside the salary is answered by <see cref="PayPeriod"/>;
/// anything else as the joined question.
/// </summary>
internal static partial class CompoundFields
{
    public static FieldAnswer? Plan(FormField field, PageInventory inventory, ApplyInput input, Func<FormField, FieldAnswer?> plan)
    {
        if (Amount(field, inventory) is not { } amount)
        {
            return null;
        }

        var question = Question(field, amount);
        var joined = field with { Label = question };
        if (Topics.Of(question) == "salary_expectation" && PayPeriod.Plan(joined, input) is { } period)
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

    // Labels that only qualify a neighbour: a unit, a period, a currency, or nothing at all.
    [GeneratedRegex(@"^((pay |salary |time |rate )?(per|frequency|period|unit|interval|basis|currency|type)( type| unit| period)?)?$")]
    private static partial Regex Fragment();
}
