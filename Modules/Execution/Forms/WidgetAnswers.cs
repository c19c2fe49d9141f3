using System.Globalization;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Answers that depend on how a form splits one value over several controls rather than on the question: the
/// calling-code select beside a phone number (and the national number that goes with it), and a date asked as
/// separate day, month and year controls under one group question. Null when the field is none of these.
/// </summary>
internal static partial class WidgetAnswers
{
    // ITU-T E.164 country codes are prefix-free: 1 and 7 are the only one-digit codes, these are the two-digit ones,
    // every other code has three digits. That is enough to split "+44 20 7946 0958" without a table of countries.
    private static readonly HashSet<string> TwoDigitCodes =
    [
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49", "51", "52",
        "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92",
        "93", "94", "95", "98",
    ];

    // Where several countries share a code, the one that owns its numbering plan.
    private static readonly Dictionary<string, string> SharedCodeOwner = new()
    {
        ["1"] = "us", ["7"] = "russia", ["44"] = "united kingdom", ["61"] = "australia", ["39"] = "italy", ["47"] = "norway",
    };

    public static FieldAnswer? Plan(FormField field, PageInventory inventory, ApplyInput input, Func<FormField, FieldAnswer?> plan)
    {
        var phone = input.User("phone");
        if (phone is not null && field.Kind == "text" && PhoneWidget.Plan(field, phone, input.User("country")) is { } dialed)
        {
            return dialed;
        }

        var code = phone is not null ? CallingCode(phone) : null;
        if (code is not null && IsCallingCodeField(field))
        {
            return CallingCodeAnswer(field, code, input.User("country"));
        }

        if (CompoundFields.Plan(field, inventory, input, plan) is { } qualifier)
        {
            return qualifier;
        }

        if (code is not null && field.Kind == "text" && Phone().IsMatch($"{field.Label} {field.Hints}") && !PhoneKinds.IsExtension(field)
            && inventory.Fields.Any(f => f.Frame == field.Frame && f != field && IsCallingCodeField(f)))
        {
            var raw = phone!;
            var national = raw[(raw.IndexOf('+', StringComparison.Ordinal) + 1 + code.Length)..].TrimStart(' ', '-', '.', ')');
            return new FieldAnswer(PhoneFormat.ForField(national, field), "userData.phone", []);
        }

        if (PayPeriod.Plan(field, input) is { } period)
        {
            return period;
        }

        if (DatePart().Match(TextNorm.Normalize(field.Label)) is { Success: true } part && field.Group.Length > 0
            && plan(field with { Label = field.Group, Kind = "text", Type = "date", Options = [] }) is { } whole
            && FieldShape.TryDate(whole.Value, out var date))
        {
            return DatePartAnswer(field, part.Groups["part"].Value, date, whole);
        }

        return null;
    }

    /// <summary>
    /// The question a person is asked about <paramref name="field"/>: for a part of a split date ("Month" under
    /// "Available from") the group's question, which the answer is keyed by and which alone says what is asked.
    /// </summary>
    public static string Question(FormField field) =>
        field.Group.Length > 0 && DatePart().IsMatch(TextNorm.Normalize(field.Label)) ? field.Group : field.Label;

    /// <summary>The country calling code of a number written with a leading "+", as digits; null without one.</summary>
    public static string? CallingCode(string phone)
    {
        var trimmed = phone.TrimStart();
        if (!trimmed.StartsWith('+'))
        {
            return null;
        }

        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        return digits.Length < 4 ? null
            : digits[0] is '1' or '7' ? digits[..1]
            : TwoDigitCodes.Contains(digits[..2]) ? digits[..2]
            : digits[..3];
    }

    public static bool IsCallingCodeField(FormField field)
    {
        if (field.Kind is not ("select" or "listbox" or "combobox" or "text"))
        {
            return false;
        }

        if (CallingCodeWords().IsMatch($"{field.Label} {field.Hints}"))
        {
            return true;
        }

        var real = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).ToList();
        return field.Kind is "select" or "listbox" or "combobox" && real.Count >= 2 && real.Count(o => CodeIn(o) is not null) * 10 >= real.Count * 6;
    }

    private static FieldAnswer? CallingCodeAnswer(FormField field, string code, string? country)
    {
        // A custom list or combobox whose options were read (opened once) chooses like a select: "+1" alone would
        // take the first country that shares the code.
        if (field.Kind is "text" || (field.Kind is "listbox" or "combobox" && field.Options.Count == 0))
        {
            return new FieldAnswer("+" + code, "userData.phone", []);
        }

        var matching = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o) && CodeIn(o) == code).ToList();
        var owner = SharedCodeOwner.GetValueOrDefault(code);
        var choice = (country is not null ? OptionMatcher.Best(country, matching) : null)
            ?? matching.FirstOrDefault(o => owner is not null && Regex.IsMatch(TextNorm.Normalize(o.Text), $@"(^|\s){owner}(\s|$)"))
            ?? matching.FirstOrDefault();
        return choice is null ? null : new FieldAnswer(choice.Text, "userData.phone", field.Kind is "select" ? [choice] : []);
    }

    private static string? CodeIn(FieldOption option) =>
        CodeText().Match($"{option.Text} {option.Value}") is { Success: true } m ? m.Groups["code"].Value : null;

    private static FieldAnswer? DatePartAnswer(FormField field, string part, DateTime date, FieldAnswer whole)
    {
        var c = CultureInfo.InvariantCulture;
        string[] candidates = part switch
        {
            "month" or "mm" => [date.ToString("MM", c), date.Month.ToString(c), date.ToString("MMMM", c), date.ToString("MMM", c)],
            "day" or "dd" => [date.ToString("dd", c), date.Day.ToString(c)],
            _ => [date.ToString("yyyy", c), date.ToString("yy", c)],
        };
        if (field.Kind is "text" or "combobox")
        {
            var wantsShortYear = part == "yy" || field.Placeholder?.Trim().Equals("YY", StringComparison.OrdinalIgnoreCase) == true;
            return whole with { Value = wantsShortYear ? candidates[^1] : candidates[0], Choices = [] };
        }

        if (field.Kind == "listbox")
        {
            return whole with { Value = candidates[2 % candidates.Length], Choices = [] };
        }

        var option = field.Options.FirstOrDefault(o => !OptionMatcher.IsPlaceholder(o)
            && candidates.Any(k => string.Equals(o.Value.Trim(), k, StringComparison.OrdinalIgnoreCase) || string.Equals(o.Text.Trim(), k, StringComparison.OrdinalIgnoreCase)));
        return option is null ? null : whole with { Value = option.Text, Choices = [option] };
    }

    [GeneratedRegex(@"country ?code|dial(l)?ing ?code|calling ?code|phone ?(country|prefix|code)", RegexOptions.IgnoreCase)]
    private static partial Regex CallingCodeWords();

    [GeneratedRegex(@"phone|mobile|\bcell|\btel\b", RegexOptions.IgnoreCase)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\+\s?(?<code>\d{1,3})(?!\d)")]
    private static partial Regex CodeText();

    [GeneratedRegex(@"^(\w+ )?(?<part>month|year|day|mm|yyyy|yy|dd)$")]
    private static partial Regex DatePart();
}
