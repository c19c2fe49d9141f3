using System.Text.Json;

namespace GhostHands.Credentials;

/// <summary>
/// Which applicant-tracking platform a job's page belongs to, the key of its stored sign-in: <c>input_data.platform</c>
/// when VALET names it (VALET passes it), else the platform of a known host, else the host itself.
/// </summary>
public static class AtsPlatforms
{
    // Host suffix → platform, for the ATS whose applications live on their own domains.
    private static readonly (string Suffix, string Platform)[] Hosts =
    [
        ("greenhouse.io", "greenhouse"), ("lever.co", "lever"), ("myworkdayjobs.com", "workday"), ("workday.com", "workday"),
        ("icims.com", "icims"), ("taleo.net", "taleo"), ("smartrecruiters.com", "smartrecruiters"), ("successfactors.com", "successfactors"),
        ("successfactors.eu", "successfactors"), ("sapsf.com", "successfactors"), ("jobvite.com", "jobvite"), ("ashbyhq.com", "ashby"),
        ("bamboohr.com", "bamboohr"), ("workable.com", "workable"), ("applytojob.com", "jazzhr"), ("teamtailor.com", "teamtailor"),
        ("linkedin.com", "linkedin"),
    ];

    public static string? For(string? targetUrl, JsonElement inputData)
    {
        if (inputData.ValueKind == JsonValueKind.Object && inputData.TryGetProperty("platform", out var p) && p.ValueKind == JsonValueKind.String
            && p.GetString()?.Trim().ToLowerInvariant() is { } named && CredentialVault.PlatformPattern().IsMatch(named))
        {
            return named;
        }

        if (Domain(targetUrl) is not { } host)
        {
            return null;
        }

        return Hosts.FirstOrDefault(h => host == h.Suffix || host.EndsWith("." + h.Suffix, StringComparison.Ordinal)).Platform ?? host;
    }

    /// <summary>The lower-case host of <paramref name="url"/> (punycode for international names): the key of saved browser sessions.</summary>
    public static string? Domain(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IdnHost.ToLowerInvariant() is { } host && CredentialVault.PlatformPattern().IsMatch(host)
            ? host
            : null;
}
