using GhostHands.Execution;
using GhostHands.Execution.Forms;
using GhostHands.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GhostHands.Tests.Execution;

/// <summary>
/// Dropdowns drawn over a hidden input (no select), read and chosen in a real Chromium from markup of its own: a
/// button showing the choice opens a list created at the end of the page, and the pick is written into the input.
/// </summary>
public sealed class WhenADropdownIsDrawnOverAHiddenInput(SharedChromium chromium) : SharedChromiumTest(chromium)
{
    private const string Menu = """
        <script>
        const items = ['Right away', 'Within 2 weeks', '2 to 4 weeks', 'More than 1 month'];
        addEventListener('DOMContentLoaded', () => {
          const button = document.querySelector('button[aria-haspopup]');
          button.addEventListener('click', () => {
            const list = document.createElement('ul');
            list.setAttribute('role', 'listbox');
            items.forEach((text, i) => {
              const li = document.createElement('li');
              li.setAttribute('role', 'option');
              li.textContent = text;
              li.addEventListener('click', () => { document.querySelector('input[type=hidden]').value = 'w' + i; button.textContent = text; list.remove(); });
              list.appendChild(li);
            });
            document.body.appendChild(list);
          });
        });
        </script>
        """;

    [Theory]
    [InlineData("Find\u2026", "")]
    [InlineData("Search...", "")]
    [InlineData("Type to search", "")]
    [InlineData("Start typing\u2026", "")]
    [InlineData("Enter a country\u2026", "")]
    [InlineData("Search engine", "Search engine")]
    [InlineData("Finland", "Finland")]
    public async Task A_button_inviting_a_search_shows_no_choice_yet(string shown, string value)
    {
        var (_, read) = await OpenAsync($"""<span id="q">Where did you hear about us?</span><button type="button" aria-haspopup="listbox" aria-labelledby="q">{shown}</button><input type="hidden" name="heard">""");

        var field = Assert.Single(read.Fields);
        Assert.Equal(("listbox", value), (field.Kind, field.Value));
    }

    [Fact]
    public async Task Spans_of_time_seen_only_once_opened_are_chosen_by_the_days_to_start_and_the_hidden_input_is_set()
    {
        var (page, read) = await OpenAsync("""<span id="q">How soon could you join us?</span><button type="button" aria-haspopup="listbox" aria-labelledby="q">Select</button><input type="hidden" name="soon">""");

        var shown = await FieldFiller.FillAsync(Assert.Single(read.Fields), new FieldAnswer("2026-01-15", "userData.start_date", []) { DaysToStart = 10 });

        Assert.Equal("Within 2 weeks", shown);
        Assert.Equal("w1", await page.EvalOnSelectorAsync<string>("input[name=soon]", "i => i.value"));
    }

    [Fact]
    public async Task A_list_answer_whose_input_goes_away_after_the_first_pick_is_not_answered_in_part()
    {
        var (_, read) = await OpenAsync("""
            <label for="langs">Which languages do you speak?</label>
            <div class="picker"><input id="langs" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="langs-list"><ul id="langs-list" role="listbox"></ul></div>
            <script>
            const all = ['English', 'Spanish', 'French'];
            const input = document.getElementById('langs'), list = document.getElementById('langs-list');
            input.addEventListener('input', () => {
              list.innerHTML = '';
              all.filter(t => input.value && t.toLowerCase().startsWith(input.value.toLowerCase())).forEach(t => {
                const li = document.createElement('li');
                li.setAttribute('role', 'option');
                li.textContent = t;
                li.addEventListener('click', () => document.querySelector('.picker').replaceWith(Object.assign(document.createElement('p'), { textContent: 'Saved' })));
                list.appendChild(li);
              });
              input.setAttribute('aria-expanded', String(list.children.length > 0));
            });
            </script>
            """);
        var field = Assert.Single(read.Fields);
        var answer = new FieldAnswer("English, Spanish", "userData.languages", [new("0", "", "English", false), new("1", "", "Spanish", false)]);

        Assert.Equal("combobox", field.Kind);
        await Assert.ThrowsAsync<UnansweredException>(() => FieldFiller.FillAsync(field, answer));
    }

    [Fact]
    public async Task A_pick_is_never_taken_as_made_because_a_neighbouring_field_shows_its_words()
    {
        // The picker is drawn anew after each pick, so the box still marked around it afterwards is the grid, which also
        // holds a neighbour already showing the second item.
        var (page, read) = await OpenAsync("""
            <div class="grid">
              <label for="langs">Which languages do you speak?</label>
              <div class="picker"><span class="chips"></span><input id="langs" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="langs-list"><ul id="langs-list" role="listbox"></ul></div>
              <input type="hidden" name="langs">
              <span id="pl">Preferred language for interviews</span><div role="combobox" aria-labelledby="pl" tabindex="0">Spanish</div>
            </div>
            <script>
            const all = ['English', 'Spanish', 'French'];
            const picked = [];
            function draw() {
              const picker = document.createElement('div');
              picker.className = 'picker';
              picker.innerHTML = '<span class="chips"></span><input id="langs" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="langs-list"><ul id="langs-list" role="listbox"></ul>';
              picked.forEach(t => picker.querySelector('.chips').append(Object.assign(document.createElement('span'), { textContent: t })));
              document.querySelector('.picker').replaceWith(picker);
              wire();
            }
            function wire() {
              const input = document.getElementById('langs'), list = document.getElementById('langs-list');
              input.addEventListener('input', () => {
                list.innerHTML = '';
                all.filter(t => input.value && t.toLowerCase().startsWith(input.value.toLowerCase())).forEach(t => {
                  const li = document.createElement('li');
                  li.setAttribute('role', 'option');
                  li.textContent = t;
                  li.addEventListener('click', () => { picked.push(t); document.querySelector('input[name=langs]').value = picked.join(','); draw(); });
                  list.appendChild(li);
                });
                input.setAttribute('aria-expanded', String(list.children.length > 0));
              });
            }
            wire();
            </script>
            """);
        var field = read.Fields.Single(f => f.Label.Contains("speak", StringComparison.Ordinal));
        var answer = new FieldAnswer("English, Spanish", "userData.languages", [new("0", "", "English", false), new("1", "", "Spanish", false)]);

        // The new input cannot be told from the neighbour's combobox in that box, so the field may stay a question for a
        // person; what must never happen is the second item passed over as chosen.
        var error = await Record.ExceptionAsync(() => FieldFiller.FillAsync(field, answer));

        if (error is null)
        {
            Assert.Equal("English,Spanish", await page.EvalOnSelectorAsync<string>("input[name=langs]", "i => i.value"));
        }
        else
        {
            Assert.IsType<UnansweredException>(error);
        }
    }

    private async Task<(IPage Page, PageInventory Read)> OpenAsync(string body)
    {
        var page = await NewPageAsync();
        await page.SetContentAsync($"<!DOCTYPE html><html><head>{Menu}</head><body><form>{body}</form></body></html>");
        return (page, await PageInventory.TakeAsync(page));
    }
}
