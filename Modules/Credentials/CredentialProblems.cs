using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GhostHands.Credentials;

/// <summary>The problem documents of the credentials endpoints.</summary>
internal static class CredentialProblems
{
    public static IResult VaultUnavailable() => Results.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = "The credentials vault is not configured.",
        Detail = new CredentialVaultUnavailableException().Message,
        Extensions = { ["code"] = "credentials_vault_unavailable" },
    });

    public static IResult NotFound(Guid userId, string platform, string type) => Results.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Credential not found.",
        Detail = $"User {userId} has no {type} credential for platform '{platform}'.",
        Extensions = { ["code"] = "credential_not_found" },
    });

    /// <summary>Route values shared by the endpoints: the user's UUID and, when given, the platform.</summary>
    public static Dictionary<string, string[]> CheckRoute(string id, string? platform, out Guid userId)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Guid.TryParse(id, out userId))
        {
            errors["id"] = ["id must be the user's UUID."];
        }

        if (platform is not null && !CredentialVault.PlatformPattern().IsMatch(platform))
        {
            errors["platform"] = ["platform must be 1-200 lower-case letters, digits or . _ : - (a platform name such as workday, or a host)."];
        }

        return errors;
    }
}
