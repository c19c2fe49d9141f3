using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GhostHands.Fixtures;

/// <summary>The fixture forms and postings, what each expects, the shared applicant and the test resume.</summary>
public static class FixtureCatalog
{
    public const string ResumeFileName = "Jordan_Rivera_Resume.pdf";
    public const string ResumeContentType = "application/pdf";

    internal const string DevelopmentFolder = "Forms/";
    internal const string HeldOutFolder = "HeldOut/";
    internal const string RetiredFolder = "Retired/";

    private const string ExpectedSuffix = ".expected.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
    };

    // One dictionary for all folders: ToDictionary throws on a name used twice, so a URL always means one form.
    private static readonly Lazy<IReadOnlyDictionary<string, FormExpectation>> FormExpectations = new(() =>
        Load<FormExpectation>(DevelopmentFolder).Select(e => e.Value with { Name = e.Name })
            .Concat(Load<FormExpectation>(HeldOutFolder).Select(e => e.Value with { Name = e.Name, HeldOut = true }))
            .Concat(Load<FormExpectation>(RetiredFolder).Select(e => e.Value with { Name = e.Name, Retired = true }))
            .ToDictionary(e => e.Name));

    private static readonly Lazy<IReadOnlyDictionary<string, PostingExpectation>> PostingExpectations =
        new(() => Load<PostingExpectation>("Postings/").ToDictionary(e => e.Name, e => e.Value with { Name = e.Name }));

    /// <summary>
    /// The development forms (<c>Forms/</c>), sorted: the ones the engine is built and tested against. Each is served
    /// at <c>/forms/{name}</c>. Held-out forms are not in this list; see <see cref="HeldOutForms"/>.
    /// </summary>
    public static IReadOnlyList<string> Forms => Names(e => !e.HeldOut && !e.Retired);

    /// <summary>The development forms; the same list as <see cref="Forms"/>, named for contrast with <see cref="HeldOutForms"/>.</summary>
    public static IReadOnlyList<string> DevelopmentForms => Forms;

    /// <summary>
    /// The held-out forms (<c>HeldOut/</c>), sorted: written before the engine work they measure and never adjusted to
    /// it. Only the benchmark runs the engine against them; tests check only that each can be filled and accepted.
    /// Served at <c>/forms/{name}</c> like the others.
    /// </summary>
    public static IReadOnlyList<string> HeldOutForms => Names(e => e.HeldOut);

    /// <summary>
    /// The retired forms (<c>Retired/</c>), sorted: held-out batches that were later opened and worked on. They are
    /// scored apart by the benchmark and checked here like held-out forms, but no longer count as unseen.
    /// </summary>
    public static IReadOnlyList<string> RetiredForms => Names(e => e.Retired);

    /// <summary>The held-out batches (<see cref="FormExpectation.Batch"/>), oldest first.</summary>
    public static IReadOnlyList<string> HeldOutBatches => BatchesOf(HeldOutForms);

    /// <summary>The retired batches, oldest first.</summary>
    public static IReadOnlyList<string> RetiredBatches => BatchesOf(RetiredForms);

    /// <summary>The held-out forms of one batch, sorted.</summary>
    public static IReadOnlyList<string> HeldOutFormsOf(string batch) =>
        [.. HeldOutForms.Where(f => FormExpectations.Value[f].Batch == batch)];

    /// <summary>Development, held-out and retired forms together, sorted.</summary>
    public static IReadOnlyList<string> AllForms => [.. FormExpectations.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Posting names, sorted; each is served at <c>/postings/{name}</c>.</summary>
    public static IReadOnlyList<string> Postings => [.. PostingExpectations.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary><c>Applicant.json</c> as written, for use as an apply job's input data.</summary>
    public static string ApplicantJson { get; } = EmbeddedFiles.ReadRequiredText("Applicant.json");

    public static Applicant Applicant { get; } =
        JsonSerializer.Deserialize<Applicant>(ApplicantJson, Json) ?? throw new InvalidDataException("Applicant.json is empty.");

    /// <summary>Lower-case hex SHA-256 of <see cref="ResumePdf"/>.</summary>
    public static string ResumeSha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(TestResume.Create()));

    public static FormExpectation Expected(string form) =>
        TryExpected(form) ?? throw new ArgumentException($"No fixture form '{form}'. Known: {string.Join(", ", AllForms)}.", nameof(form));

    public static PostingExpectation ExpectedPosting(string posting) =>
        PostingExpectations.Value.TryGetValue(posting, out var expected)
            ? expected
            : throw new ArgumentException($"No fixture posting '{posting}'. Known: {string.Join(", ", Postings)}.", nameof(posting));

    /// <summary>A fresh copy of the test resume: a small valid one-page PDF, identical on every call.</summary>
    public static byte[] ResumePdf() => TestResume.Create();

    internal static FormExpectation? TryExpected(string form) =>
        FormExpectations.Value.TryGetValue(form, out var expected) ? expected : null;

    private static IReadOnlyList<string> Names(Func<FormExpectation, bool> inSet) =>
        [.. FormExpectations.Value.Values.Where(inSet).Select(e => e.Name).Order(StringComparer.Ordinal)];

    private static IReadOnlyList<string> BatchesOf(IEnumerable<string> forms) =>
        [.. forms.Select(f => FormExpectations.Value[f].Batch).Distinct().Order(StringComparer.Ordinal)];

    private static IEnumerable<(string Name, T Value)> Load<T>(string folder) => EmbeddedFiles.Names
        .Where(n => n.StartsWith(folder, StringComparison.Ordinal) && n.EndsWith(ExpectedSuffix, StringComparison.Ordinal))
        .Select(n => (n[folder.Length..^ExpectedSuffix.Length], Parse<T>(n)));

    private static T Parse<T>(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(EmbeddedFiles.ReadRequiredText(path), Json)
                ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} does not match {typeof(T).Name}: {e.Message}", e);
        }
    }
}
