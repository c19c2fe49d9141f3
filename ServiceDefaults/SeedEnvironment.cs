using Microsoft.Extensions.Configuration;

namespace GhostHands.ServiceDefaults;

/// <summary>
/// The flat environment variables of docs/contract.md (<c>GH_SERVICE_SECRET</c>, <c>MAX_CONCURRENT_JOBS</c>, ...) as aliases
/// of the options sections that hold them, so both <c>GH_API_PORT=3200</c> and <c>Api__Port=3200</c> work. A
/// section key set explicitly wins over its alias.
/// </summary>
public static class SeedEnvironment
{
    /// <summary>Seed variable (and a few of our own, <c>GH_LLM_*</c>) → configuration key.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>
    {
        ["GH_SERVICE_SECRET"] = "Api:ServiceSecret",
        ["GH_API_PORT"] = "Api:Port",
        ["CORS_ORIGIN"] = "Api:CorsOrigin",
        ["GH_WORKER_ID"] = "Worker:WorkerId",
        ["MAX_CONCURRENT_JOBS"] = "Worker:MaxConcurrentJobs",
        ["GH_ENCRYPTION_KEY"] = "Credentials:EncryptionKey",
        ["GH_ENCRYPTION_PREVIOUS_KEYS"] = "Credentials:PreviousKeys",
        ["GH_DEFAULT_MODEL"] = "LanguageModel:Model",
        ["GH_LLM_BASE_URL"] = "LanguageModel:BaseUrl",
        ["GH_LLM_API_KEY"] = "LanguageModel:ApiKey",
        ["OPENAI_API_KEY"] = "LanguageModel:ApiKey",
        ["GH_ARTIFACTS_ROOT"] = "Artifacts:Root",
        ["GH_TARGET_ALLOWLIST"] = "Execution:TargetAllowList",
        ["GH_BROWSER_PATH"] = "Execution:BrowserPath",
    };

    public static IConfigurationBuilder AddSeedEnvironmentAliases(this IConfigurationBuilder configuration)
    {
        var snapshot = configuration.Build();
        var values = new Dictionary<string, string?>();
        foreach (var (variable, key) in Aliases)
        {
            // Of two variables for one key, the one listed first wins (GH_LLM_API_KEY over OPENAI_API_KEY).
            if (snapshot[variable] is { Length: > 0 } value && snapshot[key] is null && !values.ContainsKey(key))
            {
                values[key] = value;
            }
        }

        return configuration.AddInMemoryCollection(values);
    }

    /// <summary>
    /// The host environment name: <c>DOTNET_ENVIRONMENT</c> / <c>ASPNETCORE_ENVIRONMENT</c> as usual, else the contract's
    /// <c>NODE_ENV</c> (development, staging, production), else Production.
    /// </summary>
    public static string? EnvironmentName()
    {
        if (Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 } aspnet)
        {
            return aspnet;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } dotnet)
        {
            return dotnet;
        }

        return Environment.GetEnvironmentVariable("NODE_ENV") switch
        {
            "development" => "Development",
            "staging" => "Staging",
            "production" => "Production",
            _ => null,
        };
    }
}
