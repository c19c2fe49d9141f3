using GhostHands.Client;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="GhostHandsClient"/> with <c>IHttpClientFactory</c> and the client's retry policy.</summary>
public static class GhostHandsClientServiceCollectionExtensions
{
    /// <summary>Name of the <see cref="HttpClient"/> the registered client uses; add handlers to it through the returned builder.</summary>
    public const string HttpClientName = "GhostHands";

    /// <summary>
    /// Registers <see cref="GhostHandsClient"/> (transient, over a pooled <see cref="HttpClient"/> named
    /// <see cref="HttpClientName"/>) with the options set by <paramref name="configure"/>. Transient failures are retried
    /// for requests that are safe to repeat (see <see cref="GhostHandsClientOptions.MaxRetryAttempts"/>).
    /// </summary>
    public static IHttpClientBuilder AddGhostHandsClient(this IServiceCollection services, Action<GhostHandsClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<GhostHandsClientOptions>().Configure(configure);
        services.TryAddTransient(sp => new GhostHandsClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<IOptions<GhostHandsClientOptions>>().Value));
        var builder = services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<GhostHandsClientOptions>>().Value.Timeout);
        builder.AddResilienceHandler("ghosthands-retry", (pipeline, context) =>
            ClientResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<GhostHandsClientOptions>>().Value));
        return builder;
    }

    /// <summary>Registers <see cref="GhostHandsClient"/> for the API at <paramref name="baseUrl"/> with <paramref name="serviceKey"/>.</summary>
    public static IHttpClientBuilder AddGhostHandsClient(this IServiceCollection services, string baseUrl, string serviceKey) =>
        services.AddGhostHandsClient(options =>
        {
            options.BaseUrl = baseUrl;
            options.ServiceKey = serviceKey;
        });
}
