using System.Net;
using System.Net.Sockets;

namespace GhostHands.Jobs.Outbound;

/// <summary>The address ranges <see cref="AddressGuard"/> keeps requests away from.</summary>
internal static class AddressRanges
{
    private static readonly IPAddress Nat64 = IPAddress.Parse("64:ff9b::");

    public static bool IsLinkLocal(IPAddress a) => a.AddressFamily == AddressFamily.InterNetwork
        ? InNetwork(a, IPAddress.Parse("169.254.0.0"), 16)
        : a.IsIPv6LinkLocal || (EmbeddedIPv4(a) is { } v4 && IsLinkLocal(v4));

    public static bool IsPrivate(IPAddress a) => a.AddressFamily == AddressFamily.InterNetwork
        ? InNetwork(a, IPAddress.Parse("10.0.0.0"), 8) || InNetwork(a, IPAddress.Parse("172.16.0.0"), 12)
          || InNetwork(a, IPAddress.Parse("192.168.0.0"), 16) || InNetwork(a, IPAddress.Parse("100.64.0.0"), 10)
          || InNetwork(a, IPAddress.Parse("0.0.0.0"), 8)
        : a.IsIPv6UniqueLocal || a.IsIPv6SiteLocal || a.Equals(IPAddress.IPv6None)
          || (EmbeddedIPv4(a) is { } v4 && (IsPrivate(v4) || IPAddress.IsLoopback(v4)));

    public static bool IsUnroutable(IPAddress a) => a.AddressFamily == AddressFamily.InterNetwork
        ? InNetwork(a, IPAddress.Parse("224.0.0.0"), 3)
        : a.IsIPv6Multicast;

    public static bool InNetwork(IPAddress address, IPAddress network, int prefix)
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

    /// <summary>The IPv4 address a NAT64 (64:ff9b::/96) address translates to: the same host by another route.</summary>
    private static IPAddress? EmbeddedIPv4(IPAddress a) =>
        a.AddressFamily == AddressFamily.InterNetworkV6 && InNetwork(a, Nat64, 96) ? new IPAddress(a.GetAddressBytes()[12..]) : null;
}
