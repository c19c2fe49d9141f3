using System.Text.RegularExpressions;
using GhostHands.Execution.Forms.Meaning;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A phone number in a country-flag phone widget (intl-tel-input and the like): a flag or country button beside the
/// number input opens a list of countries, and the form posts the chosen country's calling code with what is typed,
/// often from a hidden field. Such a widget puts its own country's code in front of whatever is typed, so a US number
/// typed under a preset UK flag arrives as +44: the applicant's country is chosen first, then the national number is
/// typed in the shape the widget's placeholder shows for that country. When the list names no such country, or the
/// widget does not take the choice, the number is typed in E.164 ("+14155550134"), which these widgets read to switch
/// country themselves.
/// </summary>
internal static partial class PhoneWidget
{
    /// <summary>
    /// The answer for a phone input with a country button: the national number, with the country to choose first when
    /// the widget shows another. Null when the input has no such button or the number no calling code.
    /// </summary>
    public static FieldAnswer? Plan(FormField field, string phone, string? homeCountry)
    {
        if (field.Dialer.Length == 0 || WidgetAnswers.CallingCode(phone) is not { } code)
        {
            return null;
        }

        var national = National(phone, code);
        if (ShownCode(field.DialShown) == code)
        {
            return new FieldAnswer(PhoneFormat.ForField(national, field), "userData.phone", []);
        }

        var home = Countries.Find(homeCountry);
        var country = home?.Dial == code ? home : Countries.All.FirstOrDefault(c => c.Dial == code) ?? new Country("", code, []);
        return new FieldAnswer(national, "userData.phone", []) { DialCountry = country };
    }

    /// <summary>
    /// The calling code the widget's button shows: "+44", "United Kingdom: +44", a flag class ("iti__gb") or a
    /// country's name. Null when it shows none.
    /// </summary>
    public static string? ShownCode(string shown)
    {
        if (Dial().Match(shown) is { Success: true } dial)
        {
            return dial.Groups["code"].Value;
        }

        var flag = FlagClass().Match(shown);
        return flag.Success ? Countries.All.FirstOrDefault(c => c.Code.Equals(flag.Groups["iso"].Value, StringComparison.OrdinalIgnoreCase))?.Dial
            : Countries.NamedIn(shown)?.Dial;
    }

    /// <summary>True when the input shows the answer's digits under the answer's calling code.</summary>
    public static bool Shows(FormField field, FieldAnswer answer) =>
        answer.DialCountry is null && Digits(field.Value).Length > 0 && Digits(field.Value) == Digits(answer.Value);

    /// <summary>Chooses the answer's country in the widget, then types the number; returns what the input shows.</summary>
    public static async Task<string> FillAsync(ILocator input, FormField field, FieldAnswer answer, float timeout)
    {
        var country = answer.DialCountry!;
        var dialer = field.Frame.Locator($"[data-gh-id='{field.Dialer}']");
        await dialer.ClickAsync(new() { Timeout = timeout });
        var names = country.Names.Select(n => NonWord().Replace(n.ToLowerInvariant(), " ").Trim()).ToArray();
        if (await CountryPicker.MarkAsync(field.Frame, dialer, input, country, names, timeout))
        {
            var option = field.Frame.Locator("[data-gh-country-pick]").First;
            try
            {
                await option.ClickAsync(new() { Timeout = timeout });
            }
            catch (System.TimeoutException)
            {
                // An option the list draws off screen or under another layer still takes a click event.
                await option.EvaluateAsync("(el) => el.click()");
            }
        }

        var shown = await dialer.EvaluateAsync<string>(ShownScript);
        string value;
        if (ShownCode(shown) == country.Dial)
        {
            // The placeholder now shows the chosen country's national format.
            var placeholder = await input.GetAttributeAsync("placeholder", new() { Timeout = timeout });
            var title = await input.GetAttributeAsync("title", new() { Timeout = timeout });
            value = PhoneFormat.Reformat(answer.Value, field.Error, field.Native, placeholder, title);
        }
        else
        {
            await input.PressAsync("Escape", new() { Timeout = timeout });
            value = $"+{country.Dial}{Digits(answer.Value)}";
        }

        await input.FillAsync(value, new() { Timeout = timeout });
        await input.DispatchEventAsync("blur");
        return value;
    }

    private static string National(string phone, string code)
    {
        var i = phone.IndexOf('+', StringComparison.Ordinal) + 1;
        for (var seen = 0; i < phone.Length && seen < code.Length; i++)
        {
            seen += char.IsAsciiDigit(phone[i]) ? 1 : 0;
        }

        return phone[i..].TrimStart(' ', '-', '.', ')').Trim();
    }

    private static string Digits(string value) => new([.. value.Where(char.IsAsciiDigit)]);

    // The same reading of the button as the page inventory's.
    private const string ShownScript = """
        (c) => [c.textContent, c.getAttribute('title'), c.getAttribute('aria-label'),
          ...[c, ...c.querySelectorAll('*')].map((n) => (typeof n.className === 'string' ? n.className : ''))].join(' ').replace(/\s+/g, ' ').trim()
        """;

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\+\s?(?<code>\d{1,4})\b")]
    private static partial Regex Dial();

    [GeneratedRegex(@"\b(?:iti__|iti-flag |flag-icon-|flag-|fi-)(?<iso>[a-z]{2})\b")]
    private static partial Regex FlagClass();
}
