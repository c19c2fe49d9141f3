using System.Text.Json;
using GhostHands.Jobs;
using GhostHands.Schema;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace GhostHands.Credentials;

/// <summary>
/// Body of <c>PUT /users/{id}/credentials/{platform}</c>. <c>credential_type</c> <c>password</c> (the default) needs
/// <c>username</c> and <c>password</c>; <c>api_key</c> and <c>oauth_token</c> need <c>token</c>. <c>metadata</c> is
/// stored in clear: no secrets there.
/// </summary>
public sealed record StoreCredential(
    string? CredentialType, Secret? Username, Secret? Password, Secret? Token, DateTimeOffset? ExpiresAt, JsonElement? Metadata);

/// <summary>
/// <c>PUT /api/v1/gh/users/{id}/credentials/{platform}</c>: stores a user's credential for an applicant-tracking
/// platform, encrypted with the current key, replacing the one of the same type (and making it valid again).
/// Answers the credential without its secret.
/// </summary>
public static class StoreCredentialEndpoint
{
    public const int MaxSecretLength = 4096;
    public const int MaxMetadataBytes = 4096;

    [WolverinePut("/api/v1/gh/users/{id}/credentials/{platform}", OperationId = "storeCredential")]
    public static async Task<IResult> Put(string id, string platform, StoreCredential request, CredentialVault vault, TimeProvider time, CancellationToken ct)
    {
        platform = platform.Trim().ToLowerInvariant();
        var errors = CredentialProblems.CheckRoute(id, platform, out var userId);
        var type = request.CredentialType ?? CredentialVault.Password;
        void Fail(string field, string message) => errors[field] = [message];

        if (type is not (CredentialVault.Password or CredentialVault.ApiKey or CredentialVault.OAuthToken))
        {
            Fail("credential_type", "credential_type must be password, api_key or oauth_token (browser sessions are saved by workers).");
        }
        else if (type == CredentialVault.Password)
        {
            CheckSecret(request.Username, "username", Fail);
            CheckSecret(request.Password, "password", Fail);
        }
        else
        {
            CheckSecret(request.Token, "token", Fail);
        }

        if (request.ExpiresAt is { } expires && expires <= time.GetUtcNow())
        {
            Fail("expires_at", "expires_at must be in the future.");
        }

        if (request.Metadata is { } metadata && metadata.ValueKind != JsonValueKind.Null
            && (metadata.ValueKind != JsonValueKind.Object || metadata.GetRawText().Length > MaxMetadataBytes))
        {
            Fail("metadata", $"metadata must be a JSON object of at most {MaxMetadataBytes} bytes.");
        }
        else if (request.Metadata is { } withNul && NulCharacters.Find(withNul, "metadata") is { } path)
        {
            Fail("metadata", $"{path} must not contain the NUL character (\\u0000).");
        }

        if (errors.Count > 0)
        {
            return JobProblems.Validation(errors).ToResult();
        }

        if (!vault.IsConfigured)
        {
            return CredentialProblems.VaultUnavailable();
        }

        var stored = type == CredentialVault.Password
            ? await vault.StoreLoginAsync(userId, platform, request.Username!, request.Password!, request.ExpiresAt, request.Metadata, ct)
            : await vault.StoreTokenAsync(new CredentialAddress(userId, platform, type), request.Token!, request.ExpiresAt, request.Metadata, ct);
        return Results.Ok(stored);
    }

    private static void CheckSecret(Secret? value, string field, Action<string, string> fail)
    {
        if (value is null || value.Reveal().Trim().Length == 0 || value.Length > MaxSecretLength)
        {
            fail(field, $"{field} is required: 1 to {MaxSecretLength} characters.");
        }
    }
}
