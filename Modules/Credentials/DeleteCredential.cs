using GhostHands.Jobs;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace GhostHands.Credentials;

/// <summary>
/// <c>DELETE /api/v1/gh/users/{id}/credentials/{platform}?credential_type=password</c>: forgets one credential
/// (<c>credential_type</c> defaults to <c>password</c>; <c>session_cookies</c> forgets a saved browser session). 204, or
/// 404 when there was none.
/// </summary>
public static class DeleteCredentialEndpoint
{
    [WolverineDelete("/api/v1/gh/users/{id}/credentials/{platform}", OperationId = "deleteCredential")]
    public static async Task<IResult> Delete(string id, string platform, string? credential_type, CredentialVault vault, CancellationToken ct)
    {
        platform = platform.Trim().ToLowerInvariant();
        var type = credential_type ?? CredentialVault.Password;
        var errors = CredentialProblems.CheckRoute(id, platform, out var userId);
        if (!CredentialVault.Types.Contains(type))
        {
            errors["credential_type"] = [$"credential_type must be one of {string.Join(", ", CredentialVault.Types)}."];
        }

        if (errors.Count > 0)
        {
            return JobProblems.Validation(errors).ToResult();
        }

        return await vault.DeleteAsync(new CredentialAddress(userId, platform, type), ct)
            ? Results.NoContent()
            : CredentialProblems.NotFound(userId, platform, type);
    }
}
