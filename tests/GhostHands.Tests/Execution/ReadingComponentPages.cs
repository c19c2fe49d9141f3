using GhostHands.Execution;
using GhostHands.Execution.Forms;
using GhostHands.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GhostHands.Tests.Execution;

/// <summary>
/// The page inventory on forms built from web components, read in a real Chromium from markup of its own: parts at the
/// top of a shadow root, buttons drawn without saying so, controls slotted into a captioning component.
/// </summary>
public sealed class WhenReadingAPageOfWebComponents(SharedChromium chromium) : SharedChromiumTest(chromium)
{
    // <x-field> draws caption, input and an empty role=alert message side by side at the top of its shadow root;
    // <x-framed> captions whatever is slotted into it; <x-act> is a focusable element drawn as a button.
    private const string Components = """
        <script>
        customElements.define('x-field', class extends HTMLElement {
          connectedCallback() {
            const root = this.attachShadow({ mode: 'open' });
            root.innerHTML = '<label for="i">' + this.getAttribute('caption') + '</label><input id="i"><div role="alert">' + (this.getAttribute('message') || '') + '</div>';
          }
        });
        customElements.define('x-framed', class extends HTMLElement {
          connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<label><b>' + this.getAttribute('caption') + '</b><slot></slot></label>'; }
        });
        customElements.define('x-upload', class extends HTMLElement {
          connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<div>Cover letter</div><button type="button">Pick a document</button><input type="file" hidden>'; }
        });
        customElements.define('x-act', class extends HTMLElement {
          connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<style>:host{cursor:pointer}</style><span><slot></slot></span>'; }
        });
        </script>
        <style>.card, .go { cursor: pointer; }</style>
        """;

    [Fact]
    public async Task A_message_at_the_top_of_a_shadow_root_is_its_fields_error_and_the_rest_of_the_page_is_still_read()
    {
        var page = await ReadAsync("""<x-field caption="Surname" message="Tell us your surname"></x-field><x-field caption="Town"></x-field><button>Next</button>""");

        Assert.Equal(["Surname", "Town"], page.Fields.Select(f => f.Label));
        Assert.Equal("Tell us your surname", page.Fields[0].Error);
        Assert.Equal("", page.Fields[1].Error);
        Assert.Equal(["Next"], page.Buttons.Select(b => b.Text));
    }

    [Fact]
    public async Task A_focusable_element_or_one_with_an_onclick_handler_drawn_as_a_button_is_a_button()
    {
        var page = await ReadAsync("""
            <x-act tabindex="0">Review answers</x-act>
            <div class="go" id="send">Send it</div><script>document.getElementById('send').onclick = () => {};</script>
            """);

        Assert.Equal(["Review answers", "Send it"], page.Buttons.Select(b => b.Text));
        Assert.Equal("Send it", PageReading.NextButton(page)?.Text);
    }

    [Fact]
    public async Task A_clickable_card_holding_a_control_or_an_element_with_another_role_is_not_a_button()
    {
        var page = await ReadAsync("""
            <div class="card" tabindex="0"><input type="checkbox" id="c"><label for="c">Remote</label></div>
            <div class="card" tabindex="0" role="tab">Continue</div>
            <div class="card">Submit</div>
            """);

        Assert.Empty(page.Buttons);
    }

    [Fact]
    public async Task A_control_slotted_into_a_component_takes_the_caption_drawn_around_the_slot()
    {
        var page = await ReadAsync("""<h2>About you</h2><x-framed caption="Portfolio link"><input type="url"></x-framed>""");

        Assert.Equal("Portfolio link", Assert.Single(page.Fields).Label);
    }

    [Fact]
    public async Task A_hidden_file_input_behind_a_button_takes_the_caption_before_the_button()
    {
        var page = await ReadAsync("<x-upload></x-upload>");

        var field = Assert.Single(page.Fields);
        Assert.Equal(("file", "Cover letter"), (field.Kind, field.Label));
    }

    [Fact]
    public void A_page_with_no_buttons_that_could_not_be_read_in_full_says_what_failed()
    {
        var page = new PageInventory([], [], [], 0, false, false, []) { Faults = ["TypeError: Cannot read properties of null", "div: x is undefined"] };

        Assert.Equal(
            "no buttons at all; the page could not be read in full: TypeError: Cannot read properties of null; div: x is undefined",
            PageReading.ButtonsSeen(page));
    }

    private async Task<PageInventory> ReadAsync(string body)
    {
        var page = await NewPageAsync();
        await page.SetContentAsync($"<!DOCTYPE html><html><body>{Components}{body}</body></html>");
        return await PageInventory.TakeAsync(page);
    }
}
