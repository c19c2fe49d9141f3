using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A phone box with a mask of its own. One shows the calling code before anything is typed ("+1 ") and keeps it in
/// front of whatever is typed, so the number with its code arrives as "+1 +1 415 ..."; one fills a template of slots
/// ("(___) ___-____") with the first digits it sees, so "+1 415 555 0134" becomes "(141) 555-5501". Both take the
/// national number. What the box holds afterwards is read back, and when it holds other digits than the number's the
/// national digits are typed again key by key, as a person would into a box that formats itself.
/// </summary>
internal static partial class PhoneMask
{
    /// <summary>What to put into a box showing <paramref name="shown"/> with <paramref name="placeholder"/> for <paramref name="phone"/>.</summary>
    public static string Typed(string phone, string shown, string? placeholder)
    {
        if (WidgetAnswers.CallingCode(phone) is not { } code || Digits(PhoneFormat.National(phone)) is not { Length: >= 6 } national)
        {
            return phone;
        }

        if (ShownCode(shown) == code)
        {
            return PhoneFormat.National(phone);
        }

        // A template with as many slots as the national number has digits takes the digits alone.
        return Slots(shown) == national.Length || Slots(placeholder) == national.Length ? national : phone;
    }

    /// <summary>
    /// Whether a box showing <paramref name="shown"/> holds <paramref name="phone"/>: its digits, or its national digits
    /// alone (with the calling code the box shows in front of them, or none).
    /// </summary>
    public static bool Holds(string shown, string phone)
    {
        var digits = Digits(shown);
        if (digits.Length == 0)
        {
            return false;
        }

        var national = Digits(PhoneFormat.National(phone));
        return digits == Digits(phone) || (national.Length >= 6 && digits == national);
    }

    /// <summary>Whether <paramref name="value"/> is a whole phone number (not a calling code alone).</summary>
    public static bool IsNumber(string value) => Digits(value).Length >= 7;

    /// <summary>Fills the box with what it takes, reads back what it holds, and types the national digits if that is not the number.</summary>
    public static async Task<string> FillAsync(ILocator box, FormField field, FieldAnswer answer, float timeout)
    {
        var typed = Typed(answer.Value, field.Value, field.Placeholder);
        await box.FillAsync(typed, new() { Timeout = timeout });
        var shown = await box.InputValueAsync(new() { Timeout = timeout });
        if (!Holds(shown, answer.Value))
        {
            var national = Digits(PhoneFormat.National(answer.Value));
            await box.FillAsync("", new() { Timeout = timeout });
            await box.PressSequentiallyAsync(national, new() { Timeout = timeout });
            shown = await box.InputValueAsync(new() { Timeout = timeout });
        }

        await box.DispatchEventAsync("blur");
        return await box.InputValueAsync(new() { Timeout = timeout });
    }

    /// <summary>The calling code a box shows when it shows nothing else ("+1", "+44 "); null otherwise.</summary>
    public static string? ShownCode(string shown) => CodeOnly().Match(shown) is { Success: true } m ? m.Groups["code"].Value : null;

    /// <summary>The empty slots of a template ("(___) ___-____" has 10); 0 when the text is no template.</summary>
    public static int Slots(string? template) =>
        template is not null && Template().IsMatch(template) ? template.Count(c => c is '_' or '#' or 'X') : 0;

    private static string Digits(string value) => new([.. value.Where(char.IsAsciiDigit)]);

    [GeneratedRegex(@"^\s*\+\s?(?<code>\d{1,4})[\s\-(]*$")]
    private static partial Regex CodeOnly();

    // Slots and separators only, with at most a calling code in front: "(___) ___-____", "+1 ### ### ####", "XXX-XXX-XXXX".
    [GeneratedRegex(@"^\s*(\+\d{1,4}\s?)?[\s().\-]*([_#X][\s().\-]*){6,15}$")]
    private static partial Regex Template();
}
