using System.Security.Cryptography;
using GhostHands.Credentials;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GhostHands.Tests.Credentials;

/// <summary>The vault on a real database: one row per user, platform and type; key rotation and re-encryption.</summary>
public sealed class WhenKeysRotate(PostgresServer postgres) : WorkersOnOwnDatabase(postgres)
{
    private static readonly string OldKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string NewKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly Guid Ada = Guid.NewGuid();
    private static readonly Guid Grace = Guid.NewGuid();

    private CredentialVault Vault(string current, string? previous = null) =>
        new(Db, Options.Create(new CredentialsOptions { EncryptionKey = current, PreviousKeys = previous }));

    [Fact]
    public async Task A_stored_sign_in_reads_back_and_storing_again_replaces_it()
    {
        var vault = Vault(OldKey);

        await vault.StoreLoginAsync(Ada, "workday", new Secret("ada@example.org"), new Secret("first"), null, null, default);
        var second = await vault.StoreLoginAsync(Ada, "workday", new Secret("ada@example.org"), new Secret("second"), null, null, default);

        var login = await vault.FindLoginAsync(Ada, "workday", default);
        Assert.Equal("second", login!.Password.Reveal());
        Assert.Equal("ada@example.org", login.Username.Reveal());
        Assert.Equal(second.Id, login.Id);
        Assert.Equal(1L, await Db.Scalar<long>("SELECT count(*) FROM gh_user_credentials"));
        Assert.Null(await vault.FindLoginAsync(Grace, "workday", default));
    }

    [Fact]
    public async Task Expired_and_refused_sign_ins_are_not_offered()
    {
        var vault = Vault(OldKey);
        var refused = await vault.StoreLoginAsync(Ada, "workday", new Secret("a"), new Secret("b"), null, null, default);
        await vault.StoreLoginAsync(Ada, "greenhouse", new Secret("a"), new Secret("b"), DateTimeOffset.UtcNow.AddDays(1), null, default);
        await Db.Execute("UPDATE gh_user_credentials SET expires_at = now() - interval '1 second' WHERE platform = 'greenhouse'");

        await vault.MarkInvalidAsync(refused.Id, default);

        Assert.Null(await vault.FindLoginAsync(Ada, "workday", default));
        Assert.Null(await vault.FindLoginAsync(Ada, "greenhouse", default));
    }

    [Fact]
    public async Task Rows_of_the_old_key_still_decrypt_and_reencryption_moves_them_to_the_new_key()
    {
        var before = Vault(OldKey);
        await before.StoreLoginAsync(Ada, "workday", new Secret("ada@example.org"), new Secret("pw-ada"), null, null, default);
        await before.StoreLoginAsync(Grace, "lever", new Secret("grace@example.org"), new Secret("pw-grace"), null, null, default);
        var rotated = Vault(NewKey, previous: OldKey);
        await rotated.StoreLoginAsync(Grace, "workday", new Secret("grace@example.org"), new Secret("pw-new"), null, null, default);

        Assert.Equal("pw-ada", (await rotated.FindLoginAsync(Ada, "workday", default))!.Password.Reveal());
        var result = await rotated.ReencryptAllAsync(batchSize: 1);

        Assert.Equal(rotated.CurrentKeyId, result.CurrentKeyId);
        Assert.Equal(2, result.Reencrypted);
        Assert.Equal(1, result.AlreadyCurrent);
        Assert.Empty(result.Failed);
        Assert.Equal([rotated.CurrentKeyId!], await Db.Rows("SELECT DISTINCT key_id FROM gh_user_credentials", r => r.GetString(0)));
        var newOnly = Vault(NewKey);
        Assert.Equal("pw-ada", (await newOnly.FindLoginAsync(Ada, "workday", default))!.Password.Reveal());
        Assert.Equal("pw-grace", (await newOnly.FindLoginAsync(Grace, "lever", default))!.Password.Reveal());
        Assert.Equal(0, (await rotated.ReencryptAllAsync()).Reencrypted);
    }

    [Fact]
    public async Task A_row_no_configured_key_opens_is_reported_and_left_alone()
    {
        await Vault(OldKey).StoreLoginAsync(Ada, "workday", new Secret("a"), new Secret("b"), null, null, default);
        var unrelated = Vault(NewKey);
        var sealedBefore = await Db.Scalar<byte[]>("SELECT encrypted_data FROM gh_user_credentials");

        var result = await unrelated.ReencryptAllAsync();

        Assert.Equal(0, result.Reencrypted);
        Assert.Single(result.Failed);
        Assert.Equal(sealedBefore, await Db.Scalar<byte[]>("SELECT encrypted_data FROM gh_user_credentials"));
        var e = await Assert.ThrowsAsync<CredentialDecryptionException>(() => unrelated.FindLoginAsync(Ada, "workday", default));
        Assert.Contains("not configured", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ciphertext_changed_in_the_database_fails_with_a_clear_error()
    {
        var vault = Vault(OldKey);
        await vault.StoreLoginAsync(Ada, "workday", new Secret("a"), new Secret("b"), null, null, default);
        await Db.Execute("UPDATE gh_user_credentials SET encrypted_data = set_byte(encrypted_data, 0, get_byte(encrypted_data, 0) # 1)");

        var e = await Assert.ThrowsAsync<CredentialDecryptionException>(() => vault.FindLoginAsync(Ada, "workday", default));

        Assert.Contains("did not authenticate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_copied_to_another_user_does_not_open_for_them()
    {
        var vault = Vault(OldKey);
        await vault.StoreLoginAsync(Ada, "workday", new Secret("a"), new Secret("b"), null, null, default);
        await Db.Execute("""
            INSERT INTO gh_user_credentials (user_id, platform, credential_type, encrypted_data, nonce, auth_tag, key_id)
            SELECT $1, platform, credential_type, encrypted_data, nonce, auth_tag, key_id FROM gh_user_credentials
            """, Grace);

        await Assert.ThrowsAsync<CredentialDecryptionException>(() => vault.FindLoginAsync(Grace, "workday", default));
    }
}

/// <summary>A malformed key is a start-up error, not a surprise at the first sign-in.</summary>
public sealed class WhenTheEncryptionKeyIsMalformed(PostgresServer postgres) : WorkersOnOwnDatabase(postgres)
{
    [Fact]
    public async Task A_worker_does_not_start_and_names_the_setting_but_not_the_value()
    {
        const string key = "dGhpcyBpcyBub3QgMzIgYnl0ZXM=";

        var e = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            WorkerHosts.StartAsync(ConnectionString, "bad-key", new Dictionary<string, string?> { ["Credentials:EncryptionKey"] = key }));

        Assert.Contains("GH_ENCRYPTION_KEY (Credentials:EncryptionKey) decodes to 20 bytes", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, e.Message, StringComparison.Ordinal);
    }
}
