using GhostHands.Execution;
using GhostHands.Execution.Forms;
using GhostHands.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GhostHands.Tests.Execution;

/// <summary>
/// A group of options captioned by blocks of text above it (no legend, no label of its own), after a name box, read in
/// a real Chromium from markup of its own: which block is the question and which are its context.
/// </summary>
public sealed class WhenAGroupIsCaptionedByBlocksAboveIt(SharedChromium chromium) : SharedChromiumTest(chromium)
{
    [Theory]
    [InlineData("<h4>Shall we call you at home?</h4><p>Best way to reach you</p>", "Best way to reach you")]
    [InlineData("<p>Are you happy to fill in the optional survey that follows?</p><p>Pronouns</p>", "Pronouns")]
    [InlineData("<div>What is this for?</div><div>Disability status</div>", "Disability status")]
    [InlineData("<p>Which of these do you know well?</p><p>Pivot tables</p>", "Pivot tables")]
    public async Task A_short_block_nearest_the_options_is_their_question(string caption, string expected) =>
        Assert.Equal(expected, (await Group(caption)).Label);

    [Theory]
    [InlineData("<p>The depot crew starts at 5am on weekdays.</p><p>Can you keep those hours?</p>", "Can you keep those hours?", "The depot crew starts at 5am on weekdays.")]
    [InlineData("<p>Can you keep those hours?</p><p>The depot crew starts at 5am on weekdays.</p>", "Can you keep those hours?", "The depot crew starts at 5am on weekdays.")]
    [InlineData("<p>Do you drive a forklift?</p><p class=\"field-hint\">Counterbalance or reach</p>", "Do you drive a forklift?", "")]
    [InlineData("<p>Which shifts suit you?</p><p>Select all that apply</p>", "Which shifts suit you?", "")]
    public async Task A_question_above_blocks_that_only_say_more_stays_the_question(string caption, string label, string context)
    {
        var field = await Group(caption);

        Assert.Equal((label, context), (field.Label, field.Context));
    }

    private async Task<FormField> Group(string caption)
    {
        var page = await NewPageAsync();
        await page.SetContentAsync($"""
            <!DOCTYPE html><html><body><form>
            <div><label for="nm">Full name</label><input type="text" id="nm" name="nm"></div>
            <div>{caption}<div><label><input type="radio" name="g" value="a"> First</label><label><input type="radio" name="g" value="b"> Second</label></div></div>
            </form></body></html>
            """);
        return (await PageInventory.TakeAsync(page)).Fields.Single(f => f.Kind == "radio");
    }
}
