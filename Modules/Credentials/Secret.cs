using System.Text.Json;
using System.Text.Json.Serialization;

namespace GhostHands.Credentials;

/// <summary>
/// A secret (a password, a token, session cookies) that never shows itself: <see cref="ToString"/> and JSON output are
/// <c>***</c>, so a secret that reaches a log message, an event, an exception or a response by mistake is still hidden.
/// Only <see cref="Reveal"/> gives the value, at the one place that types it into a page or encrypts it.
/// </summary>
[JsonConverter(typeof(SecretJsonConverter))]
public sealed class Secret
{
    public const string Redacted = "***";

    private readonly string value;

    public Secret(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        this.value = value;
    }

    public int Length => value.Length;

    public string Reveal() => value;

    public override string ToString() => Redacted;

    /// <summary>Reads a secret from JSON; writes only <see cref="Redacted"/>.</summary>
    private sealed class SecretJsonConverter : JsonConverter<Secret>
    {
        public override Secret? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? new Secret(reader.GetString()!) : throw new JsonException("A secret must be a JSON string.");

        public override void Write(Utf8JsonWriter writer, Secret value, JsonSerializerOptions options) => writer.WriteStringValue(Redacted);
    }
}

/// <summary>A decrypted sign-in for an applicant-tracking account. Its <see cref="ToString"/> names no value.</summary>
public sealed record LoginCredential(Guid Id, string Platform, Secret Username, Secret Password)
{
    public override string ToString() => $"LoginCredential {{ Id = {Id}, Platform = {Platform} }}";
}
