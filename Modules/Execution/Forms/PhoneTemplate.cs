using System.Text;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// The written shape of a phone number a text shows, as a template whose digit slots are '#': a mask of slot signs
/// ("(###) ###-####", "XXX.XXX.XXXX", "999 999 9999", "(___) ___-____") or an example number ("(555) 555-5555"),
/// with a calling code written in front kept as it is ("+1 ### ### ####") and an extension after it dropped
/// ("###-###-#### ext. ####": the applicant has none). In a mask of '#', 'X' or '_' the digits are written as they
/// are ("1-###-###-####"); in a mask of digits alone ("999-999-9999") every digit is a slot.
/// </summary>
internal static partial class PhoneTemplate
{
    private const int MinSlots = 7;
    private const int MaxSlots = 15;

    /// <summary>
    /// The templates in <paramref name="text"/>, in order. With <paramref name="masksOnly"/> a run of digits counts only
    /// when it is a mask of one repeated digit ("999-999-9999"), not a number (help text may give a number to call).
    /// </summary>
    public static IEnumerable<string> In(string? text, bool masksOnly = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        foreach (Match m in Candidate().Matches(text))
        {
            var body = Extension().Replace(m.Groups["body"].Value, "");
            var signs = body.Any(c => c is '#' or 'X' or 'x' or '_');
            var slots = body.Count(c => IsSlot(c, signs));
            if (slots is < MinSlots or > MaxSlots || (masksOnly && !signs && body.Where(char.IsAsciiDigit).Distinct().Count() > 1))
            {
                continue;
            }

            yield return m.Groups["prefix"].Value + m.Groups["plus"].Value + new string([.. body.Select(c => IsSlot(c, signs) ? '#' : c)]);
        }
    }

    /// <summary>
    /// The template an input's <c>pattern</c> spells out (<c>\(\d{3}\) \d{3}-\d{4}</c> is "(###) ###-####"); null when
    /// the pattern is no fixed shape of digits and separators (optional separators are left out).
    /// </summary>
    public static string? FromPattern(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return null;
        }

        var p = pattern.Trim().TrimStart('^').TrimEnd('$');
        var template = new StringBuilder();
        var i = 0;
        while (i < p.Length)
        {
            string? piece;
            if (p[i] == '\\' && i + 1 < p.Length)
            {
                piece = p[i + 1] switch
                {
                    'd' => "#",
                    's' => " ",
                    var c when "()+.-/ ".Contains(c) => c.ToString(),
                    _ => null,
                };
                i += 2;
            }
            else if (p[i] == '[' && p.IndexOf(']', i) is var close and > 0)
            {
                var set = p[(i + 1)..close];
                piece = set == "0-9" ? "#" : set.Length > 0 && set.All(c => c is ' ' or '-' or '.' or '/' or '\\') ? set.Replace("\\", "")[..1] : null;
                i = close + 1;
            }
            else
            {
                piece = char.IsAsciiDigit(p[i]) || " -./".Contains(p[i]) ? p[i].ToString() : null;
                i++;
            }

            if (piece is null)
            {
                return null;
            }

            var times = 1;
            if (i < p.Length && p[i] == '?')
            {
                // An optional separator is written without; an optional digit is no fixed shape.
                times = piece == "#" ? -1 : 0;
                i++;
            }
            else if (i < p.Length && p[i] == '{' && Count().Match(p, i) is { Success: true } count)
            {
                times = int.Parse(count.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                i += count.Length;
            }

            if (times < 0 || (i < p.Length && p[i] is '*' or '+' or '|'))
            {
                return null;
            }

            template.Insert(template.Length, piece, times);
        }

        return template.ToString().Count(c => c == '#') >= MinSlots ? template.ToString() : null;
    }

    /// <summary>
    /// <paramref name="digits"/> written into <paramref name="template"/>; the digits written in front of its first slot
    /// (a calling code) are not typed again when the number starts with them. Null when the digits do not fit.
    /// </summary>
    public static string? Fill(string digits, string template)
    {
        var slots = template.Count(c => c == '#');
        var lead = new string([.. template.TakeWhile(c => c != '#').Where(char.IsAsciiDigit)]);
        var source = digits;
        if (lead.Length > 0 && source.Length == slots + lead.Length && source.StartsWith(lead, StringComparison.Ordinal))
        {
            source = source[lead.Length..];
        }
        else if (lead.Length == 0 && source.Length == slots + 1 && source.StartsWith('1'))
        {
            source = source[1..];
        }

        if (source.Length != slots)
        {
            return null;
        }

        var builder = new StringBuilder(template.Length);
        var next = 0;
        foreach (var c in template)
        {
            builder.Append(c == '#' ? source[next++] : c);
        }

        return builder.ToString();
    }

    private static bool IsSlot(char c, bool signs) => signs ? c is '#' or 'X' or 'x' or '_' : char.IsAsciiDigit(c);

    // A calling code apart from the number ("+1 ", "+44-") or a bare "+", then slots and separators starting and ending with a slot (or its bracket),
    // standing apart from words.
    [GeneratedRegex(@"(?<![\w#+])(?:(?<prefix>\+\d{1,4}(?:[\s.\-]|(?=\()))|(?<plus>\+))?(?<body>\(?[#Xx_\d](?:[#Xx_\d()\s.\-/]{0,30}[#Xx_\d)])?)(?![\w#])")]
    private static partial Regex Candidate();

    // " x####", " x 1234": an extension after the number.
    [GeneratedRegex(@"\s+[xX]\.?\s?[#_\d]{1,6}$")]
    private static partial Regex Extension();

    [GeneratedRegex(@"\G\{(?<n>\d{1,2})\}")]
    private static partial Regex Count();
}
