using GhostHands.Execution;
using GhostHands.Execution.Forms;
using GhostHands.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GhostHands.Tests.Execution;

/// <summary>
/// Native selects hidden behind drawn dropdowns, read and chosen in a real Chromium from markup of its own: the select
/// is the field, its toggle what is clicked, and the select ends up holding the answer whatever the drawn list does.
/// </summary>
public sealed class WhenASelectIsHiddenBehindADrawnDropdown(SharedChromium chromium) : SharedChromiumTest(chromium)
{
    // data-picker: a toggle link opening a list of plain items under it; data-search keeps only the first two items
    // until a search box is typed into; data-broken items redraw the toggle without writing the select.
    private const string Picker = """
        <script>
        window.changes = [];
        function picker(select) {
          select.style.display = 'none';
          select.addEventListener('change', () => window.changes.push(select.name + '=' + select.value));
          const toggle = document.createElement('a');
          toggle.className = 'toggle'; toggle.tabIndex = 0; toggle.id = select.id + '-toggle';
          const show = () => { toggle.textContent = select.options[select.selectedIndex].text; };
          let drop = null;
          toggle.addEventListener('click', () => {
            if (drop) { drop.remove(); drop = null; return; }
            drop = document.createElement('div');
            const list = document.createElement('ul');
            let search = null;
            const fill = () => {
              list.innerHTML = '';
              const typed = search ? search.value.toLowerCase() : '';
              const items = [...select.options].filter((o) => o.value && o.text.toLowerCase().includes(typed));
              (search ? items.slice(0, 2) : items).forEach((o) => {
                const li = document.createElement('li');
                li.textContent = o.text;
                li.addEventListener('click', () => {
                  if (select.hasAttribute('data-broken')) { toggle.textContent = o.text; } else { select.value = o.value; select.dispatchEvent(new Event('change', { bubbles: true })); show(); }
                  drop.remove(); drop = null;
                });
                list.appendChild(li);
              });
            };
            if (select.hasAttribute('data-search')) { search = document.createElement('input'); search.addEventListener('input', fill); drop.appendChild(search); }
            fill();
            drop.appendChild(list);
            toggle.after(drop);
            if (search) { search.focus(); }
          });
          show();
          select.after(toggle);
        }
        addEventListener('DOMContentLoaded', () => document.querySelectorAll('select[data-picker]').forEach(picker));
        </script>
        """;

    private const string Countries = """
        <option value="">- Make a selection -</option><option value="AR">Argentina</option><option value="AU">Australia</option>
        <option value="CA">Canada</option><option value="UM">United States Minor Outlying Islands</option><option value="US">United States</option>
        """;

    [Fact]
    public async Task The_select_is_the_field_named_and_marked_by_the_toggles_label_and_the_toggle_is_neither_field_nor_button()
    {
        var (_, read) = await OpenAsync($"""
            <form><div class="row"><label for="home-toggle">Home country <span>*</span></label>
            <div><select id="home" name="home" data-picker>{Countries}</select></div></div><button type="submit">Apply</button></form>
            """);

        var field = Assert.Single(read.Fields);
        Assert.Equal(("select", "Home country", true, ""), (field.Kind, field.Label, field.Required, field.Value));
        Assert.Contains(field.Options, o => o.Value == "US");
        Assert.NotEqual("", field.Drawn);
        Assert.Equal(["Apply"], read.Buttons.Select(b => b.Text));
    }

    [Fact]
    public async Task A_caption_wrapping_the_select_and_its_toggle_is_read_without_what_the_toggle_shows()
    {
        var (_, read) = await OpenAsync($"""
            <form><label>Which country do you call home? <span>*</span><br><select id="home" name="home" data-picker>{Countries}</select></label></form>
            """);

        var field = Assert.Single(read.Fields);
        Assert.Equal(("Which country do you call home?", true), (field.Label, field.Required));
    }

    [Fact]
    public async Task A_select_hidden_with_its_whole_block_is_not_read()
    {
        var (_, read) = await OpenAsync($"""
            <div class="row"><button type="button" aria-haspopup="listbox">Pick a team</button>
            <div style="display:none"><label for="later">Which office?</label><select id="later" name="later">{Countries}</select></div></div>
            """);

        Assert.DoesNotContain(read.Fields, f => f.Name == "later");
    }

    [Fact]
    public async Task An_option_the_list_shows_only_after_typing_is_chosen_through_the_search_box()
    {
        var (page, read) = await OpenAsync($"""<label for="home">Home country</label><select id="home" name="home" data-picker data-search>{Countries}</select>""");

        var shown = await ChooseAsync(read, "US");

        Assert.Equal("United States", shown);
        Assert.Equal("US", await page.EvalOnSelectorAsync<string>("#home", "s => s.value"));
        Assert.Equal("United States", await page.InnerTextAsync("#home-toggle"));
        Assert.Equal(["home=US"], await page.EvaluateAsync<string[]>("() => window.changes"));
    }

    [Fact]
    public async Task A_list_that_does_not_write_the_select_leaves_it_set_directly_with_its_change_event()
    {
        var (page, read) = await OpenAsync($"""<label for="home">Home country</label><select id="home" name="home" data-picker data-broken>{Countries}</select>""");

        await ChooseAsync(read, "CA");

        Assert.Equal("CA", await page.EvalOnSelectorAsync<string>("#home", "s => s.value"));
        Assert.Equal(["home=CA"], await page.EvaluateAsync<string[]>("() => window.changes"));
    }

    private static Task<string> ChooseAsync(PageInventory read, string value)
    {
        var field = Assert.Single(read.Fields);
        var option = Assert.Single(field.Options, o => o.Value == value);
        return FieldFiller.FillAsync(field, new FieldAnswer(option.Text, "userData.country", [option]));
    }

    private async Task<(IPage Page, PageInventory Read)> OpenAsync(string body)
    {
        var page = await NewPageAsync();
        await page.SetContentAsync($"<!DOCTYPE html><html><head>{Picker}</head><body>{body}</body></html>");
        return (page, await PageInventory.TakeAsync(page));
    }
}
