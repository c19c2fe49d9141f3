namespace GhostHands.Credentials;

/// <summary>
/// The credentials vault (section <c>Credentials</c>). Without <see cref="EncryptionKey"/> the vault is off: nothing
/// can be stored, and jobs run without stored sign-ins, as before.
/// </summary>
public sealed class CredentialsOptions
{
    public const string Section = "Credentials";

    /// <summary>
    /// The current AES-256-GCM key: 32 random bytes in base64 (<c>openssl rand -base64 32</c>). Env <c>GH_ENCRYPTION_KEY</c>.
    /// New and re-encrypted rows are sealed with it.
    /// </summary>
    public string? EncryptionKey { get; set; }

    /// <summary>
    /// Earlier keys, comma-separated base64, still accepted for reading rows they sealed until the re-encrypt command
    /// has moved those rows to the current key. Env <c>GH_ENCRYPTION_PREVIOUS_KEYS</c>.
    /// </summary>
    public string? PreviousKeys { get; set; }

    /// <summary>How long a saved browser session is reused when its cookies name no expiry; default 7 days.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(7);
}
