using System.Net;
using GhostHands.Jobs.Outbound;

namespace GhostHands.Execution.Targets;

/// <summary>
/// Decides whether a job may point the browser at a URL: http(s) only, and never at an address
/// <see cref="AddressGuard"/> refuses (loopback, private, link-local, metadata) unless the allow list says so. Host
/// names are resolved first, so a public name that resolves to 127.0.0.1 is refused too. Resume downloads use
/// <see cref="Addresses"/> in their HTTP handler, where the check also covers the address connected to and redirects.
/// </summary>
public sealed class TargetUrlGuard(string? allowList, Func<string, CancellationToken, Task<IPAddress[]>>? resolver = null)
{
    public AddressGuard Addresses { get; } = new(allowList, resolver);

    /// <summary>Null when allowed, otherwise the reason for refusing.</summary>
    public async Task<string?> CheckAsync(string? url, CancellationToken ct = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return $"'{url}' is not an absolute http(s) URL.";
        }

        return (await Addresses.ResolveAsync(uri.IdnHost, ct)).Refusal;
    }
}
