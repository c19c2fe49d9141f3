using System.Security.Cryptography;
using System.Text;

namespace GhostHands.Credentials;

/// <summary>Which row a secret belongs to. It is the authenticated data of the encryption, so a sealed value opens only in its own row.</summary>
public readonly record struct CredentialAddress(Guid UserId, string Platform, string CredentialType);

/// <summary>A sealed secret as <c>gh_user_credentials</c> stores it: ciphertext, 12-byte nonce, 16-byte tag and the id of the sealing key.</summary>
internal sealed record SealedSecret(byte[] Ciphertext, byte[] Nonce, byte[] Tag, string KeyId);

/// <summary>A credential that cannot be decrypted; the message says why and names no secret.</summary>
public sealed class CredentialDecryptionException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// AES-256-GCM with a fresh random nonce per seal. The authenticated data binds the ciphertext to its user, platform,
/// credential type and key id: a ciphertext copied into another row, or relabelled with another key id, fails to open
/// exactly like a tampered one.
/// </summary>
internal static class CredentialCipher
{
    public const int NonceSize = 12;
    public const int TagSize = 16;

    public static SealedSecret Seal(EncryptionKey key, CredentialAddress address, ReadOnlySpan<byte> plaintext)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[TagSize];
        using var aes = new AesGcm(key.Bytes, TagSize);
        aes.Encrypt(nonce, plaintext, ciphertext, tag, AssociatedData(address, key.Id));
        return new SealedSecret(ciphertext, nonce, tag, key.Id);
    }

    /// <summary>The plaintext; the caller clears it after use. Throws <see cref="CredentialDecryptionException"/>.</summary>
    public static byte[] Open(KeyRing ring, CredentialAddress address, SealedSecret sealedSecret)
    {
        var key = ring.Find(sealedSecret.KeyId) ?? throw new CredentialDecryptionException(
            $"The credential was sealed with key {sealedSecret.KeyId}, which is not configured (current key: {ring.Current?.Id ?? "none"}). "
            + "Add that key to GH_ENCRYPTION_PREVIOUS_KEYS (Credentials:PreviousKeys), or store the credential again.");
        if (sealedSecret.Nonce.Length != NonceSize || sealedSecret.Tag.Length != TagSize)
        {
            throw new CredentialDecryptionException("The credential's nonce or tag has the wrong size: the row was changed outside GhostHands.");
        }

        var plaintext = new byte[sealedSecret.Ciphertext.Length];
        try
        {
            using var aes = new AesGcm(key.Bytes, TagSize);
            aes.Decrypt(sealedSecret.Nonce, sealedSecret.Ciphertext, sealedSecret.Tag, plaintext, AssociatedData(address, key.Id));
            return plaintext;
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new CredentialDecryptionException(
                $"The credential did not authenticate under key {key.Id}: its ciphertext, nonce or tag was changed, or it was moved from another "
                + "user, platform or credential type. Store it again.", e);
        }
    }

    private static byte[] AssociatedData(CredentialAddress address, string keyId) =>
        Encoding.UTF8.GetBytes($"gh_user_credentials/v1\n{address.UserId:D}\n{address.Platform}\n{address.CredentialType}\n{keyId}");
}
