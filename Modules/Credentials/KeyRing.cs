using System.Security.Cryptography;
using System.Text;

namespace GhostHands.Credentials;

/// <summary>An AES-256 key and its id. The id is a fingerprint of the key, so a configuration lists keys only.</summary>
internal sealed class EncryptionKey
{
    public const int Size = 32;

    internal EncryptionKey(byte[] bytes)
    {
        Bytes = bytes;
        Id = IdOf(bytes);
    }

    /// <summary><c>k</c> plus 16 hex digits of SHA-256("gh-credentials-key-id:" + key); reveals nothing usable about the key.</summary>
    public string Id { get; }

    internal byte[] Bytes { get; }

    public override string ToString() => $"EncryptionKey {Id}";

    public static string IdOf(byte[] key) =>
        "k" + Convert.ToHexStringLower(SHA256.HashData([.. Encoding.ASCII.GetBytes("gh-credentials-key-id:"), .. key]))[..16];
}

/// <summary>
/// The current key (which seals) and the previous ones (which only open), by id. Parsing reports a malformed key by
/// its setting name and what is wrong with it, never by its value.
/// </summary>
internal sealed class KeyRing
{
    private readonly Dictionary<string, EncryptionKey> byId;

    private KeyRing(EncryptionKey? current, IEnumerable<EncryptionKey> all)
    {
        Current = current;
        byId = all.GroupBy(k => k.Id).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>Null when no key is configured: the vault is off.</summary>
    public EncryptionKey? Current { get; }

    public IReadOnlyCollection<string> KeyIds => byId.Keys;

    public EncryptionKey? Find(string keyId) => byId.GetValueOrDefault(keyId);

    /// <summary>The keys of <paramref name="options"/>. Throws <see cref="FormatException"/> naming the bad setting.</summary>
    public static KeyRing From(CredentialsOptions options)
    {
        var current = string.IsNullOrWhiteSpace(options.EncryptionKey)
            ? null
            : Parse(options.EncryptionKey, "GH_ENCRYPTION_KEY (Credentials:EncryptionKey)");
        var previous = (options.PreviousKeys ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((k, i) => Parse(k, $"GH_ENCRYPTION_PREVIOUS_KEYS (Credentials:PreviousKeys) entry {i + 1}"))
            .ToList();
        if (current is null && previous.Count > 0)
        {
            throw new FormatException("GH_ENCRYPTION_PREVIOUS_KEYS (Credentials:PreviousKeys) is set but GH_ENCRYPTION_KEY is not: set the current key too.");
        }

        return new KeyRing(current, current is null ? previous : [current, .. previous]);
    }

    /// <summary>Null when the settings are usable, else the reason (for start-up validation).</summary>
    public static string? Problem(CredentialsOptions options)
    {
        try
        {
            From(options);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    private static EncryptionKey Parse(string base64, string setting)
    {
        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64.Trim(), buffer, out var written))
        {
            throw new FormatException($"{setting} is not valid base64. It must be {EncryptionKey.Size} random bytes in base64, e.g. the output of `openssl rand -base64 32`.");
        }

        if (written != EncryptionKey.Size)
        {
            throw new FormatException($"{setting} decodes to {written} bytes; AES-256 needs exactly {EncryptionKey.Size} (`openssl rand -base64 32`).");
        }

        return new EncryptionKey(buffer[..written]);
    }
}
