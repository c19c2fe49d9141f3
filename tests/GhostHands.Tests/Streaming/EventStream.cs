using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Streaming;

/// <summary>One Server-Sent Event as the client parsed it; <see cref="Id"/> is null for <c>[DONE]</c>.</summary>
public sealed record SseMessage(long? Id, string? Event, string Data)
{
    public bool IsDone => Data == "[DONE]";

    public JobEvent JobEvent => JsonSerializer.Deserialize<JobEvent>(Data, JobJson.Options)!;
}

/// <summary>A client of <c>GET /jobs/{id}/stream</c> reading the body as it arrives, as a browser's EventSource does.</summary>
public sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IDisposable
{
    public HttpResponseMessage Response => response;

    public static async Task<EventStream> OpenAsync(HttpClient client, string url, long? lastEventId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is { } id)
        {
            request.Headers.Add("Last-Event-ID", id.ToString(CultureInfo.InvariantCulture));
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync(ct)));
    }

    /// <summary>The next event, skipping comments; null when the server closed the stream.</summary>
    public async Task<SseMessage?> NextAsync(CancellationToken ct)
    {
        long? id = null;
        string? type = null;
        string? data = null;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                if (data is not null)
                {
                    return new SseMessage(id, type, data);
                }

                continue;
            }

            var (field, value) = line.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0
                ? (line[..colon], line[(colon + 1)..].TrimStart(' '))
                : (line, "");
            switch (field)
            {
                case "id": id = long.Parse(value, CultureInfo.InvariantCulture); break;
                case "event": type = value; break;
                case "data": data = data is null ? value : data + "\n" + value; break;
            }
        }

        return null;
    }

    /// <summary>Events until <c>[DONE]</c> (included) or until <paramref name="count"/> of them have arrived.</summary>
    public async Task<List<SseMessage>> ReadAsync(CancellationToken ct, int count = int.MaxValue)
    {
        var messages = new List<SseMessage>();
        while (messages.Count < count && await NextAsync(ct) is { } message)
        {
            messages.Add(message);
            if (message.IsDone)
            {
                break;
            }
        }

        return messages;
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}
