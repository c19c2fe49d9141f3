using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A source asked in two lists, the second filled from the first ("Source Type" then "Source", "Source" then "Source
/// Name"). The first takes the kind of site the applicant named (<see cref="SourceKinds"/>); which kind a form files a
/// site under differs (LinkedIn is a job board on one form, social media on the next), so when the second list, once
/// filled, does not offer the site, the first moves on to the next kind that may hold it, and the second waits for that
/// rather than taking another site or "Other".
/// </summary>
internal static class SourceLevels
{
    /// <summary>
    /// Whether <paramref name="field"/> is one of two such lists and its answer is decided here, and that answer (null:
    /// none yet, the list waits for the first one to change).
    /// </summary>
    public static (bool Decided, FieldAnswer? Answer) Plan(FormField field, PageInventory inventory, Func<FormField, FieldAnswer?> plan)
    {
        if (field.Kind is not ("select" or "radio") || Topics.Of(field.Label) != "source")
        {
            return (false, null);
        }

        var lists = inventory.Fields.Where(f => f.Frame == field.Frame && f.Kind is ("select" or "radio") && Topics.Of(f.Label) == "source").ToList();
        var at = lists.FindIndex(f => f.Key == field.Key);
        if (at < 0)
        {
            return (false, null);
        }

        if (at + 1 < lists.Count && plan(field) is { } answer && SourceKinds.Choices(field, answer.Value) is { Count: > 0 } kinds)
        {
            return First(field, lists[at + 1], answer, kinds);
        }

        // The second list waits while the first may still move to a kind that offers the site.
        if (at > 0 && plan(lists[at - 1]) is { } site && SourceKinds.Choices(lists[at - 1], site.Value) is { Count: > 1 } earlier
            && !Offers(field, site.Value) && Chosen(lists[at - 1], earlier) is { } index && index + 1 < earlier.Count)
        {
            return (true, null);
        }

        return (false, null);
    }

    private static (bool, FieldAnswer?) First(FormField field, FormField second, FieldAnswer answer, IReadOnlyList<FieldOption> kinds)
    {
        if (Chosen(field, kinds) is not { } index)
        {
            return (false, null);
        }

        var filled = second.Options.Any(o => !OptionMatcher.IsPlaceholder(o));
        var next = filled && !Offers(second, answer.Value) && index + 1 < kinds.Count ? index + 1 : index;
        return (true, answer with { Choices = [kinds[next]] });
    }

    private static int? Chosen(FormField field, IReadOnlyList<FieldOption> kinds)
    {
        var selected = field.Options.FirstOrDefault(o => o.Selected && !OptionMatcher.IsPlaceholder(o));
        var index = selected is null ? -1 : kinds.ToList().FindIndex(k => k.Value == selected.Value && k.Text == selected.Text);
        return index < 0 ? null : index;
    }

    // A list not filled yet offers nothing, and has nothing to be matched against.
    private static bool Offers(FormField list, string site) =>
        list.Options.Any(o => !OptionMatcher.IsPlaceholder(o)) && OptionMatcher.Many(site, list.Options).Count > 0;
}
