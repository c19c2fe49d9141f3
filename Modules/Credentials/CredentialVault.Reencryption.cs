using System.Security.Cryptography;
using Npgsql;

namespace GhostHands.Credentials;

/// <summary>What a re-encryption run did.</summary>
public sealed record ReencryptResult(string CurrentKeyId, int Reencrypted, int AlreadyCurrent, IReadOnlyList<Guid> Failed);

/// <summary>Moving rows sealed by a previous key to the current one (docs/cost-and-credentials.md, Rotating the key).</summary>
public sealed partial class CredentialVault
{
    private const string ReencryptBatchSql = """
        SELECT id, user_id, platform, credential_type, encrypted_data, nonce, auth_tag, key_id FROM gh_user_credentials
        WHERE key_id <> $1 AND id > $2 ORDER BY id LIMIT $3
        """;

    // The old nonce is the row's version: a row stored again meanwhile (fresh nonce, current key) is left alone.
    private const string ReplaceSealSql = """
        UPDATE gh_user_credentials SET encrypted_data = $2, nonce = $3, auth_tag = $4, key_id = $5
        WHERE id = $1 AND key_id = $6 AND nonce = $7
        """;

    /// <summary>
    /// Moves every row sealed by a previous key to the current key, in batches of <paramref name="batchSize"/>. A row
    /// that does not decrypt is left as it is and reported. Safe to run again and next to running workers: each row is
    /// replaced only if nobody changed it meanwhile. This is what the operator endpoint and the CLI call.
    /// </summary>
    public async Task<ReencryptResult> ReencryptAllAsync(int batchSize = 100, CancellationToken ct = default)
    {
        var current = ring.Current ?? throw new CredentialVaultUnavailableException();
        var reencrypted = 0;
        var failed = new List<Guid>();
        var after = Guid.Empty;
        while (true)
        {
            var batch = new List<(Guid Id, CredentialAddress Address, SealedSecret Sealed)>();
            await using (var command = db.CreateCommand(ReencryptBatchSql))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = current.Id });
                command.Parameters.Add(new NpgsqlParameter { Value = after });
                command.Parameters.Add(new NpgsqlParameter { Value = batchSize });
                await using var r = await command.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct))
                {
                    batch.Add((r.GetGuid(0), new CredentialAddress(r.GetGuid(1), r.GetString(2), r.GetString(3)),
                        new SealedSecret(r.GetFieldValue<byte[]>(4), r.GetFieldValue<byte[]>(5), r.GetFieldValue<byte[]>(6), r.GetString(7))));
                }
            }

            if (batch.Count == 0)
            {
                break;
            }

            foreach (var (id, address, old) in batch)
            {
                after = id;
                byte[] plaintext;
                try
                {
                    plaintext = CredentialCipher.Open(ring, address, old);
                }
                catch (CredentialDecryptionException)
                {
                    failed.Add(id);
                    continue;
                }

                var fresh = CredentialCipher.Seal(current, address, plaintext);
                CryptographicOperations.ZeroMemory(plaintext);
                reencrypted += await ExecuteAsync(ReplaceSealSql, ct, id, fresh.Ciphertext, fresh.Nonce, fresh.Tag, fresh.KeyId, old.KeyId, old.Nonce);
            }
        }

        await using var count = db.CreateCommand("SELECT count(*) FROM gh_user_credentials WHERE key_id = $1");
        count.Parameters.Add(new NpgsqlParameter { Value = current.Id });
        var onCurrent = (int)(long)(await count.ExecuteScalarAsync(ct))!;
        return new ReencryptResult(current.Id, reencrypted, onCurrent - reencrypted, failed);
    }
}
