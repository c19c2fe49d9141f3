namespace GhostHands.Execution.Forms;

/// <summary>
/// Rewrites a phone number into the shape a field asks for in its placeholder, pattern or error message
/// ("Phone must be in the format (555) 555-5555"). Without such a hint the number is used as the applicant gave it.
/// </summary>
internal static class PhoneFormat
{
    /// <summary>
    /// The number in the first template found in <paramref name="hints"/> that its digits fit (see
    /// <see cref="PhoneTemplate"/>), or <paramref name="phone"/> unchanged.
    /// </summary>
    public static string Reformat(string phone, params string?[] hints) =>
        Written(phone, hints.SelectMany(h => PhoneTemplate.In(h))) ?? phone;

    /// <summary>
    /// The number in the shape the field shows before anything is sent or names when refusing it: its error, the
    /// browser's message, <c>title</c>, <c>pattern</c> and placeholder, then a mask in its help text.
    /// </summary>
    public static string ForField(string phone, FormField field) =>
        Written(phone, new[] { field.Error, field.Native, field.Title, PhoneTemplate.FromPattern(field.Pattern), field.Placeholder }
            .SelectMany(h => PhoneTemplate.In(h))
            .Concat(PhoneTemplate.In(field.Description, masksOnly: true))) ?? phone;

    /// <summary>
    /// The number without its calling code, for a form that asks for the code in a select of its own:
    /// "+1 (415) 555-0142" is "(415) 555-0142", "+44 20 7946 0958" is "20 7946 0958". A number without "+" is unchanged.
    /// </summary>
    public static string National(string phone)
    {
        var trimmed = phone.Trim();
        if (Meaning.Countries.DialCode(trimmed) is not { } dial)
        {
            return trimmed;
        }

        var seen = 0;
        var i = 1;
        while (i < trimmed.Length && seen < dial.Length)
        {
            seen += char.IsAsciiDigit(trimmed[i]) ? 1 : 0;
            i++;
        }

        return trimmed[i..].TrimStart(' ', '-', '.', ')').Trim();
    }

    private static string? Written(string phone, IEnumerable<string> templates)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return templates.Select(t => PhoneTemplate.Fill(digits, t)).FirstOrDefault(w => w is not null);
    }
}
