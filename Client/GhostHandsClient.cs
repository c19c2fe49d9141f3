using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GhostHands.Jobs;
using Microsoft.Extensions.Http.Resilience;

namespace GhostHands.Client;

/// <summary>
/// The GhostHands REST API (channel 2 of docs/contract.md) under <c>/api/v1/gh</c>: submit jobs, read them, follow them live,
/// and operate workers and the queue. Every error the API answers throws a <see cref="GhostHandsException"/> carrying
/// the problem document; a taken idempotency key throws <see cref="DuplicateIdempotencyKeyException"/>. Connection
/// failures surface as <see cref="HttpRequestException"/> once the retries allowed by
/// <see cref="GhostHandsClientOptions.MaxRetryAttempts"/> are spent. Thread-safe; keep one per application.
/// </summary>
public sealed class GhostHandsClient : IDisposable
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

    /// <summary>
    /// <c>POST /jobs</c> with the wire-level body. Answers the created job. Retried on transient failures only when
    /// <see cref="CreateJobParams.IdempotencyKey"/> is set.
    /// </summary>
    /// <exception cref="DuplicateIdempotencyKeyException">The key is taken; nothing was created.</exception>
    /// <exception cref="GhostHandsException">The request was invalid (<see cref="ApiProblem.Errors"/> names each field) or refused.</exception>
    public async Task<AutomationJob> CreateJobAsync(CreateJobParams job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        using var request = Request(HttpMethod.Post, "jobs", job, retrySafe: job.IdempotencyKey is not null);
        using var response = await http.SendAsync(request, cancellationToken);
        await ThrowIfFailedAsync(response, job.IdempotencyKey, cancellationToken);
        return await ReadAsync<AutomationJob>(response, cancellationToken);
    }

    /// <summary><c>POST /jobs</c> for <paramref name="userId"/> (as VALET calls it: <c>gh.createJob(user.id, {...})</c>).</summary>
    /// <exception cref="DuplicateIdempotencyKeyException">The key is taken; nothing was created.</exception>
    /// <exception cref="GhostHandsException">The request was invalid or refused.</exception>
    public Task<AutomationJob> CreateJobAsync(Guid userId, CreateJobOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CreateJobAsync(options.ToParams(userId), cancellationToken);
    }

    /// <summary>
    /// <c>POST /jobs/batch</c>: 1 to 50 jobs in one transaction. Entries that are invalid or whose key is taken are
    /// reported in <see cref="BatchResult.Errors"/> by index, also when none could be created. With
    /// <paramref name="parent"/> the jobs get a batch parent whose status follows theirs.
    /// </summary>
    public async Task<BatchResult> CreateBatchAsync(
        IReadOnlyList<CreateJobParams> jobs, CreateJobParams? defaults = null, bool parent = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var body = new { jobs, defaults, parent };
        var retrySafe = jobs.Count > 0 && jobs.All(j => (j.IdempotencyKey ?? defaults?.IdempotencyKey) is not null);
        using var request = Request(HttpMethod.Post, "jobs/batch", body, retrySafe);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest && await ReadProblemAsync(response, cancellationToken) is { Code: "batch_rejected" } rejected)
        {
            var errors = rejected.Extensions.TryGetValue("errors", out var list)
                ? list.Deserialize<List<BatchJobError>>(ContractJson.Options) ?? []
                : [];
            return new BatchResult([], errors);
        }

        await ThrowIfFailedAsync(response, null, cancellationToken);
        return await ReadAsync<BatchResult>(response, cancellationToken);
    }

    /// <summary><c>POST /jobs/batch</c> for one user (as VALET calls it: <c>gh.createBatch(user.id, [...])</c>).</summary>
    public Task<BatchResult> CreateBatchAsync(Guid userId, IEnumerable<CreateJobOptions> jobs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        return CreateBatchAsync(jobs.Select(j => j.ToParams(userId)).ToList(), cancellationToken: cancellationToken);
    }

    /// <summary><c>GET /jobs/{id}</c>.</summary>
    /// <exception cref="GhostHandsException">Code <c>job_not_found</c> when there is no such job.</exception>
    public Task<AutomationJob> GetJobAsync(Guid jobId, CancellationToken cancellationToken = default) =>
        SendAsync<AutomationJob>(HttpMethod.Get, $"jobs/{jobId}", null, false, cancellationToken);

    /// <summary><c>GET /jobs</c>: newest first, filtered by <paramref name="query"/>.</summary>
    public Task<JobList> ListJobsAsync(ListJobsQuery? query = null, CancellationToken cancellationToken = default)
    {
        var q = query ?? new ListJobsQuery();
        var parameters = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                parameters.Add($"{name}={Uri.EscapeDataString(Convert.ToString(value, CultureInfo.InvariantCulture)!)}");
            }
        }

        Add("user_id", q.UserId);
        Add("status", q.Statuses is { Count: > 0 } statuses ? string.Join(',', statuses.Select(s => s.ToDb())) : null);
        Add("job_type", q.JobType);
        Add("worker_id", q.WorkerId);
        Add("target_worker_id", q.TargetWorkerId);
        Add("limit", q.Limit);
        Add("offset", q.Offset);
        var path = parameters.Count == 0 ? "jobs" : $"jobs?{string.Join('&', parameters)}";
        return SendAsync<JobList>(HttpMethod.Get, path, null, false, cancellationToken);
    }

    /// <summary>
    /// <c>POST /jobs/{id}/cancel</c>: a pending, queued, running or paused job ends cancelled; a running job's worker
    /// stops it. Not retried automatically.
    /// </summary>
    /// <exception cref="GhostHandsException">Code <c>invalid_status_transition</c> when the job already ended.</exception>
    public Task<AutomationJob> CancelJobAsync(Guid jobId, string? reason = null, CancellationToken cancellationToken = default) =>
        SendAsync<AutomationJob>(HttpMethod.Post, $"jobs/{jobId}/cancel", reason is null ? null : new { reason }, false, cancellationToken);

    /// <summary><c>POST /jobs/{id}/retry</c>: a failed, cancelled or expired job goes back to pending with a fresh retry budget.</summary>
    /// <exception cref="GhostHandsException">Code <c>invalid_status_transition</c> when the job is not failed, cancelled or expired.</exception>
    public Task<AutomationJob> RetryJobAsync(Guid jobId, CancellationToken cancellationToken = default) =>
        SendAsync<AutomationJob>(HttpMethod.Post, $"jobs/{jobId}/retry", null, false, cancellationToken);

    /// <summary><c>GET /jobs/{id}/events</c>: the job's events in order, those after <paramref name="afterEventId"/> when given.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="afterEventId">Only events with a larger id.</param>
    /// <param name="limit">At most this many (1-1000; the API's default is 500).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<AutomationJobEvent>> GetEventsAsync(
        Guid jobId, long? afterEventId = null, int? limit = null, CancellationToken cancellationToken = default)
    {
        var query = string.Join('&', new[]
        {
            afterEventId is { } after ? $"after={after.ToString(CultureInfo.InvariantCulture)}" : null,
            limit is { } l ? $"limit={l.ToString(CultureInfo.InvariantCulture)}" : null,
        }.Where(p => p is not null));
        var page = await SendAsync<JobEventList>(
            HttpMethod.Get, query.Length == 0 ? $"jobs/{jobId}/events" : $"jobs/{jobId}/events?{query}", null, false, cancellationToken);
        return page.Events;
    }

    /// <summary>
    /// Polls <c>GET /jobs/{id}</c> every <paramref name="interval"/> (default 2 s) until the job is completed, failed,
    /// cancelled or expired, and answers it. Prefer <see cref="WatchAsync"/> where a stream is possible.
    /// </summary>
    /// <exception cref="TimeoutException">The job had not ended after <paramref name="timeout"/> (default 5 minutes).</exception>
    public async Task<AutomationJob> PollForCompletionAsync(
        Guid jobId, TimeSpan? interval = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var every = interval ?? TimeSpan.FromSeconds(2);
        var limit = timeout ?? TimeSpan.FromMinutes(5);
        using var deadline = new CancellationTokenSource(limit);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        AutomationJob? last = null;
        try
        {
            while (true)
            {
                last = await GetJobAsync(jobId, linked.Token);
                if (last.IsTerminal)
                {
                    return last;
                }

                await Task.Delay(every, linked.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"Job {jobId} had not finished after {limit.TotalSeconds:0.#} s; last status {last?.Status.ToDb() ?? "unknown"}.");
        }
    }

    /// <summary>
    /// Follows <c>GET /jobs/{id}/stream</c> (Server-Sent Events): first the events after <paramref name="lastEventId"/>
    /// (all when null), then each new one as it happens; the sequence ends when the API sends <c>[DONE]</c>, that is
    /// once the job is completed, failed, cancelled or expired. A dropped connection is reopened with
    /// <c>Last-Event-ID</c> set to the last event received, so no event is missed or repeated.
    /// </summary>
    /// <exception cref="GhostHandsException">Code <c>job_not_found</c> when there is no such job.</exception>
    /// <exception cref="HttpRequestException">The stream could not be reopened <see cref="GhostHandsClientOptions.MaxStreamReconnects"/> times in a row.</exception>
    public async IAsyncEnumerable<AutomationJobEvent> WatchAsync(
        Guid jobId, long? lastEventId = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var last = lastEventId;
        var reconnects = 0;
        while (true)
        {
            using var request = Request(HttpMethod.Get, $"jobs/{jobId}/stream", null, retrySafe: false);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            if (last is { } id)
            {
                request.Headers.Add("Last-Event-ID", id.ToString(CultureInfo.InvariantCulture));
            }

            HttpResponseMessage? response = null;
            Exception? failure = null;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                failure = e;
            }

            if (response is not null)
            {
                using (response)
                {
                    await ThrowIfFailedAsync(response, null, cancellationToken);
                    var reader = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(cancellationToken));
                    while (true)
                    {
                        ServerSentEvent? message;
                        try
                        {
                            message = await reader.ReadAsync(cancellationToken);
                        }
                        catch (Exception e) when (e is IOException or HttpRequestException)
                        {
                            failure = e;
                            break;
                        }

                        if (message is null)
                        {
                            // Ended without [DONE]: the API instance is stopping. Reconnect and carry on from the last id.
                            break;
                        }

                        if (message.Data == "[DONE]")
                        {
                            yield break;
                        }

                        var jobEvent = JsonSerializer.Deserialize<AutomationJobEvent>(message.Data, ContractJson.Options)!;
                        last = long.TryParse(message.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId) ? eventId : jobEvent.Id;
                        reconnects = 0;
                        yield return jobEvent;
                    }
                }
            }

            if (++reconnects > options.MaxStreamReconnects)
            {
                throw new HttpRequestException(
                    $"The event stream of job {jobId} broke {reconnects} times in a row without delivering an event.", failure);
            }

            await Task.Delay(options.RetryDelay * reconnects, cancellationToken);
        }
    }

    /// <summary><c>GET /workers</c>: every registered worker with its status, current jobs and heartbeat age.</summary>
    public async Task<IReadOnlyList<WorkerInfo>> ListWorkersAsync(CancellationToken cancellationToken = default) =>
        (await SendAsync<WorkerList>(HttpMethod.Get, "workers", null, false, cancellationToken)).Workers;

    /// <summary><c>POST /workers/{id}/drain</c>: the worker finishes what it holds and claims nothing more. Idempotent.</summary>
    /// <exception cref="GhostHandsException">Code <c>worker_not_found</c> or <c>worker_not_running</c>.</exception>
    public Task<WorkerInfo> DrainWorkerAsync(string workerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workerId);
        return SendAsync<WorkerInfo>(HttpMethod.Post, $"workers/{Uri.EscapeDataString(workerId)}/drain", null, true, cancellationToken);
    }

    /// <summary><c>GET /queue</c>: whether the emergency stop is on.</summary>
    public Task<QueueState> GetQueueStateAsync(CancellationToken cancellationToken = default) =>
        SendAsync<QueueState>(HttpMethod.Get, "queue", null, false, cancellationToken);

    /// <summary>
    /// <c>POST /queue/pause</c>, the emergency stop (docs/contract.md, Runbook): no worker claims anything until
    /// <see cref="ResumeQueueAsync"/>; pending jobs stay pending, running ones finish. Idempotent.
    /// </summary>
    public Task<QueueState> PauseQueueAsync(string? reason = null, CancellationToken cancellationToken = default) =>
        SendAsync<QueueState>(HttpMethod.Post, "queue/pause", reason is null ? null : new { reason }, true, cancellationToken);

    /// <summary><c>POST /queue/resume</c>: workers claim again. Idempotent.</summary>
    public Task<QueueState> ResumeQueueAsync(CancellationToken cancellationToken = default) =>
        SendAsync<QueueState>(HttpMethod.Post, "queue/resume", null, true, cancellationToken);

    /// <summary>
    /// <c>POST /jobs/recover-stuck</c> (docs/contract.md, Runbook): queued or running jobs whose worker has not sent a heartbeat
    /// for <paramref name="olderThan"/> (the API's configured limit when null) go back to pending, or fail when out of
    /// retries. Not retried automatically.
    /// </summary>
    public Task<RecoverStuckResult> RecoverStuckJobsAsync(TimeSpan? olderThan = null, CancellationToken cancellationToken = default) =>
        SendAsync<RecoverStuckResult>(
            HttpMethod.Post, "jobs/recover-stuck",
            olderThan is { } age ? new { older_than_seconds = (int)Math.Ceiling(age.TotalSeconds) } : null, false, cancellationToken);

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

    private sealed record WorkerList(IReadOnlyList<WorkerInfo> Workers);
}
