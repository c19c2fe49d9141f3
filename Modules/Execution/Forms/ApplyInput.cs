using System.Globalization;
using System.Text.Json;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>
/// The parts of an apply job's <c>input_data</c> the form engine uses: the applicant profile (<c>userData</c>, keys in
/// docs/execution.md), screening answers (<c>qaOverrides</c>, keyed by question text or by a profile key) and the résumé.
/// </summary>
internal sealed record ApplyInput(
    IReadOnlyDictionary<string, string> UserData, IReadOnlyDictionary<string, string> QaOverrides, string? ResumePath)
{
    /// <summary>The applicant's earlier answers, matched like <c>qaOverrides</c> but after them and after the profile.</summary>
    public IReadOnlyList<KnownAnswer> SavedAnswers { get; init; } = [];

    /// <summary>Where the posting says the job is ("Austin, TX"), as the page shows it beside the form; null when it shows none.</summary>
    public string? PostingLocation { get; init; }

    /// <summary>A profile value as text (lists joined with ", "), or null when absent or blank.</summary>
    public string? User(string key) => UserData.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>A numeric profile value (<c>years_experience</c>, <c>salary_expectation</c>), or null.</summary>
    public double? Number(string key) =>
        double.TryParse(User(key)?.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A date profile value (<c>start_date</c>, ISO), or null.</summary>
    public DateOnly? Date(string key) =>
        DateOnly.TryParseExact(User(key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>A list profile value (<c>skills</c>, <c>languages</c>): a JSON array or comma-separated text.</summary>
    public IReadOnlyList<string> List(string key) => User(key) is { } v ? [.. OptionMatcher.SplitList(v)] : [];

    /// <summary>
    /// <c>work_authorization</c> for <paramref name="country"/>: the plain yes/no, or the entry for that country when
    /// the value is an object keyed by country ({"US":"yes","UK":"no"}). Of an object, a question naming no known
    /// country takes an entry whose key it names ("EU"), else none when it names another place ("work in Georgia?"),
    /// else the home country's entry. Null when the profile does not say.
    /// </summary>
    public string? WorkAuthorization(Country? country, string? question = null)
    {
        if (User("work_authorization") is not { } value)
        {
            return null;
        }

        // One answer for all countries is the answer for the country of residence: another country named stays open.
        if (!value.StartsWith('{'))
        {
            return country is null || Countries.Find(User("country")) is not { } home || home.Code == country.Code ? value : null;
        }

        using var document = JsonDocument.Parse(value);
        var entries = document.RootElement.EnumerateObject()
            .Select(p => (Key: p.Name, Country: Countries.Find(p.Name), Answer: p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText()))
            .ToList();
        if (country is null && question is not null)
        {
            if (entries.FirstOrDefault(e => e.Country is null && PlaceNames.Names(question, e.Key)) is { Answer: { } named })
            {
                return named;
            }

            if (PlaceNames.NamesSomePlace(question))
            {
                return null;
            }
        }

        var wanted = country ?? Countries.Find(User("country"));
        if (wanted is not null)
        {
            return entries.FirstOrDefault(e => e.Country?.Code == wanted.Code).Answer;
        }

        return entries.Count == 1 ? entries[0].Answer : null;
    }

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
