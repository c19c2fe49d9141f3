using GhostHands.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GhostHands.Credentials;

/// <summary>The Credentials module: the encrypted vault of applicant-tracking sign-ins and browser sessions, and its endpoints.</summary>
public static class CredentialsModule
{
    /// <summary>
    /// The vault, for workers and the API. A malformed <c>GH_ENCRYPTION_KEY</c> or previous key stops the process at
    /// start-up with a message naming the setting and what is wrong (never the value); a missing one leaves the vault off.
    /// </summary>
    public static IHostApplicationBuilder AddCredentialsModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CredentialsOptions>()
            .BindConfiguration(CredentialsOptions.Section)
            .Validate(o => o.SessionLifetime > TimeSpan.Zero, "Credentials:SessionLifetime must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CredentialsOptions>, KeyValidator>();
        builder.Services.AddSingleton<CredentialVault>();
        return builder;
    }

    /// <summary>The API side: store, list and delete credentials, and the re-encrypt command.</summary>
    public static IHostApplicationBuilder AddCredentialsEndpoints(this IHostApplicationBuilder builder)
    {
        builder.AddCredentialsModule();
        builder.ConfigureMessaging(wolverine => wolverine.Discovery.IncludeAssembly(typeof(CredentialsModule).Assembly));
        return builder;
    }

    private sealed class KeyValidator : IValidateOptions<CredentialsOptions>
    {
        public ValidateOptionsResult Validate(string? name, CredentialsOptions options) =>
            KeyRing.Problem(options) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
