using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// The field messages in the bodies of posts the server refused (HTTP 400 or 422 with JSON). Script-driven forms often
/// answer a refusal with <c>{"errors": {"phone": "Use the format (555) 555-5555"}}</c> and show only "Please review
/// your answers", so the body is the one place that says which field is wrong and how. Each message is given to the
/// field it names (by name, id or label) as that field's error, and stays until the next submission.
/// </summary>
internal sealed partial class ServerErrors : IDisposable
{
    private readonly IPage page;
    private readonly ConcurrentQueue<IResponse> refused = new();
    private readonly Dictionary<string, string> byKey = new(StringComparer.OrdinalIgnoreCase);
    private bool submitted;

    public ServerErrors(IPage page)
    {
        this.page = page;
        page.Response += OnResponse;
    }

    /// <summary>Messages by the key the server used, from the refusals since the last submission.</summary>
    public IReadOnlyDictionary<string, string> Messages => byKey;

    /// <summary>Forgets the messages: a new submission is about to be judged (called only before one is sent).</summary>
    public void Clear()
    {
        submitted = true;
        refused.Clear();
        byKey.Clear();
    }

    /// <summary>Reads the bodies of refusals that arrived since the last call.</summary>
    public async Task ReadAsync()
    {
        while (refused.TryDequeue(out var response))
        {
            string body;
            try
            {
                body = await response.TextAsync();
            }
            catch (PlaywrightException)
            {
                // The body is gone once the page navigated away; nothing left to read.
                continue;
            }

            foreach (var (key, message) in Parse(body))
            {
                byKey[key] = message;
            }
        }
    }

    /// <summary><paramref name="inventory"/> with each message on the field it names, where the page shows none.</summary>
    public PageInventory Apply(PageInventory inventory)
    {
        if (byKey.Count == 0)
        {
            return inventory;
        }

        var fields = inventory.Fields.Select(f => f.Error.Length > 0 ? f
            : byKey.FirstOrDefault(e => Names(f, e.Key)) is { Key: not null } e ? f with { Error = e.Value } : f).ToList();
        // After a submission, a message naming no field the page shows is the page's own alert: the refusal is read as
        // one, not as a click the page ignored.
        var unplaced = submitted ? Unplaced(byKey, inventory.Fields) : [];
        return inventory with { Fields = fields, Alerts = unplaced.Count == 0 ? inventory.Alerts : [.. inventory.Alerts, .. unplaced] };
    }

    /// <summary>
    /// The messages that name none of <paramref name="fields"/> (a part of an entry saved in a section, a box the page
    /// dropped), each as "key: message"; a key such as "_form" names the whole form, so its message stands alone.
    /// </summary>
    public static IReadOnlyList<string> Unplaced(IReadOnlyDictionary<string, string> messages, IReadOnlyList<FormField> fields) =>
        [.. messages.Where(e => !fields.Any(f => Names(f, e.Key))).Select(e => e.Key.StartsWith('_') ? e.Value : $"{e.Key}: {e.Value}")];

    /// <summary>
    /// Field messages of a JSON error body: <c>errors</c> (or <c>fieldErrors</c>, <c>validationErrors</c>) as an object
    /// of messages or message lists (RFC 9457 style), or as a list of <c>{field|name|path|param, message|msg|detail}</c>.
    /// </summary>
    public static IReadOnlyList<(string Key, string Message)> Parse(string body)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return [];
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var found = new List<(string, string)>();
        foreach (var name in new[] { "errors", "fieldErrors", "validationErrors" })
        {
            if (!root.TryGetProperty(name, out var errors))
            {
                continue;
            }

            if (errors.ValueKind == JsonValueKind.Object)
            {
                found.AddRange(errors.EnumerateObject().Select(p => (p.Name, Text(p.Value))).Where(p => p.Item2.Length > 0));
            }
            else if (errors.ValueKind == JsonValueKind.Array)
            {
                found.AddRange(errors.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
                    .Select(e => (Key: First(e, "field", "name", "path", "param", "property"), Message: First(e, "message", "msg", "detail", "error")))
                    .Where(e => e.Key.Length > 0 && e.Message.Length > 0));
            }
        }

        return found;
    }

    /// <summary>
    /// Whether a post to <paramref name="requestUrl"/> is the form's own: sent to the origin of the page or of one of its
    /// frames (<paramref name="pageUrls"/>), not to a service on another origin the page also talks to.
    /// </summary>
    public static bool FromForm(string requestUrl, IEnumerable<string> pageUrls) =>
        Uri.TryCreate(requestUrl, UriKind.Absolute, out var target)
        && pageUrls.Any(u => Uri.TryCreate(u, UriKind.Absolute, out var own) && own.Scheme == target.Scheme
            && string.Equals(own.Host, target.Host, StringComparison.OrdinalIgnoreCase) && own.Port == target.Port);

    /// <summary>Whether <paramref name="key"/> ("phone", "answers.phone", "startDate") names the field.</summary>
    public static bool Names(FormField field, string key)
    {
        var last = key.Split(['.', '[', ']', '/'], StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? key;
        if (Same(field.Name, key) || Same(field.Name, last) || field.Hints.Split(' ').Any(h => Same(h, key) || Same(h, last)))
        {
            return true;
        }

        var words = TextNorm.Normalize(CamelCase().Replace(last, " ").Replace('_', ' ').Replace('-', ' '));
        return words.Length >= 3 && words == TextNorm.Normalize(field.Label);
    }

    /// <summary>The key a summary line starts with ("phone: Use the format ..."), when it is one word.</summary>
    public static string? LeadingKey(string line) =>
        LeadingWord().Match(line) is { Success: true } m ? m.Groups["key"].Value : null;

    public void Dispose() => page.Response -= OnResponse;

    private void OnResponse(object? sender, IResponse response)
    {
        // Only the form's own posts: a refusal from an analytics, address-check or captcha service elsewhere is not the form's.
        if (response.Status is 400 or 422 && response.Request.Method is "POST" or "PUT" or "PATCH"
            && (response.Request.IsNavigationRequest || FromForm(response.Request.Url, page.Frames.Select(f => f.Url))))
        {
            refused.Enqueue(response);
        }
    }

    private static bool Same(string a, string b) => a.Length > 0 && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Trim(),
        JsonValueKind.Array => string.Join(" ", value.EnumerateArray().Select(Text).Where(t => t.Length > 0)),
        JsonValueKind.Object => First(value, "message", "msg", "detail"),
        _ => "",
    };

    private static string First(JsonElement item, params string[] names) =>
        names.Select(n => item.TryGetProperty(n, out var v) ? Text(v) : "").FirstOrDefault(t => t.Length > 0) ?? "";

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"^\s*(?<key>[A-Za-z_][\w.\[\]-]*)\s*:")]
    private static partial Regex LeadingWord();
}
