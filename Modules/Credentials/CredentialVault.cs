using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace GhostHands.Credentials;

/// <summary>
/// <c>gh_user_credentials</c>: applicant-tracking sign-ins, tokens and saved browser sessions of each user, sealed
/// with AES-256-GCM (<see cref="CredentialCipher"/>), one row per user, platform and credential type. Secrets are
/// decrypted only in the worker that uses them, and never leave it.
/// </summary>
public sealed partial class CredentialVault(NpgsqlDataSource db, IOptions<CredentialsOptions> options)
{
    public const string Password = "password";
    public const string ApiKey = "api_key";
    public const string OAuthToken = "oauth_token";
    public const string SessionCookies = "session_cookies";

    public static readonly string[] Types = [Password, ApiKey, OAuthToken, SessionCookies];

    private const string ViewColumns = """
        id, user_id, platform, credential_type, key_id, is_valid, expires_at, last_used_at, last_verified_at, metadata,
        created_at, updated_at
        """;

    private static readonly string UpsertSql = $"""
        INSERT INTO gh_user_credentials (user_id, platform, credential_type, encrypted_data, nonce, auth_tag, key_id, expires_at, metadata)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        ON CONFLICT (user_id, platform, credential_type) DO UPDATE SET
            encrypted_data = EXCLUDED.encrypted_data, nonce = EXCLUDED.nonce, auth_tag = EXCLUDED.auth_tag, key_id = EXCLUDED.key_id,
            expires_at = EXCLUDED.expires_at, metadata = EXCLUDED.metadata, is_valid = true, last_verified_at = NULL
        RETURNING {ViewColumns}
        """;

    private const string FindSql = """
        SELECT id, encrypted_data, nonce, auth_tag, key_id FROM gh_user_credentials
        WHERE user_id = $1 AND platform = $2 AND credential_type = $3 AND is_valid AND (expires_at IS NULL OR expires_at > now())
        """;

    private readonly KeyRing ring = KeyRing.From(options.Value);

    /// <summary>False without <c>GH_ENCRYPTION_KEY</c>: nothing can be stored or read.</summary>
    public bool IsConfigured => ring.Current is not null;

    public string? CurrentKeyId => ring.Current?.Id;

    /// <summary>A platform name or a host: lower-case letters, digits and <c>. _ : -</c>, at most 200 characters.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9._:-]{0,199}$")]
    public static partial Regex PlatformPattern();

    /// <summary>Stores (or replaces) the sign-in of <paramref name="userId"/> on <paramref name="platform"/>; valid again from now.</summary>
    public Task<CredentialView> StoreLoginAsync(Guid userId, string platform, Secret username, Secret password, DateTimeOffset? expiresAt,
        JsonElement? metadata, CancellationToken ct) =>
        StoreAsync(new CredentialAddress(userId, platform, Password),
            JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["username"] = username.Reveal(), ["password"] = password.Reveal() }),
            expiresAt, metadata, ct);

    /// <summary>Stores (or replaces) an API key or OAuth token.</summary>
    public Task<CredentialView> StoreTokenAsync(CredentialAddress address, Secret token, DateTimeOffset? expiresAt, JsonElement? metadata, CancellationToken ct) =>
        StoreAsync(address, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["token"] = token.Reveal() }), expiresAt, metadata, ct);

    /// <summary>
    /// The valid, unexpired sign-in of <paramref name="userId"/> on <paramref name="platform"/>, or null.
    /// Throws <see cref="CredentialDecryptionException"/> when the row exists but does not decrypt.
    /// </summary>
    public async Task<LoginCredential?> FindLoginAsync(Guid userId, string platform, CancellationToken ct)
    {
        if (await FindAsync(new CredentialAddress(userId, platform, Password), ct) is not { } found)
        {
            return null;
        }

        var fields = Fields(found.Plaintext);
        return new LoginCredential(found.Id, platform, fields["username"], fields["password"]);
    }

    /// <summary>Saves a browser session's cookies (JSON) for <paramref name="userId"/> on <paramref name="domain"/>.</summary>
    public Task<CredentialView> SaveSessionAsync(Guid userId, string domain, Secret cookiesJson, DateTimeOffset expiresAt, CancellationToken ct) =>
        StoreAsync(new CredentialAddress(userId, domain, SessionCookies),
            JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["cookies"] = cookiesJson.Reveal() }),
            expiresAt, null, ct);

    /// <summary>The saved, unexpired session cookies (JSON) of <paramref name="userId"/> on <paramref name="domain"/>, or null.</summary>
    public async Task<(Guid Id, Secret Cookies)?> LoadSessionAsync(Guid userId, string domain, CancellationToken ct)
    {
        if (await FindAsync(new CredentialAddress(userId, domain, SessionCookies), ct) is not { } found)
        {
            return null;
        }

        return (found.Id, Fields(found.Plaintext)["cookies"]);
    }

    /// <summary>Records a use; <paramref name="verified"/> when the platform accepted the credential.</summary>
    public Task MarkUsedAsync(Guid id, bool verified, CancellationToken ct) => ExecuteAsync(
        "UPDATE gh_user_credentials SET last_used_at = now(), last_verified_at = CASE WHEN $2 THEN now() ELSE last_verified_at END WHERE id = $1",
        ct, id, verified);

    /// <summary>The platform refused the credential: it is not offered again until it is stored anew.</summary>
    public Task MarkInvalidAsync(Guid id, CancellationToken ct) =>
        ExecuteAsync("UPDATE gh_user_credentials SET is_valid = false, last_used_at = now() WHERE id = $1", ct, id);

    public async Task<List<CredentialView>> ListAsync(Guid userId, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"SELECT {ViewColumns} FROM gh_user_credentials WHERE user_id = $1 ORDER BY platform, credential_type");
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        return await ReadViewsAsync(command, ct);
    }

    /// <summary>Deletes one credential; false when there was none.</summary>
    public async Task<bool> DeleteAsync(CredentialAddress address, CancellationToken ct) => await ExecuteAsync(
        "DELETE FROM gh_user_credentials WHERE user_id = $1 AND platform = $2 AND credential_type = $3",
        ct, address.UserId, address.Platform, address.CredentialType) > 0;

    private async Task<CredentialView> StoreAsync(CredentialAddress address, byte[] plaintext, DateTimeOffset? expiresAt, JsonElement? metadata, CancellationToken ct)
    {
        var key = ring.Current ?? throw new CredentialVaultUnavailableException();
        SealedSecret sealedSecret;
        try
        {
            sealedSecret = CredentialCipher.Seal(key, address, plaintext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }

        await using var command = db.CreateCommand(UpsertSql);
        command.Parameters.Add(new NpgsqlParameter { Value = address.UserId });
        command.Parameters.Add(new NpgsqlParameter { Value = address.Platform });
        command.Parameters.Add(new NpgsqlParameter { Value = address.CredentialType });
        command.Parameters.Add(new NpgsqlParameter { Value = sealedSecret.Ciphertext });
        command.Parameters.Add(new NpgsqlParameter { Value = sealedSecret.Nonce });
        command.Parameters.Add(new NpgsqlParameter { Value = sealedSecret.Tag });
        command.Parameters.Add(new NpgsqlParameter { Value = sealedSecret.KeyId });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)expiresAt ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = metadata is { ValueKind: JsonValueKind.Object } m ? m.GetRawText() : "{}", NpgsqlDbType = NpgsqlDbType.Jsonb });
        return (await ReadViewsAsync(command, ct))[0];
    }

    private async Task<(Guid Id, byte[] Plaintext)?> FindAsync(CredentialAddress address, CancellationToken ct)
    {
        if (!IsConfigured)
        {
            return null;
        }

        SealedSecret sealedSecret;
        Guid id;
        await using (var command = db.CreateCommand(FindSql))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = address.UserId });
            command.Parameters.Add(new NpgsqlParameter { Value = address.Platform });
            command.Parameters.Add(new NpgsqlParameter { Value = address.CredentialType });
            await using var r = await command.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct))
            {
                return null;
            }

            id = r.GetGuid(0);
            sealedSecret = new SealedSecret(r.GetFieldValue<byte[]>(1), r.GetFieldValue<byte[]>(2), r.GetFieldValue<byte[]>(3), r.GetString(4));
        }

        return (id, CredentialCipher.Open(ring, address, sealedSecret));
    }

    /// <summary>The fields of a decrypted payload, as secrets; the plaintext buffer is cleared.</summary>
    private static Dictionary<string, Secret> Fields(byte[] plaintext)
    {
        try
        {
            // JsonDocument would keep reading the buffer; deserialising copies the values out before it is cleared.
            return JsonSerializer.Deserialize<Dictionary<string, string>>(plaintext)!.ToDictionary(p => p.Key, p => new Secret(p.Value));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken ct, params object[] args)
    {
        await using var command = db.CreateCommand(sql);
        foreach (var arg in args)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = arg });
        }

        return await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<List<CredentialView>> ReadViewsAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using var r = await command.ExecuteReaderAsync(ct);
        var views = new List<CredentialView>();
        while (await r.ReadAsync(ct))
        {
            views.Add(new CredentialView(
                r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetBoolean(5),
                r.IsDBNull(6) ? null : r.GetFieldValue<DateTimeOffset>(6), r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7),
                r.IsDBNull(8) ? null : r.GetFieldValue<DateTimeOffset>(8), r.GetFieldValue<JsonElement>(9),
                r.GetFieldValue<DateTimeOffset>(10), r.GetFieldValue<DateTimeOffset>(11)));
        }

        return views;
    }
}
