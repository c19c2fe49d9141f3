using GhostHands.Execution;
using GhostHands.Execution.Forms;
using GhostHands.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GhostHands.Tests.Execution;

/// <summary>
/// Yes/No buttons that show the choice only through a class, in the spellings design systems and CSS modules use,
/// read in a real Chromium from markup of its own.
/// </summary>
public sealed class WhenYesNoButtonsShowTheChoiceByAClass(SharedChromium chromium) : SharedChromiumTest(chromium)
{
    [Theory]
    [InlineData("pair__btn", "pair__btn _active", "No")]
    [InlineData("Choice_item__p4 Choice_itemOn__z2", "Choice_item__p4", "Yes")]
    [InlineData("answer isSelected", "answer", "Yes")]
    [InlineData("opt opt-not-selected", "opt opt--picked", "No")]
    public async Task The_button_whose_class_says_it_is_chosen_is_the_answer(string yes, string no, string chosen)
    {
        var field = await ReadAsync(yes, no);

        Assert.Equal(("toggle", chosen), (field.Kind, field.Value));
    }

    [Fact]
    public async Task A_class_styling_a_state_or_denying_it_chooses_nothing()
    {
        var field = await ReadAsync("b active:bg-teal-700 hover:bg-slate-100", "b not-selected active:bg-teal-700");

        Assert.Equal("", field.Value);
        Assert.DoesNotContain(field.Options, o => o.Selected);
    }

    private async Task<FormField> ReadAsync(string yesClass, string noClass)
    {
        var page = await NewPageAsync();
        await page.SetContentAsync($"""
            <!DOCTYPE html><html><body><form>
            <p id="q">Could you work from our harbour office on Mondays?</p>
            <div role="group" aria-labelledby="q"><button type="button" class="{yesClass}">Yes</button><button type="button" class="{noClass}">No</button></div>
            </form></body></html>
            """);
        return Assert.Single((await PageInventory.TakeAsync(page)).Fields);
    }
}
