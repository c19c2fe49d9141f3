using System.Text.Json;

namespace GhostHands.Execution.Forms;

/// <summary>The parts of an apply job's <c>input_data</c> the form engine uses (seed 001 section 5).</summary>
internal sealed record ApplyInput(
    IReadOnlyDictionary<string, string> UserData, IReadOnlyDictionary<string, string> QaOverrides, string? ResumePath)
{
    public IReadOnlyList<KnownAnswer> SavedAnswers { get; init; } = [];

    public string? User(string key) => UserData.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public string? FullName => (User("first_name"), User("last_name")) switch
    {
        (null, null) => User("full_name") ?? User("name"),
        var (first, last) => string.Join(' ', new[] { first, last }.Where(p => p is not null)),
    };

    /// <summary>Null with the reason when the input cannot drive a form.</summary>
    public static (ApplyInput? Input, string? Error) Parse(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return (null, "input_data must be an object.");
        }

        var (user, userError) = Dictionary(data, "userData");
        var (qa, qaError) = Dictionary(data, "qaOverrides");
        if ((userError ?? qaError) is { } error)
        {
            return (null, error);
        }

        string? resume = null;
        if (data.TryGetProperty("resumePath", out var r) || data.TryGetProperty("resume_path", out r))
        {
            if (r.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(r.GetString()))
            {
                return (null, "input_data.resumePath must be a file path or an http(s) URL.");
            }

            resume = r.GetString();
        }

        return (new ApplyInput(user, qa, resume), null);
    }

    private static (Dictionary<string, string> Values, string? Error) Dictionary(JsonElement data, string name)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!data.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return (values, null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return (values, $"input_data.{name} must be an object of strings.");
        }

        foreach (var p in element.EnumerateObject())
        {
            values[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString()!,
                JsonValueKind.Array => string.Join(", ", p.Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
                _ => p.Value.GetRawText(),
            };
        }

        return (values, null);
    }
}
