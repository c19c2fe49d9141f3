using System.Net;
using System.Net.Sockets;

namespace GhostHands.Execution.Targets;

/// <summary>
/// Decides whether a job may point the browser at a URL: http(s) only, and never at loopback, private or link-local
/// addresses (the worker's own network) unless the allow list says so. Host names are resolved first, so a public
/// name that resolves to 127.0.0.1 is refused too. Pure apart from the injected resolver.
/// </summary>
public sealed class TargetUrlGuard
{
    private readonly bool allowLoopback;
    private readonly bool allowPrivate;
    private readonly HashSet<string> hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(IPAddress Network, int Prefix)> networks = [];
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> resolve;

    public TargetUrlGuard(string? allowList, Func<string, CancellationToken, Task<IPAddress[]>>? resolver = null)
    {
        resolve = resolver ?? ((host, ct) => Dns.GetHostAddressesAsync(host, ct));
        foreach (var entry in (allowList ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry.Equals("loopback", StringComparison.OrdinalIgnoreCase))
            {
                allowLoopback = true;
            }
            else if (entry.Equals("private", StringComparison.OrdinalIgnoreCase))
            {
                allowPrivate = true;
            }
            else if (entry.Contains('/', StringComparison.Ordinal))
            {
                var parts = entry.Split('/');
                if (!IPAddress.TryParse(parts[0], out var network) || !int.TryParse(parts[1], out var prefix)
                    || prefix < 0 || prefix > (network.AddressFamily == AddressFamily.InterNetwork ? 32 : 128))
                {
                    throw new FormatException($"'{entry}' in the target allow list is not a CIDR.");
                }

                networks.Add((network, prefix));
            }
            else
            {
                hosts.Add(entry.Trim('[', ']'));
            }
        }
    }

    /// <summary>Null when allowed, otherwise the reason for refusing.</summary>
    public async Task<string?> CheckAsync(string? url, CancellationToken ct = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return $"'{url}' is not an absolute http(s) URL.";
        }

        var host = uri.IdnHost.Trim('[', ']');
        if (hosts.Contains(host))
        {
            return null;
        }

        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await resolve(host, ct);
            }
            catch (SocketException e)
            {
                return $"The host '{host}' does not resolve ({e.SocketErrorCode}).";
            }
        }

        if (addresses.Length == 0)
        {
            return $"The host '{host}' does not resolve.";
        }

        foreach (var address in addresses)
        {
            var refusal = Check(address);
            if (refusal is not null)
            {
                return $"'{host}' resolves to {address}, {refusal}.";
            }
        }

        return null;
    }

    private string? Check(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (networks.Any(n => InNetwork(address, n.Network, n.Prefix)))
        {
            return null;
        }

        if (IPAddress.IsLoopback(address))
        {
            return allowLoopback ? null : "a loopback address";
        }

        if (IsLinkLocal(address))
        {
            return "a link-local address";
        }

        if (IsPrivate(address))
        {
            return allowPrivate ? null : "a private address";
        }

        return null;
    }

    private static bool IsLinkLocal(IPAddress a) => a.AddressFamily == AddressFamily.InterNetwork
        ? InNetwork(a, IPAddress.Parse("169.254.0.0"), 16)
        : a.IsIPv6LinkLocal;

    private static bool IsPrivate(IPAddress a) => a.AddressFamily == AddressFamily.InterNetwork
        ? InNetwork(a, IPAddress.Parse("10.0.0.0"), 8) || InNetwork(a, IPAddress.Parse("172.16.0.0"), 12)
          || InNetwork(a, IPAddress.Parse("192.168.0.0"), 16) || InNetwork(a, IPAddress.Parse("100.64.0.0"), 10)
          || InNetwork(a, IPAddress.Parse("0.0.0.0"), 8)
        : a.IsIPv6UniqueLocal || a.IsIPv6SiteLocal || a.Equals(IPAddress.IPv6None);

    private static bool InNetwork(IPAddress address, IPAddress network, int prefix)
    {
        if (address.AddressFamily != network.AddressFamily)
        {
            return false;
        }

        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        for (var bit = 0; bit < prefix; bit++)
        {
            var mask = 0x80 >> (bit % 8);
            if ((a[bit / 8] & mask) != (n[bit / 8] & mask))
            {
                return false;
            }
        }

        return true;
    }
}
