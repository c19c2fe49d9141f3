using System.Net;
using System.Net.Sockets;

namespace GhostHands.Jobs.Outbound;

/// <summary>A request refused by <see cref="AddressGuard"/> at connection time; not worth retrying.</summary>
public sealed class OutboundRefusedException(string reason) : IOException(reason);

/// <summary>
/// The HTTP handler of every request GhostHands makes to a URL a job supplied (resume downloads, callbacks). The
/// guard runs where the socket is opened, on the addresses actually connected to: a name that resolved to a public
/// address when it was checked and to 127.0.0.1 a moment later (DNS rebinding) is refused all the same, and so is
/// every redirect, since each new host opens a new connection. No proxy: it would be what the socket reaches.
/// </summary>
public static class GuardedHttp
{
    /// <summary>Redirects followed before giving up; each one passes the guard again.</summary>
    public const int MaxRedirects = 5;

    public static SocketsHttpHandler CreateHandler(AddressGuard guard, TimeSpan connectTimeout) => new()
    {
        UseProxy = false,
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = MaxRedirects,
        ConnectTimeout = connectTimeout,
        ConnectCallback = async (context, ct) =>
        {
            var (addresses, refusal) = await guard.ResolveAsync(context.DnsEndPoint.Host, ct);
            if (refusal is not null)
            {
                throw new OutboundRefusedException(refusal);
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                // Connects to one of exactly the addresses just checked, never to a second resolution of the name.
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <summary>The guard's refusal behind a failed request, if that is why it failed.</summary>
    public static OutboundRefusedException? Refusal(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is OutboundRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
