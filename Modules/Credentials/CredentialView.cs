using System.Text.Json;

namespace GhostHands.Credentials;

/// <summary>A stored credential as the API shows it: everything but the secret.</summary>
public sealed record CredentialView(
    Guid Id,
    Guid UserId,
    string Platform,
    string CredentialType,
    string KeyId,
    bool IsValid,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? LastVerifiedAt,
    JsonElement Metadata,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
