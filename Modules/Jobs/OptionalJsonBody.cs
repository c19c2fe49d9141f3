using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GhostHands.Jobs;

/// <summary>The optional JSON body of the operator endpoints (cancel reason, pause reason, recovery settings).</summary>
public static class OptionalJsonBody
{
    /// <summary>
    /// The body as <typeparamref name="T"/>, or null when none was sent: no body, <c>Content-Length: 0</c>, or an empty
    /// or blank chunked body. Malformed JSON throws <see cref="JsonException"/>, which the API answers with a 400 problem.
    /// </summary>
    public static async Task<T?> ReadJsonBodyAsync<T>(this HttpRequest request, CancellationToken ct)
        where T : class
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0))
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.ToArray().All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return null;
        }

        buffer.Position = 0;
        return await JsonSerializer.DeserializeAsync<T>(buffer, JobsModule.JsonOptions, ct);
    }
}
