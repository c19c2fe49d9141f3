using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GhostHands.Contracts;
using Microsoft.Extensions.Http.Resilience;

namespace GhostHands.Client;

/// <summary>
/// The GhostHands REST API (channel 2 of docs/contract.md) under <c>/api/v1/gh</c>: submit jobs, read them, follow them live,
/// and operate workers and the queue. Every error the API answers throws a <see cref="GhostHandsException"/> carrying
/// the problem document; a taken idempotency key throws <see cref="DuplicateIdempotencyKeyException"/>. Connection
/// failures surface as <see cref="HttpRequestException"/> once the retries allowed by
/// <see cref="GhostHandsClientOptions.MaxRetryAttempts"/> are spent. Thread-safe; keep one per application.
/// </summary>
public sealed partial class GhostHandsClient : IDisposable
{
    private readonly HttpClient http;
    private readonly bool ownsHttp;
    private readonly Uri root;
    private readonly string serviceKey;
    private readonly GhostHandsClientOptions options;

    /// <summary>A client with its own connection pool and the retry policy: <c>new GhostHandsClient(apiUrl, apiKey)</c>.</summary>
    /// <param name="baseUrl">The API's address, with or without <c>/api/v1/gh</c>.</param>
    /// <param name="serviceKey">The API's <c>GH_SERVICE_SECRET</c>.</param>
    public GhostHandsClient(string baseUrl, string serviceKey)
        : this(new GhostHandsClientOptions { BaseUrl = baseUrl, ServiceKey = serviceKey })
    {
    }

    /// <summary>A client with its own connection pool and the retry policy of <paramref name="options"/>.</summary>
    public GhostHandsClient(GhostHandsClientOptions options)
        : this(CreateHttpClient(options), options, ownsHttp: true)
    {
    }

    /// <summary>
    /// A client over an <see cref="HttpClient"/> the caller manages (for example from <c>IHttpClientFactory</c>;
    /// <c>AddGhostHandsClient</c> does this). The client adds the base address and service key to each request and
    /// leaves <paramref name="httpClient"/>'s defaults alone; retries are whatever handlers it has.
    /// </summary>
    public GhostHandsClient(HttpClient httpClient, GhostHandsClientOptions options)
        : this(httpClient, options, ownsHttp: false)
    {
    }

    private GhostHandsClient(HttpClient httpClient, GhostHandsClientOptions options, bool ownsHttp)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        http = httpClient;
        this.ownsHttp = ownsHttp;
        this.options = options;
        root = options.ApiRoot();
        serviceKey = options.ServiceKey;
    }

    /// <summary>The resolved root of the REST API, ending in <c>/api/v1/gh/</c>.</summary>
    public Uri ApiRoot => root;

    /// <inheritdoc />
    public void Dispose()
    {
        if (ownsHttp)
        {
            http.Dispose();
        }
    }

    private static HttpClient CreateHttpClient(GhostHandsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var handler = new ResilienceHandler(ClientResilience.Build(options))
        {
            InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) },
        };
        return new HttpClient(handler) { Timeout = options.Timeout };
    }

    private HttpRequestMessage Request(HttpMethod method, string path, object? body, bool retrySafe)
    {
        var request = new HttpRequestMessage(method, new Uri(root, path));
        request.Headers.Add(GhostHandsClientOptions.ServiceKeyHeader, serviceKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            // Buffered, so the request has a Content-Length (the API ignores chunked bodies on some endpoints) and a
            // retry sends the same bytes.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ContractJson.Options))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
            };
        }

        request.Options.Set(ClientResilience.RetrySafe, retrySafe);
        return request;
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, bool retrySafe, CancellationToken cancellationToken)
    {
        using var request = Request(method, path, body, retrySafe);
        using var response = await http.SendAsync(request, cancellationToken);
        await ThrowIfFailedAsync(response, null, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) =>
        await response.Content.ReadFromJsonAsync<T>(ContractJson.Options, cancellationToken)
        ?? throw new HttpRequestException($"The API answered {(int)response.StatusCode} with an empty body.");

    private static async Task ThrowIfFailedAsync(HttpResponseMessage response, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var problem = await ReadProblemAsync(response, cancellationToken);
        if (problem.Code == DuplicateIdempotencyKeyException.ErrorCode
            && problem.Extensions.TryGetValue("existingJobId", out var id) && id.TryGetGuid(out var existingJobId)
            && problem.Extensions.TryGetValue("existingStatus", out var status) && JobStatuses.TryParse(status.GetString(), out var existingStatus))
        {
            throw new DuplicateIdempotencyKeyException(problem, idempotencyKey, existingJobId, existingStatus);
        }

        throw new GhostHandsException(problem);
    }

    private static async Task<ApiProblem> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var problem = ApiProblem.Parse(body) ?? ApiProblem.FromStatus(response.StatusCode, body);
        return problem.Status is null ? problem with { Status = (int)response.StatusCode } : problem;
    }

}
