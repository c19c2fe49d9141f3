using System.Globalization;
using System.Net;
using System.Text.Json;
using GhostHands.Contracts;

namespace GhostHands.Client;

/// <summary>Submitting jobs and reading them back: <c>/jobs</c>, <c>/jobs/batch</c>, <c>/jobs/{id}</c> and its events.</summary>
public sealed partial class GhostHandsClient
{
    /// <summary>
    /// <c>POST /jobs</c> with the wire-level body. Answers the created job. Retried on transient failures only when
    /// <see cref="CreateJobParams.IdempotencyKey"/> is set.
    /// </summary>
    /// <exception cref="DuplicateIdempotencyKeyException">The key is taken; nothing was created.</exception>
    /// <exception cref="GhostHandsException">The request was invalid (<see cref="ApiProblem.Errors"/> names each field) or refused.</exception>
    public async Task<Job> CreateJobAsync(CreateJobParams job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        using var request = Request(HttpMethod.Post, "jobs", job, retrySafe: job.IdempotencyKey is not null);
        using var response = await http.SendAsync(request, cancellationToken);
        await ThrowIfFailedAsync(response, job.IdempotencyKey, cancellationToken);
        return await ReadAsync<Job>(response, cancellationToken);
    }

    /// <summary><c>POST /jobs</c> for <paramref name="userId"/> (as VALET calls it: <c>gh.createJob(user.id, {...})</c>).</summary>
    /// <exception cref="DuplicateIdempotencyKeyException">The key is taken; nothing was created.</exception>
    /// <exception cref="GhostHandsException">The request was invalid or refused.</exception>
    public Task<Job> CreateJobAsync(Guid userId, CreateJobOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CreateJobAsync(options.ToParams(userId), cancellationToken);
    }

    /// <summary>
    /// <c>POST /jobs/batch</c>: 1 to 50 jobs in one transaction. Entries that are invalid or whose key is taken are
    /// reported in <see cref="BatchCreated.Errors"/> by index, also when none could be created. With
    /// <paramref name="parent"/> the jobs get a batch parent whose status follows theirs.
    /// </summary>
    public async Task<BatchCreated> CreateBatchAsync(
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
                ? list.Deserialize<List<BatchError>>(ContractJson.Options) ?? []
                : [];
            return new BatchCreated([], errors);
        }

        await ThrowIfFailedAsync(response, null, cancellationToken);
        return await ReadAsync<BatchCreated>(response, cancellationToken);
    }

    /// <summary><c>POST /jobs/batch</c> for one user (as VALET calls it: <c>gh.createBatch(user.id, [...])</c>).</summary>
    public Task<BatchCreated> CreateBatchAsync(Guid userId, IEnumerable<CreateJobOptions> jobs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        return CreateBatchAsync(jobs.Select(j => j.ToParams(userId)).ToList(), cancellationToken: cancellationToken);
    }

    /// <summary><c>GET /jobs/{id}</c>.</summary>
    /// <exception cref="GhostHandsException">Code <c>job_not_found</c> when there is no such job.</exception>
    public Task<Job> GetJobAsync(Guid jobId, CancellationToken cancellationToken = default) =>
        SendAsync<Job>(HttpMethod.Get, $"jobs/{jobId}", null, false, cancellationToken);

    /// <summary><c>GET /jobs</c>: newest first, filtered by <paramref name="query"/>.</summary>
    public Task<JobPage> ListJobsAsync(ListJobsQuery? query = null, CancellationToken cancellationToken = default)
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
        return SendAsync<JobPage>(HttpMethod.Get, path, null, false, cancellationToken);
    }

    /// <summary>
    /// <c>POST /jobs/{id}/cancel</c>: a pending, queued, running or paused job ends cancelled; a running job's worker
    /// stops it. Not retried automatically.
    /// </summary>
    /// <exception cref="GhostHandsException">Code <c>invalid_status_transition</c> when the job already ended.</exception>
    public Task<Job> CancelJobAsync(Guid jobId, string? reason = null, CancellationToken cancellationToken = default) =>
        SendAsync<Job>(HttpMethod.Post, $"jobs/{jobId}/cancel", reason is null ? null : new { reason }, false, cancellationToken);

    /// <summary><c>POST /jobs/{id}/retry</c>: a failed, cancelled or expired job goes back to pending with a fresh retry budget.</summary>
    /// <exception cref="GhostHandsException">Code <c>invalid_status_transition</c> when the job is not failed, cancelled or expired.</exception>
    public Task<Job> RetryJobAsync(Guid jobId, CancellationToken cancellationToken = default) =>
        SendAsync<Job>(HttpMethod.Post, $"jobs/{jobId}/retry", null, false, cancellationToken);

    /// <summary><c>GET /jobs/{id}/events</c>: the job's events in order, those after <paramref name="afterEventId"/> when given.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="afterEventId">Only events with a larger id.</param>
    /// <param name="limit">At most this many (1-1000; the API's default is 500).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<JobEvent>> GetEventsAsync(
        Guid jobId, long? afterEventId = null, int? limit = null, CancellationToken cancellationToken = default)
    {
        var query = string.Join('&', new[]
        {
            afterEventId is { } after ? $"after={after.ToString(CultureInfo.InvariantCulture)}" : null,
            limit is { } l ? $"limit={l.ToString(CultureInfo.InvariantCulture)}" : null,
        }.Where(p => p is not null));
        var page = await SendAsync<JobEventPage>(
            HttpMethod.Get, query.Length == 0 ? $"jobs/{jobId}/events" : $"jobs/{jobId}/events?{query}", null, false, cancellationToken);
        return page.Events;
    }
}
