using System.Globalization;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Choosing from options that exist only once a control is opened or typed into: custom dropdowns (a button or
/// <c>role=combobox</c> opening a <c>role=listbox</c>) and type-ahead inputs whose suggestions load as one types.
/// The options are often rendered at the end of <c>body</c>, away from the field ("portalled"): they are found
/// through <c>aria-controls</c> / <c>aria-owns</c>, else as the last listbox on screen.
/// </summary>
internal static class PopupChoice
{
    /// <summary>How long typed text may take to bring suggestions; a field that shows none keeps the typed text.</summary>
    public static readonly TimeSpan SuggestionWait = TimeSpan.FromSeconds(3);

    public static async Task<string> OpenAndChooseAsync(ILocator opener, FormField field, FieldAnswer answer, float timeout)
    {
        await opener.ClickAsync(new() { Timeout = timeout });
        var options = await OptionsOfAsync(opener, field);
        await options.First.WaitForAsync(new() { Timeout = timeout });
        return await ChooseAsync(options, field, answer, timeout)
            ?? throw new UnansweredException(field, $"none of the options ({string.Join(", ", await options.AllInnerTextsAsync())}) matches '{answer.Value}'");
    }

    public static async Task<string> TypeAndChooseAsync(ILocator input, FormField field, FieldAnswer answer, float timeout)
    {
        if (field.Options.Count > 0)
        {
            // A <datalist>: the suggestions are known; type the value of the one the answer means.
            var listed = OptionMatcher.Best(answer.Value, field.Options);
            var text = listed?.Value ?? answer.Value;
            await input.FillAsync(text, new() { Timeout = timeout });
            await input.DispatchEventAsync("blur");
            return text;
        }

        await input.FillAsync(answer.Value, new() { Timeout = timeout });
        var options = await OptionsOfAsync(input, field);
        try
        {
            await options.First.WaitForAsync(new() { Timeout = (float)SuggestionWait.TotalMilliseconds });
        }
        catch (System.TimeoutException)
        {
            await input.DispatchEventAsync("blur");
            return answer.Value;
        }

        return await ChooseAsync(options, field, answer, timeout)
            ?? throw new UnansweredException(field, $"no suggestion ({string.Join(", ", await options.AllInnerTextsAsync())}) matches '{answer.Value}'");
    }

    private static async Task<ILocator> OptionsOfAsync(ILocator control, FormField field)
    {
        foreach (var attribute in new[] { "aria-controls", "aria-owns" })
        {
            if (await control.GetAttributeAsync(attribute) is { Length: > 0 } ids)
            {
                var selector = string.Join(",", ids.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => $"[id='{id}'] [role=option],[id='{id}'][role=option]"));
                return field.Frame.Locator(selector);
            }
        }

        return field.Frame.Locator("[role=listbox]:visible").Last.Locator("[role=option]");
    }

    private static async Task<string?> ChooseAsync(ILocator options, FormField field, FieldAnswer answer, float timeout)
    {
        var texts = await options.AllInnerTextsAsync();
        var list = texts.Select((t, i) => new FieldOption(i.ToString(CultureInfo.InvariantCulture), "", t.Trim(), false)).ToList();
        var choice = OptionMatcher.Best(answer.Value, list);
        if (choice is null)
        {
            return null;
        }

        await options.Nth(int.Parse(choice.Id, CultureInfo.InvariantCulture)).ClickAsync(new() { Timeout = timeout });
        return choice.Text;
    }
}
