using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Dropdowns that open onto a search box rather than a list (select2, chosen and their kin: "Select a School" opens
/// "Please enter 2 or more characters"): the options exist only once something is typed into the box the dropdown
/// focused. The answer is typed there, then shorter parts of it ("University of California" before the comma, its
/// longest word) when the whole finds nothing.
/// </summary>
internal static class PopupSearch
{
    /// <summary>How long an opened dropdown may take to show options before its search box is tried.</summary>
    public static readonly TimeSpan OpenWait = TimeSpan.FromSeconds(1);

    /// <summary>The options a search box focused by the opened dropdown offers for the answer; null when there is no such box or nothing is found.</summary>
    public static async Task<ILocator?> SearchAsync(FormField field, FieldAnswer answer, float timeout)
    {
        var box = field.Frame.Locator("input:focus:not([type=checkbox]):not([type=radio]):not([type=file]),[contenteditable=true]:focus");
        if (await box.CountAsync() != 1 || await box.GetAttributeAsync("data-gh-id") == field.Id)
        {
            return null;
        }

        foreach (var query in Queries(answer.Value))
        {
            await box.FillAsync(query, new() { Timeout = timeout });
            var options = await PopupChoice.OptionsOfAsync(box, field);
            if (await PopupChoice.AppearAsync(options, PopupChoice.SuggestionWait))
            {
                return options;
            }
        }

        return null;
    }

    /// <summary>The whole answer, the part before its first comma, its longest word: each a search that may find it.</summary>
    private static IEnumerable<string> Queries(string answer)
    {
        var whole = answer.Trim();
        var head = whole.Split(',')[0].Trim();
        var word = whole.Split([' ', ',', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length) ?? "";
        return new[] { whole, head, word }.Where(q => q.Length >= 2).Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
