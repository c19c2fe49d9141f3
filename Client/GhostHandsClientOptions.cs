namespace GhostHands.Client;

/// <summary>Where the API is and how to call it. Section <c>GhostHands</c> by convention.</summary>
public sealed class GhostHandsClientOptions
{
    /// <summary>The API of a local <c>script/server</c>.</summary>
    public const string DefaultBaseUrl = "http://localhost:3100";

    /// <summary>Path prefix of every REST call; added to <see cref="BaseUrl"/> unless it already ends with it.</summary>
    public const string ApiPrefix = "/api/v1/gh";

    /// <summary>Header that carries <see cref="ServiceKey"/>.</summary>
    public const string ServiceKeyHeader = "X-GH-Service-Key";

    /// <summary>
    /// The API's address, with or without <c>/api/v1/gh</c> (docs/contract.md configures VALET with
    /// <c>https://ghosthands-api.fly.dev/api/v1/gh</c>). Default <see cref="DefaultBaseUrl"/>.
    /// </summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>The API's <c>GH_SERVICE_SECRET</c>, sent as <c>X-GH-Service-Key</c>. Required.</summary>
    public string ServiceKey { get; set; } = "";

    /// <summary>
    /// Retries of a request that failed transiently (connection error, 408, 429, 5xx), for requests that are safe
    /// to repeat only: reads, idempotent operations, and submissions carrying an idempotency key. Default 3; 0 disables.
    /// </summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First retry delay; later ones grow exponentially, with jitter. Default 500 ms.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Limit of one call until the response headers arrive. Default 100 s. Does not limit a <c>WatchAsync</c> stream.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Reconnections of <c>WatchAsync</c> in a row without receiving an event before it gives up. Default 5.</summary>
    public int MaxStreamReconnects { get; set; } = 5;

    /// <summary>The root every relative path is resolved against: <see cref="BaseUrl"/> plus <see cref="ApiPrefix"/>, ending in '/'.</summary>
    internal Uri ApiRoot()
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"BaseUrl must be an absolute http or https URL, not '{BaseUrl}'.", nameof(BaseUrl));
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        if (!path.EndsWith(ApiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            path += ApiPrefix;
        }

        return new UriBuilder(uri) { Path = path + "/", Query = "", Fragment = "" }.Uri;
    }

    internal void Validate()
    {
        _ = ApiRoot();
        if (string.IsNullOrWhiteSpace(ServiceKey))
        {
            throw new ArgumentException("ServiceKey is required: the API's GH_SERVICE_SECRET.", nameof(ServiceKey));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetryAttempts);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxStreamReconnects);
    }
}
