using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace GhostHands.Credentials;

/// <summary>
/// <c>POST /api/v1/gh/credentials/reencrypt</c>, the operator's half of a key rotation: every row sealed by a previous
/// key is sealed again with the current one (see <see cref="CredentialVault.ReencryptAllAsync"/>). Answers how many
/// moved, how many already used the current key and which rows could not be decrypted with any configured key.
/// </summary>
public static class ReencryptCredentialsEndpoint
{
    [WolverinePost("/api/v1/gh/credentials/reencrypt", OperationId = "reencryptCredentials")]
    public static async Task<IResult> Post(CredentialVault vault, CancellationToken ct) =>
        vault.IsConfigured ? Results.Ok(await vault.ReencryptAllAsync(ct: ct)) : CredentialProblems.VaultUnavailable();
}
