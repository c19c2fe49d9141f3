namespace GhostHands.Credentials;

/// <summary>The vault is off: no <c>GH_ENCRYPTION_KEY</c>.</summary>
internal sealed class CredentialVaultUnavailableException() : Exception(
    "The credentials vault is off: set GH_ENCRYPTION_KEY (Credentials:EncryptionKey) to 32 random bytes in base64 (`openssl rand -base64 32`).");
