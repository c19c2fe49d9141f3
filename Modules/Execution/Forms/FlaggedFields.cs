namespace GhostHands.Execution.Forms;

/// <summary>
/// What a rejected submission's reason says besides the verdict: the fields the page flagged, each by its caption with
/// the page's message, and whether the engine could put its answer into that control at all. An operator reading a
/// failed job then knows which questions to look at without opening its screenshots.
/// </summary>
internal static class FlaggedFields
{
    /// <summary>At most this many fields are named; the rest are counted.</summary>
    public const int MaxNamed = 8;

    /// <summary>
    /// <paramref name="reason"/> followed by "The page flagged: Caption (message); ...". The fields showing a message are
    /// named; when none does, the page's own lines (<paramref name="errors"/>) are. Fields in
    /// <paramref name="inoperable"/> (by label) are said to be ones the engine could not operate.
    /// </summary>
    public static string Describe(string reason, PageInventory inventory, IReadOnlyList<string> errors, IReadOnlySet<string> inoperable)
    {
        var named = inventory.Fields.Where(f => f.Error.Length > 0)
            .Select(f => Flag(Caption(f), f.Error, inoperable.Contains(f.Label)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (named.Count == 0)
        {
            named = [.. errors.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal)];
        }

        if (named.Count == 0)
        {
            return reason;
        }

        var listed = string.Join("; ", named.Take(MaxNamed)) + (named.Count > MaxNamed ? $"; and {named.Count - MaxNamed} more" : "");
        return $"{reason} The page flagged: {listed}{(listed[^1] is '.' or '!' or '?' ? "" : ".")}";
    }

    private static string Caption(FormField field) =>
        WidgetAnswers.Question(field) is { Length: > 0 } question ? question
        : field.Name.Length > 0 ? field.Name
        : field.Kind;

    // A summary line given to the field often repeats its caption ("Phone: Use the format ..."): said once.
    private static string Flag(string caption, string error, bool inoperable)
    {
        var message = error.Trim();
        if (message.StartsWith(caption, StringComparison.OrdinalIgnoreCase))
        {
            message = message[caption.Length..].TrimStart(' ', ':', '-', '\u2013', '\u2014');
        }

        message = message.Length > 100 ? message[..97] + "..." : message;
        var parts = new[] { message, inoperable ? "the control could not be operated" : "" }.Where(p => p.Length > 0).ToList();
        return parts.Count == 0 ? caption : $"{caption} ({string.Join("; ", parts)})";
    }
}
