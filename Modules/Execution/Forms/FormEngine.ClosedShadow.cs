using System.Text.Json;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A page that shows no form and no button to go on may hold its form in a closed shadow root, which only the page's
/// own script can reach: the run then stops with a pause that says so and names the element holding it, instead of
/// failing as if the page had no form.
/// </summary>
internal sealed partial class FormEngine
{
    /// <summary>The outcome when the page offers nothing to fill or click: a closed shadow root named, else a plain failure.</summary>
    private async Task<FormOutcome> NothingToClickAsync(PageInventory inventory, IReadOnlyList<string> lastErrors)
    {
        if (inventory.Fields.Count == 0 && await ClosedShadowHostAsync() is { } host)
        {
            return new FormOutcome.Blocked("closed_shadow_root",
                $"The form is inside a closed shadow root (<{host}>), which only the page's own script can reach; nothing was filled or submitted.");
        }

        return new FormOutcome.NotConfirmed($"No submit or next button appeared on the page ({PageReading.ButtonsSeen(inventory)}).", Filled, lastErrors);
    }

    /// <summary>The tag of the first element holding a closed shadow root, through the browser's own view of the page; null when none does.</summary>
    private async Task<string?> ClosedShadowHostAsync()
    {
        try
        {
            var cdp = await Page.Context.NewCDPSessionAsync(Page);
            try
            {
                var document = await cdp.SendAsync("DOM.getDocument", new Dictionary<string, object> { ["depth"] = -1, ["pierce"] = true });
                return document is { } root && root.TryGetProperty("root", out var node) ? ShadowTree.ClosedHost(node) : null;
            }
            finally
            {
                await cdp.DetachAsync();
            }
        }
        catch (PlaywrightException)
        {
            return null;
        }
        catch (JsonException)
        {
            // A page nested deeper than the reader's depth limit: no answer about it, rather than a crash.
            return null;
        }
    }
}

/// <summary>Reads the browser's DOM tree (CDP <c>DOM.getDocument</c> with <c>pierce</c>) for closed shadow roots.</summary>
internal static class ShadowTree
{
    /// <summary>The lower-case tag of the first element (document order) holding a closed shadow root with a control in it; else null.</summary>
    public static string? ClosedHost(JsonElement node)
    {
        if (node.TryGetProperty("shadowRoots", out var roots))
        {
            foreach (var root in roots.EnumerateArray())
            {
                if (root.TryGetProperty("shadowRootType", out var type) && type.GetString() == "closed" && HasControl(root))
                {
                    return node.TryGetProperty("localName", out var name) ? name.GetString() : "an element";
                }
            }
        }

        foreach (var child in Children(node))
        {
            if (ClosedHost(child) is { } host)
            {
                return host;
            }
        }

        return null;
    }

    private static bool HasControl(JsonElement node) =>
        (node.TryGetProperty("localName", out var name) && name.GetString() is "input" or "select" or "textarea" or "button")
        || Children(node).Any(HasControl);

    private static IEnumerable<JsonElement> Children(JsonElement node)
    {
        foreach (var key in (string[])["children", "shadowRoots", "contentDocument"])
        {
            if (!node.TryGetProperty(key, out var value))
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in value.EnumerateArray())
                {
                    yield return child;
                }
            }
            else if (value.ValueKind == JsonValueKind.Object)
            {
                yield return value;
            }
        }
    }
}
