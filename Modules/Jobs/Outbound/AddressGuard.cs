using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;

namespace GhostHands.Jobs.Outbound;

/// <summary>
/// Which addresses a request GhostHands makes on a job's behalf (the browser's target, a resume download, a callback)
/// may reach: never loopback, private, link-local (cloud metadata at 169.254.169.254 among them), multicast or
/// unspecified addresses, the worker's own network, unless the allow list (<c>GH_TARGET_ALLOWLIST</c>:
/// <c>loopback</c>, <c>private</c>, host names, CIDRs) says so. Link-local is only ever allowed by a CIDR.
/// Pure apart from the resolver, which tests replace to make any name resolve anywhere.
/// </summary>
public sealed class AddressGuard
{
    /// <summary>The configuration key behind <c>GH_TARGET_ALLOWLIST</c>.</summary>
    public const string AllowListKey = "Execution:TargetAllowList";

    private readonly bool allowLoopback;
    private readonly bool allowPrivate;
    private readonly HashSet<string> hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(IPAddress Network, int Prefix)> networks = [];
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> resolve;

    public AddressGuard(string? allowList, Func<string, CancellationToken, Task<IPAddress[]>>? resolver = null)
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

    public static AddressGuard FromConfiguration(IConfiguration configuration) => new(configuration[AllowListKey]);

    /// <summary>Whether the allow list names <paramref name="host"/> itself, which then needs no address check.</summary>
    public bool AllowsHost(string host) => hosts.Contains(host.Trim('[', ']'));

    /// <summary>
    /// For a URL whose host is an IP address (or <c>localhost</c>), the reason it is refused; null for an allowed
    /// address and for any other host name, which only resolving can judge. What submission can tell at once.
    /// </summary>
    public string? CheckLiteral(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.IdnHost.Trim('[', ']');
        if (AllowsHost(host))
        {
            return null;
        }

        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return allowLoopback ? null : $"'{host}' is a loopback address.";
        }

        return IPAddress.TryParse(host, out var literal) && Check(literal) is { } refusal ? $"{literal} is {refusal}." : null;
    }

    /// <summary>Resolves <paramref name="host"/>; the addresses when every one is allowed, else the reason for refusing.</summary>
    public async Task<(IPAddress[] Addresses, string? Refusal)> ResolveAsync(string host, CancellationToken ct)
    {
        host = host.Trim('[', ']');
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
                return ([], $"The host '{host}' does not resolve ({e.SocketErrorCode}).");
            }
        }

        if (addresses.Length == 0)
        {
            return ([], $"The host '{host}' does not resolve.");
        }

        if (AllowsHost(host))
        {
            return (addresses, null);
        }

        // Every address is checked, not only the first: a name may answer with a public and a private address and the
        // connection may go to either.
        foreach (var address in addresses)
        {
            if (Check(address) is { } refusal)
            {
                return ([], $"'{host}' resolves to {address}, {refusal}.");
            }
        }

        return (addresses, null);
    }

    /// <summary>Null when <paramref name="address"/> may be reached, else what kind of address it is.</summary>
    public string? Check(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (networks.Any(n => AddressRanges.InNetwork(address, n.Network, n.Prefix)))
        {
            return null;
        }

        if (IPAddress.IsLoopback(address))
        {
            return allowLoopback ? null : "a loopback address";
        }

        if (AddressRanges.IsLinkLocal(address))
        {
            return "a link-local address (cloud metadata lives there)";
        }

        if (AddressRanges.IsUnroutable(address))
        {
            return "a multicast, broadcast or reserved address";
        }

        if (AddressRanges.IsPrivate(address))
        {
            return allowPrivate ? null : "a private address";
        }

        return null;
    }
}
