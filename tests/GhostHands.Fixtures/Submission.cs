namespace GhostHands.Fixtures;

/// <summary>
/// One request a fixture page sent to <c>POST /forms/{form}/submit</c>, whether the server accepted it or not.
/// <see cref="Attempt"/> counts the form's submissions since the last <see cref="FixtureSite.Reset"/>, starting at 1.
/// </summary>
public sealed record Submission(
    string Form,
    int Attempt,
    bool Accepted,
    IReadOnlyDictionary<string, string> Errors,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Fields,
    IReadOnlyList<SubmittedFile> Files,
    string ContentType,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The field's values, or an empty list when the request did not carry it.</summary>
    public IReadOnlyList<string> Values(string field) => Fields.TryGetValue(field, out var values) ? values : [];

    /// <summary>The field's first value, or null when the request did not carry it.</summary>
    public string? Value(string field) => Values(field) is [var first, ..] ? first : null;

    public SubmittedFile? File(string field) => Files.FirstOrDefault(f => f.FieldName == field);
}

/// <summary>An uploaded file as it arrived; <see cref="Sha256"/> is lower-case hex of <see cref="Content"/>.</summary>
public sealed record SubmittedFile(string FieldName, string FileName, string ContentType, ReadOnlyMemory<byte> Content, string Sha256)
{
    public long Length => Content.Length;
}

/// <summary>One post of a sign-in page (<c>POST /forms/{form}/signin</c>); the credentials themselves are not kept.</summary>
public sealed record SignIn(string Form, bool Accepted, DateTimeOffset At);
