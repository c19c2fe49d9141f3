using System.Reflection;
using System.Text.Json;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>A control as the page shows it; <see cref="Id"/> is its <c>data-gh-id</c> in <see cref="Frame"/>.</summary>
internal sealed record FormField(
    string Id, string Kind, string Type, string Name, string Label, string Hints, bool Required, string Value,
    IReadOnlyList<FieldOption> Options, string Error, string? Native, string? Placeholder, string? Pattern)
{
    public IFrame Frame { get; init; } = null!;

    /// <summary>The control's <c>title</c>: forms often put the expected format there for a <c>pattern</c>.</summary>
    public string Title { get; init; } = "";

    /// <summary>The control's <c>maxlength</c>; 0 when it has none.</summary>
    public int MaxLength { get; init; }

    /// <summary>
    /// A control the browser's constraint validation names but nobody can see (the backing input of a custom widget);
    /// it can only be set through its value and events.
    /// </summary>
    public bool Hidden { get; init; }

    /// <summary>
    /// Help text tied to the control or written under it ("Write the date like this: 31.12.2026"): often the only place
    /// a format is shown. Empty for choices.
    /// </summary>
    public string Description { get; init; } = "";

    /// <summary>
    /// For a group of options whose question refers to statements written apart from it ("Can you keep to that
    /// schedule?" under a paragraph describing it): those statements, in reading order. Empty when there are none.
    /// See <see cref="QuestionContext"/>.
    /// </summary>
    public string Context { get; init; } = "";

    /// <summary>The question of the fieldset or group the control sits in ("Start date" over "Month" and "Year").</summary>
    public string Group { get; init; } = "";

    /// <summary>A text input that takes no typing (<c>readonly</c>): a calendar or other popup writes it.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// A text box that announces a calendar (<c>aria-haspopup</c> "dialog" or "grid"): typing may be refused (the page
    /// clears what it cannot read), so a date is picked in the calendar, as a person does.
    /// </summary>
    public bool Calendar { get; init; }

    /// <summary>A group of pressed-state buttons that keeps several at once (a question asking for all that apply).</summary>
    public bool Multiple { get; init; }

    /// <summary>A combobox that announces a popup list (<c>aria-haspopup</c>): a script select whose menu opens on focus.</summary>
    public bool Popup { get; init; }

    /// <summary>
    /// The <c>data-gh-id</c> of the country button of a phone widget around this input (intl-tel-input and the like);
    /// empty when the input has none. See <see cref="PhoneWidget"/>.
    /// </summary>
    public string Dialer { get; init; } = "";

    /// <summary>What the country button shows of the chosen country: its text, title, label and flag classes.</summary>
    public string DialShown { get; init; } = "";

    /// <summary>
    /// For a hidden native select behind a drawn dropdown: the <c>data-gh-id</c> of the toggle that opens its list;
    /// empty otherwise. See <see cref="DrawnSelect"/>.
    /// </summary>
    public string Drawn { get; init; } = "";

    /// <summary>
    /// The text a suggestion the engine chose wrote into a plain box (its <c>data-gh-chosen</c>); empty when none was
    /// chosen there. See <see cref="PlainSuggestions"/>.
    /// </summary>
    public string Chosen { get; init; } = "";

    /// <summary>
    /// A group of yes/no buttons that shows no state of its own: which was pressed is known only from the engine's own
    /// mark. See <see cref="UnheardAnswers"/>.
    /// </summary>
    public bool Stateless { get; init; }

    /// <summary>Stable across re-renders (ids are not): what the field asks and how it is named.</summary>
    public string Key => $"{Kind}|{Label}|{Name}";
}

internal sealed record PageButton(string Id, string Text, string Type, bool Disabled)
{
    public IFrame Frame { get; init; } = null!;

    /// <summary>The button's id, class, name and test attributes: "next-step-button", "btn-primary".</summary>
    public string Hint { get; init; } = "";
}

/// <summary>What one round trip per frame found: fields, buttons, error banners, blockers and the visible text.</summary>
internal sealed record PageInventory(
    IReadOnlyList<FormField> Fields, IReadOnlyList<PageButton> Buttons, IReadOnlyList<string> Alerts, int InvalidCount,
    bool Captcha, bool Login, IReadOnlyList<(IFrame Frame, string Url, string Text)> Documents)
{
    private static readonly string Script = LoadScript();

    /// <summary>
    /// What the reading could not read: an element the script skipped ("input: ..."), or a frame it failed on as a whole
    /// (a navigation mid-call, or a script error that would otherwise leave the page looking empty).
    /// </summary>
    public IReadOnlyList<string> Faults { get; init; } = [];

    /// <summary>
    /// The text of the modal dialog open on top of the page, empty when none is: while one is open, the fields and
    /// buttons are only those inside it.
    /// </summary>
    public string Dialog { get; init; } = "";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Same fields and banners: nothing the page shows has changed.</summary>
    public string Signature => string.Join("\n", Documents.Select(d => d.Url))
        + string.Join("\n", Fields.Select(f => f.Key + "=" + f.Value + "!" + f.Error)) + string.Join("\n", Alerts)
        + (Dialog.Length > 0 ? "\ndialog:" + Dialog[..Math.Min(Dialog.Length, 200)] : "");

    public static async Task<PageInventory> TakeAsync(IPage page)
    {
        var fields = new List<FormField>();
        var buttons = new List<PageButton>();
        var alerts = new List<string>();
        var documents = new List<(IFrame, string, string)>();
        var faults = new List<string>();
        var dialog = "";
        int invalid = 0;
        bool captcha = false, login = false;
        foreach (var frame in page.Frames)
        {
            Raw? raw;
            try
            {
                raw = (await frame.EvaluateAsync<JsonElement>(Script)).Deserialize<Raw>(Json);
            }
            catch (PlaywrightException e) when (!page.IsClosed)
            {
                // A frame that navigates or detaches mid-call is read again on the next round.
                faults.Add(e.Message.Split('\n')[0]);
                continue;
            }

            if (raw is null)
            {
                continue;
            }

            fields.AddRange(raw.Fields.Select(f => f with { Frame = frame }));
            buttons.AddRange(raw.Buttons.Select(b => b with { Frame = frame }));
            alerts.AddRange(raw.Alerts);
            invalid += raw.Invalid;
            captcha |= raw.Captcha;
            login |= raw.Login;
            faults.AddRange(raw.Faults ?? []);
            documents.Add((frame, raw.Url, raw.Text));
            dialog = dialog.Length > 0 ? dialog : raw.Dialog ?? "";
        }

        return new PageInventory(ErrorsFromSummary(fields, alerts), buttons, alerts, invalid, captcha, login, documents) { Faults = faults, Dialog = dialog };
    }

    /// <summary>
    /// Gives a field with no message of its own the summary item that names it ("Phone: use the format ..."), the
    /// longest label mentioned winning, so that a repair can read what the server wants for that field.
    /// </summary>
    private static List<FormField> ErrorsFromSummary(List<FormField> fields, List<string> alerts)
    {
        if (alerts.Count == 0)
        {
            return fields;
        }

        var named = new Dictionary<FormField, string>();
        foreach (var alert in alerts)
        {
            var text = $" {TextNorm.Normalize(alert)} ";
            var field = fields
                .Where(f => f.Error.Length == 0 && TextNorm.Normalize(f.Label) is { Length: >= 3 } l && text.Contains($" {l} ", StringComparison.Ordinal))
                .MaxBy(f => f.Label.Length)
                ?? fields.FirstOrDefault(f => f.Error.Length == 0 && ServerErrors.LeadingKey(alert) is { } key && ServerErrors.Names(f, key));
            if (field is not null)
            {
                named.TryAdd(field, alert);
            }
        }

        return named.Count == 0 ? fields : [.. fields.Select(f => named.TryGetValue(f, out var error) ? f with { Error = error } : f)];
    }

    private static string LoadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GhostHands.Execution.Forms.inventory.js")
            ?? throw new InvalidOperationException("inventory.js is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record Raw(
        string Url, string Title, List<FormField> Fields, List<PageButton> Buttons, List<string> Alerts, int Invalid,
        bool Captcha, bool Login, string Text, List<string>? Faults, string? Dialog);
}
