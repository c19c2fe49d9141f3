using GhostHands.Contracts;

namespace GhostHands.Client;

/// <summary>The runbook operations of docs/contract.md, Runbook: workers, the emergency stop and stuck-job recovery.</summary>
public sealed partial class GhostHandsClient
{
    /// <summary><c>GET /workers</c>: every registered worker with its status, current jobs and heartbeat age.</summary>
    public async Task<IReadOnlyList<WorkerView>> ListWorkersAsync(CancellationToken cancellationToken = default) =>
        (await SendAsync<WorkerList>(HttpMethod.Get, "workers", null, false, cancellationToken)).Workers;

    /// <summary><c>POST /workers/{id}/drain</c>: the worker finishes what it holds and claims nothing more. Idempotent.</summary>
    /// <exception cref="GhostHandsException">Code <c>worker_not_found</c> or <c>worker_not_running</c>.</exception>
    public Task<WorkerView> DrainWorkerAsync(string workerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workerId);
        return SendAsync<WorkerView>(HttpMethod.Post, $"workers/{Uri.EscapeDataString(workerId)}/drain", null, true, cancellationToken);
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
}
