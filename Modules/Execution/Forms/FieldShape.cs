using System.Globalization;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Puts a text answer into the shape the field asks for in what it shows: its placeholder, <c>pattern</c> and
/// <c>title</c>, the browser's validation message, or the error the server wrote next to it (and, for a date, its help
/// text). Repairs are limited to what the text states: a date or phone format (a mask such as "(###) ###-####" too),
/// a maximum length, digits only. A message that says nothing about how ("This email is not accepted") changes
/// nothing, and the engine then stops instead of sending the same value again.
/// </summary>
internal static partial class FieldShape
{
    public static FieldAnswer Apply(FormField field, FieldAnswer answer)
    {
        if (field.Kind is not ("text" or "combobox") || answer.Source == "resumePath")
        {
            return answer;
        }

        var hints = new[] { field.Error, field.Native, field.Title, field.Placeholder };
        var value = answer.Value;
        // Help text is read for a date's format only: its other words are about what to enter ("US numbers only"),
        // not how to write it.
        value = AsDate(field, value, [.. hints, field.Description]) ?? value;
        value = AsInternationalPhone(field, value, hints) ?? value;
        if (Says(hints, NationalPhone()) && value.TrimStart().StartsWith('+') && PhoneLike().IsMatch($"{field.Label} {field.Hints}"))
        {
            value = PhoneFormat.National(value);
        }

        // The number in the shape the field shows or a refusal names ("(###) ###-####"), whichever way the answer was
        // found; what a refusal reshapes is what RefusedFormats keeps for the field. A country-flag widget's
        // placeholder is another country's example until the widget is switched, and is left to PhoneWidget.
        if (answer.Source == "userData.phone" && answer.DialCountry is null && field.Dialer.Length == 0 && PhoneMask.IsNumber(value))
        {
            value = PhoneFormat.ForField(value, field);
        }

        if (Says(hints, DigitsOnly()) && value.Any(char.IsAsciiDigit))
        {
            value = new string([.. value.Where(char.IsAsciiDigit)]);
        }

        var max = MaxLength(field, hints);
        if (max > 0 && value.Length > max)
        {
            var cut = value[..max];
            var space = cut.LastIndexOf(' ');
            value = (space > max / 2 ? cut[..space] : cut).TrimEnd();
        }

        return value == answer.Value ? answer : answer with { Value = value };
    }

    /// <summary>
    /// The date in the format a hint or the label names ("DD-MMM-YYYY", "MM/DD/YYYY", "D MMM YYYY") or shows by an
    /// example ("e.g. 31/12/2026"); see <see cref="DateFormat"/>. Null when none says or the value is no date.
    /// </summary>
    public static string? AsDate(FormField field, string value, IEnumerable<string?> hints) =>
        field.Type == "date" || !TryDate(value, out var date) ? null : DateFormat.Write(date, hints.Append(field.Label));

    public static bool TryDate(string value, out DateTime date) =>
        DateTime.TryParseExact(value.Trim(), ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-MM-ddTHH:mm:ss", "MM/dd/yyyy", "M/d/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>"+" and the digits when the field asks for E.164 or an international number in words only.</summary>
    private static string? AsInternationalPhone(FormField field, string value, IEnumerable<string?> hints) =>
        Says(hints, InternationalPhone()) && value.TrimStart().StartsWith('+') && PhoneLike().IsMatch($"{field.Label} {field.Hints}")
            ? "+" + new string([.. value.Where(char.IsAsciiDigit)])
            : null;

    private static int MaxLength(FormField field, IEnumerable<string?> hints)
    {
        foreach (var hint in hints.Where(h => !string.IsNullOrEmpty(h)))
        {
            var m = MaxChars().Match(hint!);
            if (m.Success)
            {
                return int.Parse(m.Groups["n"].Success ? m.Groups["n"].Value : m.Groups["m"].Value, CultureInfo.InvariantCulture);
            }
        }

        return field.MaxLength;
    }

    private static bool Says(IEnumerable<string?> hints, Regex pattern) => hints.Any(h => !string.IsNullOrEmpty(h) && pattern.IsMatch(h));

    [GeneratedRegex(@"e\.?164|international (format|number)|with (the )?country code", RegexOptions.IgnoreCase)]
    private static partial Regex InternationalPhone();

    [GeneratedRegex(@"without (the |a |your )?(country|calling|dial(l)?ing|international) (code|prefix)|(no|omit|leave out|drop) (the )?(country|calling) code|\bnational (format|number)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NationalPhone();

    [GeneratedRegex(@"phone|mobile|\bcell|\btel", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneLike();

    [GeneratedRegex(@"(digits|numbers|numerals) only|only (digits|numbers|numerals)|numeric( characters)? only", RegexOptions.IgnoreCase)]
    private static partial Regex DigitsOnly();

    [GeneratedRegex(@"(at most|maximum( of)?|max\.?|no more than|up to|not exceed|not be longer than)\s*(?<n>\d+)\s*(characters|chars|letters)|(?<m>\d+)\s*(characters|chars)\s*(or (fewer|less)|max|maximum|at most)", RegexOptions.IgnoreCase)]
    private static partial Regex MaxChars();
}
