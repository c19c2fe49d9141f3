using System.Text;

namespace GhostHands.Client;

/// <summary>One dispatched Server-Sent Event: its <c>id</c>, <c>event</c> and joined <c>data</c> lines.</summary>
internal sealed record ServerSentEvent(string? Id, string? EventType, string Data);

/// <summary>
/// Reads the <c>text/event-stream</c> format (WHATWG HTML, "Server-sent events"): fields up to a blank line make one
/// event, lines starting with ':' are comments (the API's keep-alives), an event without data is not dispatched.
/// </summary>
internal sealed class ServerSentEventReader(Stream stream)
{
    private readonly StreamReader reader = new(stream, Encoding.UTF8);

    /// <summary>The next event; null when the stream ended.</summary>
    public async Task<ServerSentEvent?> ReadAsync(CancellationToken cancellationToken)
    {
        string? id = null;
        string? type = null;
        StringBuilder? data = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (data is not null)
                {
                    return new ServerSentEvent(id, type, data.ToString());
                }

                (id, type) = (null, null);
                continue;
            }

            if (line[0] == ':')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..];
            if (value.StartsWith(' '))
            {
                value = value[1..];
            }

            switch (field)
            {
                case "data":
                    data = data is null ? new StringBuilder(value) : data.Append('\n').Append(value);
                    break;
                case "id":
                    id = value;
                    break;
                case "event":
                    type = value;
                    break;
            }
        }

        return null;
    }
}
