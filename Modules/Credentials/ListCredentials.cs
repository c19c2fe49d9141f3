using GhostHands.Jobs;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace GhostHands.Credentials;

public sealed record CredentialList(IReadOnlyList<CredentialView> Credentials);

/// <summary>
/// <c>GET /api/v1/gh/users/{id}/credentials</c>: the user's stored credentials and saved browser sessions, without
/// secrets: platform, type, key id, validity, expiry and when each was last used and accepted.
/// </summary>
public static class ListCredentialsEndpoint
{
    [WolverineGet("/api/v1/gh/users/{id}/credentials", OperationId = "listCredentials")]
    public static async Task<IResult> Get(string id, CredentialVault vault, CancellationToken ct)
    {
        var errors = CredentialProblems.CheckRoute(id, null, out var userId);
        return errors.Count > 0
            ? JobProblems.Validation(errors).ToResult()
            : Results.Ok(new CredentialList(await vault.ListAsync(userId, ct)));
    }
}
