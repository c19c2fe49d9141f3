using System.Net;
using System.Text.Json;

namespace GhostHands.Client;

/// <summary>
/// An RFC 9457 problem document as the API answers every error with: a stable <see cref="Code"/> and, for bad
/// input, <see cref="Errors"/> keyed by field name.
/// </summary>
public sealed record ApiProblem
{
    /// <summary>The problem type URI.</summary>
    public string? Type { get; init; }

    /// <summary>A short summary.</summary>
    public string? Title { get; init; }

    /// <summary>The HTTP status code.</summary>
    public int? Status { get; init; }

    /// <summary>What went wrong with this request.</summary>
    public string? Detail { get; init; }

    /// <summary>The request path it happened on.</summary>
    public string? Instance { get; init; }

    /// <summary>GhostHands' stable error code, for example <c>validation_failed</c> or <c>job_not_found</c>.</summary>
    public string? Code { get; init; }

    /// <summary>For <c>validation_failed</c>: the problems keyed by snake_case field name; empty otherwise.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>Every member other than the standard ones, as sent (for example <c>existingJobId</c>).</summary>
    public IReadOnlyDictionary<string, JsonElement> Extensions { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>A problem for a response that carried no problem document.</summary>
    public static ApiProblem FromStatus(HttpStatusCode status, string? body) => new()
    {
        Status = (int)status,
        Title = status.ToString(),
        Detail = string.IsNullOrWhiteSpace(body) ? $"The API answered {(int)status} {status}." : Truncate(body),
    };

    /// <summary>Reads a problem document; null when <paramref name="json"/> is not a JSON object.</summary>
    public static ApiProblem? Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            return document.RootElement.ValueKind == JsonValueKind.Object ? FromElement(document.RootElement) : null;
        }
    }

    internal static ApiProblem FromElement(JsonElement root)
    {
        string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        var errors = new Dictionary<string, string[]>();
        if (root.TryGetProperty("errors", out var rawErrors) && rawErrors.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in rawErrors.EnumerateObject())
            {
                errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                    ? field.Value.EnumerateArray().Select(m => m.ToString()).ToArray()
                    : [field.Value.ToString()];
            }
        }

        string[] standard = ["type", "title", "status", "detail", "instance", "code"];
        return new ApiProblem
        {
            Type = Text("type"),
            Title = Text("title"),
            Status = root.TryGetProperty("status", out var s) && s.TryGetInt32(out var status) ? status : null,
            Detail = Text("detail"),
            Instance = Text("instance"),
            Code = Text("code"),
            Errors = errors,
            Extensions = root.EnumerateObject()
                .Where(p => !standard.Contains(p.Name))
                .ToDictionary(p => p.Name, p => p.Value.Clone()),
        };
    }

    /// <summary>Title, detail and field errors on one line.</summary>
    public override string ToString()
    {
        var text = Detail ?? Title ?? $"HTTP {Status}";
        return Errors.Count == 0 ? text : $"{text} {string.Join(" ", Errors.SelectMany(e => e.Value))}";
    }

    private static string Truncate(string body) => body.Length <= 500 ? body : body[..500] + "...";
}
