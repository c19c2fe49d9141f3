using GhostHands.Execution;
using GhostHands.Execution.Forms;
using GhostHands.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GhostHands.Tests.Execution;

/// <summary>
/// Pressed-state pills each in a wrapper of their own, and dropdown buttons whose accessible name adds what they show,
/// read and operated in a real Chromium from markup of its own.
/// </summary>
public sealed class WhenPillsAndDropdownButtonsAreRead(SharedChromium chromium) : SharedChromiumTest(chromium)
{
    // Each click toggles the pill (several) or presses it alone (one), as a script keeping the answer would.
    private const string Pills = """
        <script>
        addEventListener('click', (e) => {
          const b = e.target.closest('button[aria-pressed]');
          if (!b) { return; }
          const group = b.closest('[role=group]');
          if (group.dataset.several) { b.setAttribute('aria-pressed', String(b.getAttribute('aria-pressed') !== 'true')); return; }
          group.querySelectorAll('button').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
        });
        </script>
        """;

    [Fact]
    public async Task Pills_each_in_their_own_wrapper_are_one_question_and_the_answer_presses_only_its_pill()
    {
        var (page, read) = await OpenAsync("""
            <p id="q">Would you be open to night shifts?</p>
            <ul role="group" aria-labelledby="q"><li><button type="button" aria-pressed="false">Yes</button></li><li><button type="button" aria-pressed="false">No</button></li></ul>
            """);

        var field = Assert.Single(read.Fields);
        Assert.Equal(("toggle", "Would you be open to night shifts?", false), (field.Kind, field.Label, field.Multiple));
        await FieldFiller.FillAsync(field, AnswerPlanner.Fit(field, new FieldAnswer("no", "qaOverrides", []))!);
        Assert.Equal(["false", "true"], await page.Locator("button").EvaluateAllAsync<string[]>("bs => bs.map((b) => b.getAttribute('aria-pressed'))"));
    }

    [Fact]
    public async Task Pills_asking_for_all_that_apply_take_several_and_release_the_others()
    {
        var (page, read) = await OpenAsync("""
            <div id="q">Which shifts could you cover? Select all that apply.</div>
            <div role="group" data-several="1" aria-labelledby="q"><span><button type="button" aria-pressed="true">Early</button></span><span><button type="button" aria-pressed="false">Late</button></span><span><button type="button" aria-pressed="false">Night</button></span></div>
            """);

        var field = Assert.Single(read.Fields);
        Assert.True(field.Multiple);
        var answer = AnswerPlanner.Fit(field, new FieldAnswer("Late, Night", "qaOverrides", []))!;
        await FieldFiller.FillAsync(field, answer);
        Assert.Equal(["false", "true", "true"], await page.Locator("button").EvaluateAllAsync<string[]>("bs => bs.map((b) => b.getAttribute('aria-pressed'))"));
        var again = Assert.Single((await PageInventory.TakeAsync(page)).Fields);
        Assert.True(FieldFiller.Satisfied(again, answer));
    }

    [Theory]
    [InlineData("Preferred shift Select One Required", "Select One")]
    [InlineData("Preferred shift Evenings Required", "Evenings")]
    [InlineData("Preferred shift Evenings", "Evenings")]
    public async Task A_dropdown_button_named_by_its_label_and_what_it_shows_is_read_as_its_label(string name, string shown)
    {
        var (_, read) = await OpenAsync($"""<label for="shift">Preferred shift</label><button type="button" id="shift" aria-haspopup="listbox" aria-label="{name}">{shown}</button>""");

        Assert.Equal("Preferred shift", Assert.Single(read.Fields).Label);
    }

    [Fact]
    public async Task An_aria_label_saying_more_than_the_label_is_kept()
    {
        var (_, read) = await OpenAsync("""<label for="ph">Phone</label><input type="text" id="ph" aria-label="Phone number including area code">""");

        Assert.Equal("Phone number including area code", Assert.Single(read.Fields).Label);
    }

    private async Task<(IPage Page, PageInventory Read)> OpenAsync(string body)
    {
        var page = await NewPageAsync();
        await page.SetContentAsync($"<!DOCTYPE html><html><head>{Pills}</head><body><form>{body}</form></body></html>");
        return (page, await PageInventory.TakeAsync(page));
    }
}
