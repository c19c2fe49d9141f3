using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GhostHands.Fixtures;

/// <summary>What a page posted, whatever the encoding: fields as lists of strings, files with their hashes.</summary>
internal sealed record FormPayload(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Fields, IReadOnlyList<SubmittedFile> Files, string ContentType)
{
    public bool Has(string field) =>
        Fields.TryGetValue(field, out var values) && values.Any(v => !string.IsNullOrWhiteSpace(v));
}

/// <summary>Reads native form posts (multipart or urlencoded) and the JSON bodies that script-driven pages send.</summary>
internal static class SubmissionReader
{
    public static async Task<FormPayload> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var contentType = request.ContentType ?? "";
        return request.HasJsonContentType()
            ? await ReadJsonAsync(request, contentType, cancellationToken)
            : await ReadFormAsync(request, contentType, cancellationToken);
    }

    private static async Task<FormPayload> ReadFormAsync(HttpRequest request, string contentType, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return new FormPayload(new Dictionary<string, IReadOnlyList<string>>(), [], contentType);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var fields = form.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value.Select(v => v ?? "").ToList());
        var files = new List<SubmittedFile>();
        foreach (var file in form.Files.Where(f => f.Length > 0))
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            var bytes = content.ToArray();
            files.Add(new SubmittedFile(file.Name, file.FileName, file.ContentType, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        }

        return new FormPayload(fields, files, contentType);
    }

    /// <summary>A JSON object becomes fields: arrays give several values, nested objects give dotted names, null is omitted.</summary>
    private static async Task<FormPayload> ReadJsonAsync(HttpRequest request, string contentType, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        var fields = new Dictionary<string, IReadOnlyList<string>>();
        if (document.RootElement.ValueKind == JsonValueKind.Object)
        {
            Flatten(document.RootElement, "", fields);
        }

        return new FormPayload(fields, [], contentType);
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, IReadOnlyList<string>> fields)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix + property.Name;
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Object)
            {
                Flatten(value, name + ".", fields);
            }
            else if (value.ValueKind == JsonValueKind.Array)
            {
                fields[name] = value.EnumerateArray().Select(Scalar).OfType<string>().ToList();
            }
            else if (Scalar(value) is { } scalar)
            {
                fields[name] = [scalar];
            }
        }
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}
