using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GhostHands.Routing.Runtime;

/// <summary>
/// Stops attempts cancelled through the API (docs/contract.md#statuses). A cancel notification names a job; the job may
/// run here, may be one whose claim has just committed and which is not registered yet, or may be another worker's.
/// </summary>
internal sealed partial class CancellationWatch(HeldJobs held, JobWrites writes, ILogger logger)
{
    // Cancel notifications for jobs not running here, by arrival time. A cancel can commit between the claim's commit
    // and the job's registration in HeldJobs; its notification must still stop the job (see OnJobCancelled).
    private readonly ConcurrentDictionary<Guid, long> cancelledElsewhere = new();
    private readonly ILogger logger = logger;

    /// <summary>
    /// Stops the cancelled job if it runs here. Otherwise it may be a job whose claim has just committed and which is
    /// not registered yet: its id is remembered for <see cref="CheckRegisteredAsync"/>, and a second look covers a
    /// registration in between. Either way the job was not registered when the notification came, so it may also be an
    /// older cancellation of a job since retried and claimed again: the database decides (<see cref="StopIfCancelledAsync"/>).
    /// </summary>
    public void OnJobCancelled(Guid jobId)
    {
        if (held.TryGet(jobId, out var run))
        {
            run.Stop(StopReason.Cancelled);
            return;
        }

        var now = Environment.TickCount64;
        cancelledElsewhere[jobId] = now;
        if (cancelledElsewhere.Count > 1000)
        {
            // Nearly all are other workers' jobs; a minute is far longer than any claim takes to register.
            foreach (var (id, at) in cancelledElsewhere)
            {
                if (now - at > 60_000)
                {
                    cancelledElsewhere.TryRemove(id, out _);
                }
            }
        }

        if (held.TryGet(jobId, out run) && cancelledElsewhere.TryRemove(jobId, out _))
        {
            _ = StopIfCancelledAsync(run);
        }
    }

    /// <summary>Called once a claimed attempt is registered: a cancel notification that came before is acted on now.</summary>
    public async Task CheckRegisteredAsync(RunningJob run)
    {
        if (cancelledElsewhere.TryRemove(run.Job.Id, out _))
        {
            await StopIfCancelledAsync(run);
        }
    }

    /// <summary>Stops <paramref name="run"/> if its attempt has been cancelled; a rare path, one query.</summary>
    private async Task StopIfCancelledAsync(RunningJob run)
    {
        try
        {
            if (await writes.IsCancelledAsync(run.Claim, CancellationToken.None))
            {
                run.Stop(StopReason.Cancelled);
            }
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // The next heartbeat finds the job no longer running and stops it.
            LogRecordFailed(e, run.Job.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording the outcome of job {JobId} failed")]
    private partial void LogRecordFailed(Exception error, Guid jobId);
}
