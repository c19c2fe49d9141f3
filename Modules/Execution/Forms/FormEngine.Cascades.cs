using GhostHands.Execution.Forms.Meaning;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A list whose choice fills the list after it: a category and its items ("Source type" then "Source", "Department"
/// then "Team"), the second one disabled or empty until the first is chosen. The applicant's data answers the item
/// ("LinkedIn") but names no category, and which category holds an item is the site's own arrangement (a social network
/// under "Social Media" on one site, under "Job Board" on another). So each category is chosen in turn until the list
/// it fills offers an option the data answers, as a person would look; when none does, the category is cleared again
/// and stays a question for a person. Never for a question with legal weight.
/// </summary>
internal sealed partial class FormEngine
{
    /// <summary>Most categories of one list tried before it is left to a person.</summary>
    public const int MaxCategoriesTried = 12;

    private readonly HashSet<string> categoriesTried = [];

    /// <summary>
    /// Chooses the category of each required, unanswered list that an empty list follows, when one of its categories
    /// leads to an answered option; returns the page as it is then, or null when nothing was chosen.
    /// </summary>
    private async Task<PageInventory?> ChooseCategoriesAsync(PageInventory inventory)
    {
        var parents = inventory.Fields.Where(f => f.Kind == "select" && !f.Hidden && f.Drawn.Length == 0 && (f.Required || f.Error.Length > 0)
            && IsEmpty(f) && !Topics.IsLegal(Topics.Of(f.Label)) && Answer(f, inventory) is null).ToList();
        foreach (var parent in parents.Where(p => categoriesTried.Add(p.Key)))
        {
            var list = parent.Frame.Locator($"[data-gh-id='{parent.Id}']");
            if (!await list.EvaluateAsync<bool>(FollowedByEmptyList))
            {
                continue;
            }

            foreach (var category in parent.Options.Where(o => !OptionMatcher.IsPlaceholder(o) && o.Value.Length > 0).Take(MaxCategoriesTried))
            {
                await session.CountActionAsync("fill");
                await list.SelectOptionAsync(new SelectOptionValue { Value = category.Value }, new() { Timeout = 5000 });
                var (now, child) = await FilledListAsync(inventory, parent);
                if (child is not null && Answer(child, now) is { Choices.Count: > 0, Source: not "default" } item)
                {
                    filled[parent.Key] = new FilledField(parent.Label, parent.Name, category.Text, item.Source);
                    await session.NarrateAsync("field_filled", $"Filled \"{Short(parent.Label)}\" with \"{category.Text}\": its \"{Short(child.Label)}\" offers \"{item.Value}\".",
                        new { field = parent.Label, name = parent.Name, value = category.Text, source = item.Source });
                    return now;
                }
            }

            if (parent.Options.Any(o => o.Value.Length == 0))
            {
                await list.SelectOptionAsync(new SelectOptionValue { Value = "" }, new() { Timeout = 5000 });
            }

            await session.NarrateAsync("field_skipped", $"No category of \"{Short(parent.Label)}\" offers an answer the applicant's data gives.");
        }

        return null;
    }

    /// <summary>The page once a list other than <paramref name="parent"/> shows new options, waiting up to <see cref="RevealWait"/>.</summary>
    private async Task<(PageInventory Now, FormField? Child)> FilledListAsync(PageInventory before, FormField parent)
    {
        var until = DateTime.UtcNow + RevealWait;
        while (true)
        {
            var now = await ReadPageAsync();
            var child = now.Fields.FirstOrDefault(f => f.Frame == parent.Frame && f.Id != parent.Id && f.Options.Any(o => !OptionMatcher.IsPlaceholder(o))
                && !before.Fields.Any(o => o.Id == f.Id && o.Options.Count == f.Options.Count));
            if (child is not null || DateTime.UtcNow >= until)
            {
                return (now, child);
            }

            await Task.Delay(Poll, session.CancellationToken);
        }
    }

    // The next list of the form, close by (in the same table or block), is disabled or offers nothing yet.
    private const string FollowedByEmptyList = """
        (el) => {
          const lists = [...(el.form || el.getRootNode()).querySelectorAll('select')];
          const next = lists[lists.indexOf(el) + 1];
          if (!next || !next.getClientRects().length || ![...next.options].every((o) => !o.value) && !next.disabled) { return false; }
          let box = el.parentElement;
          for (let depth = 0; depth < 4 && box && !box.contains(next); depth++) { box = box.parentElement; }
          return !!box && box.contains(next);
        }
        """;
}
