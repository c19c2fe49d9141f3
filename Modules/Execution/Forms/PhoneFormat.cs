using System.Text;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Rewrites a phone number into the shape a field asks for in its placeholder, pattern or error message
/// ("Phone must be in the format (555) 555-5555"). Without such a hint the number is used as the applicant gave it.
/// </summary>
internal static partial class PhoneFormat
{
    /// <summary>The number in the first template found in <paramref name="hints"/>, or <paramref name="phone"/> unchanged.</summary>
    public static string Reformat(string phone, params string?[] hints)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        foreach (var hint in hints)
        {
            if (string.IsNullOrWhiteSpace(hint))
            {
                continue;
            }

            var template = Template().Match(hint);
            if (template.Success)
            {
                return Apply(digits, template.Value.Trim()) ?? phone;
            }
        }

        return phone;
    }

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

    private static string? Apply(string digits, string template)
    {
        var slots = template.Count(char.IsAsciiDigit);
        var source = digits;
        if (source.Length > slots && source.StartsWith('1') && source.Length == slots + 1)
        {
            source = source[1..];
        }
        else if (source.Length < slots && slots - source.Length == 1 && template.TrimStart('+').StartsWith('1'))
        {
            source = "1" + source;
        }

        if (source.Length != slots)
        {
            return null;
        }

        var builder = new StringBuilder(template.Length);
        var next = 0;
        foreach (var c in template)
        {
            builder.Append(char.IsAsciiDigit(c) ? source[next++] : c);
        }

        return builder.ToString();
    }

    // A run of at least 10 digits mixed with the usual separators, e.g. "(555) 555-5555", "555-555-5555", "+1 555 555 5555".
    [GeneratedRegex(@"\+?\(?\d[\d\s().\-]{8,}\d")]
    private static partial Regex Template();
}
