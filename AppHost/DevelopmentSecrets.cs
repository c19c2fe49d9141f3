using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace GhostHands.AppHost;

/// <summary>
/// The service secret and the vault's encryption key: from the environment (<c>GH_SERVICE_SECRET</c>,
/// <c>GH_ENCRYPTION_KEY</c>) or the AppHost's parameters when set, otherwise development values generated once and
/// kept in <c>.tmp/</c> next to the cluster, exactly as <c>script/server</c> has always kept them.
/// </summary>
internal sealed class DevelopmentSecrets
{
    public required string ServiceSecret { get; init; }

    public required string EncryptionKey { get; init; }

    /// <summary>Set when the service secret was not configured, so that it can be shown to whoever runs the stack.</summary>
    public string? GeneratedServiceSecretFile { get; init; }

    public static DevelopmentSecrets Resolve(IConfiguration configuration, string stateDirectory)
    {
        var secretFile = Path.Combine(stateDirectory, "service-secret");
        var configuredSecret = Configured(configuration, "GH_SERVICE_SECRET", "Parameters:gh-service-secret");
        return new DevelopmentSecrets
        {
            ServiceSecret = configuredSecret ?? Kept(secretFile, () =>
                Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace("/", "", StringComparison.Ordinal)
                    .Replace("+", "", StringComparison.Ordinal).TrimEnd('=')),
            EncryptionKey = Configured(configuration, "GH_ENCRYPTION_KEY", "Parameters:gh-encryption-key")
                ?? Kept(Path.Combine(stateDirectory, "encryption-key"), () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
            GeneratedServiceSecretFile = configuredSecret is null ? secretFile : null,
        };
    }

    private static string? Configured(IConfiguration configuration, params string[] keys) =>
        keys.Select(key => configuration[key]).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

    private static string Kept(string file, Func<string> generate)
    {
        if (File.Exists(file) && File.ReadAllText(file).Trim() is { Length: > 0 } kept)
        {
            return kept;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var value = generate();
        File.WriteAllText(file, value + "\n");
        return value;
    }
}
