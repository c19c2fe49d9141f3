using GhostHands.Execution;
using GhostHands.Execution.Forms;
using GhostHands.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GhostHands.Tests.Execution;

/// <summary>
/// A text box announcing a calendar (<c>aria-haspopup</c>) whose popup is not one the engine can read: the date is
/// typed in the format the box shows, in a real Chromium, on a page that clears a value no keystroke wrote.
/// </summary>
public sealed class WhenADateBoxOpensACalendarNotRecognised(SharedChromium chromium) : SharedChromiumTest(chromium)
{
    // The popup names no month over day cells; the box keeps only what was typed (a trusted input event).
    private const string Page = """
        <!DOCTYPE html><html><body><form>
        <label for="when">Earliest start</label>
        <input id="when" name="when" aria-haspopup="dialog" placeholder="MM/DD/YYYY">
        <div id="pop" role="dialog" hidden><p>Pick a week that suits you</p><button type="button">This week</button></div>
        <script>
        const box = document.getElementById('when');
        let typed = false;
        box.addEventListener('click', () => { document.getElementById('pop').hidden = false; });
        box.addEventListener('input', (e) => { typed = e.isTrusted; });
        box.addEventListener('change', () => { if (!typed) { box.value = ''; } });
        </script>
        </form></body></html>
        """;

    [Fact]
    public async Task The_date_is_typed_in_the_boxs_format()
    {
        var page = await NewPageAsync();
        await page.SetContentAsync(Page);
        var field = Assert.Single((await PageInventory.TakeAsync(page)).Fields);
        var answer = new FieldAnswer("2026-01-15", "userData.start_date", []);

        await FieldFiller.FillAsync(field, answer);

        Assert.True(field.Calendar);
        Assert.Equal("01/15/2026", await page.InputValueAsync("#when"));
        Assert.True(FieldFiller.Satisfied(Assert.Single((await PageInventory.TakeAsync(page)).Fields), answer));
    }
}
