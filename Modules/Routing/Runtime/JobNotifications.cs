using GhostHands.ServiceDefaults;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GhostHands.Routing.Runtime;

/// <summary>
/// The worker's dedicated LISTEN connection: <c>gh_job_created</c> (payload: target worker, '' for any),
/// <c>gh_job_cancelled</c> (payload: job id) and <c>gh_worker_control</c> (payload: <c>worker:status</c>, or
/// <c>*:paused</c>/<c>*:resumed</c>). A dropped connection is reopened by <see cref="ReconnectingListener"/>
/// (0.5 s doubling to 30 s); every (re)connect raises <see cref="Reconnected"/>, because notifications sent while it
/// was down are lost and the queue must be looked at again. Polling covers the gap in the meantime.
/// </summary>
internal sealed partial class JobNotifications(NpgsqlDataSource db, string workerId, ILogger logger)
{
    public const string JobCreatedChannel = "gh_job_created";
    public const string JobCancelledChannel = "gh_job_cancelled";
    public const string WorkerControlChannel = "gh_worker_control";

    public event Action? JobAvailable;

    public event Action<Guid>? JobCancelled;

    /// <summary>Raised with the new status when this worker's registry status changes, or with "paused"/"resumed" for the queue.</summary>
    public event Action<string>? ControlChanged;

    public event Action? Reconnected;

    public Task RunAsync(CancellationToken stoppingToken) => ReconnectingListener.RunAsync(
        db, [JobCreatedChannel, JobCancelledChannel, WorkerControlChannel], OnNotification, OnListening, OnLost, stoppingToken);

    private void OnListening()
    {
        LogListening(workerId);
        Reconnected?.Invoke();
    }

    private void OnLost(Exception error, TimeSpan backoff) => LogDisconnected(error, backoff.TotalMilliseconds);

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        switch (e.Channel)
        {
            case JobCreatedChannel when e.Payload.Length == 0 || e.Payload == workerId:
                JobAvailable?.Invoke();
                break;
            case JobCancelledChannel when Guid.TryParse(e.Payload, out var jobId):
                JobCancelled?.Invoke(jobId);
                break;
            case WorkerControlChannel:
                var separator = e.Payload.LastIndexOf(':');
                var target = separator < 0 ? "" : e.Payload[..separator];
                if (target == workerId || target == "*")
                {
                    ControlChanged?.Invoke(e.Payload[(separator + 1)..]);
                }

                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Worker {WorkerId} listening for job notifications")]
    private partial void LogListening(string workerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification connection lost; reconnecting in {BackoffMs} ms (polling meanwhile)")]
    private partial void LogDisconnected(Exception error, double backoffMs);
}
