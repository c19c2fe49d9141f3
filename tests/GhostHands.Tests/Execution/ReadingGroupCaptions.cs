using GhostHands.Execution;
using GhostHands.Execution.Forms;
using Microsoft.Playwright;

namespace GhostHands.Tests.Execution;

/// <summary>
/// A required mark carried only by a group's caption (its legend or the text naming it), read in a real Chromium from
/// markup of its own: it makes that group required, while a starred section around several questions marks none.
/// </summary>
public sealed class WhenOnlyAGroupsCaptionIsMarked : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async ValueTask InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutionOptions.DefaultBrowserPath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    [Fact]
    public async Task A_radio_group_under_a_starred_legend_is_required_and_an_unstarred_one_is_not()
    {
        var read = await ReadAsync("""
            <fieldset><legend>Which shift suits you best? <span class="star">*</span></legend>
            <label><input type="radio" name="shift" value="early"> Early</label><label><input type="radio" name="shift" value="late"> Late</label></fieldset>
            <fieldset><legend>How did you hear about us?</legend>
            <label><input type="radio" name="heard" value="web"> Website</label><label><input type="radio" name="heard" value="friend"> A friend</label></fieldset>
            """);

        Assert.True(Assert.Single(read.Fields, f => f.Name == "shift").Required);
        Assert.False(Assert.Single(read.Fields, f => f.Name == "heard").Required);
    }

    [Fact]
    public async Task A_radio_group_named_by_a_caption_saying_required_is_required()
    {
        var read = await ReadAsync("""
            <div role="radiogroup" aria-labelledby="cap"><p id="cap">Can you lift 20 kg? (required)</p>
            <label><input type="radio" name="lift" value="y"> Yes</label><label><input type="radio" name="lift" value="n"> No</label></div>
            """);

        Assert.True(Assert.Single(read.Fields, f => f.Name == "lift").Required);
    }

    [Fact]
    public async Task A_checkbox_group_asking_one_question_under_a_starred_legend_is_required()
    {
        var read = await ReadAsync("""
            <fieldset><legend>Days you could work *</legend>
            <label><input type="checkbox" name="days" value="sat"> Saturday</label><label><input type="checkbox" name="days" value="sun"> Sunday</label></fieldset>
            """);

        var field = Assert.Single(read.Fields);
        Assert.Equal(("checkboxgroup", true), (field.Kind, field.Required));
    }

    [Fact]
    public async Task Opt_ins_and_a_question_inside_a_starred_section_are_not_made_required_by_the_section()
    {
        var read = await ReadAsync("""
            <fieldset><legend>Staying in touch *</legend>
            <label><input type="checkbox" name="mailOpenings" value="1"> Email me new openings</label>
            <label><input type="checkbox" name="smsReminders" value="1"> Text me interview updates</label></fieldset>
            <fieldset><legend>About you *</legend>
            <label for="nick">Preferred name</label><input id="nick" name="nick">
            <label><input type="radio" name="pronoun" value="a"> She</label><label><input type="radio" name="pronoun" value="b"> He</label></fieldset>
            """);

        Assert.All(read.Fields, f => Assert.False(f.Required, f.Name));
        Assert.Contains(read.Fields, f => f.Name == "pronoun");
    }

    private async Task<PageInventory> ReadAsync(string body)
    {
        var context = await browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync($"<!DOCTYPE html><html><body><form>{body}<button type=\"submit\">Apply</button></form></body></html>");
        return await PageInventory.TakeAsync(page);
    }
}
