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
    private readonly Dictionary<Guid, long> cancelledElsewhere = [];
    private readonly Lock gate = new();
    private readonly ILogger logger = logger;

    /// <summary>
    /// Stops the cancelled job if it runs here. Otherwise it may be a job whose claim has just committed and which is
    /// not registered yet: its id is remembered for <see cref="CheckRegisteredAsync"/>, which runs before the job's
    /// handler may begin. The two take <see cref="gate"/>, so a notification is either seen by the registered job's check
    /// or finds the job registered: none falls between. A remembered id may also be an older cancellation of a job since
    /// retried and claimed again: the database decides (<see cref="StopIfCancelledAsync"/>).
    /// </summary>
    public void OnJobCancelled(Guid jobId)
    {
        List<RunningJob> runs;
        lock (gate)
        {
            runs = held.AttemptsOf(jobId);
            if (runs.Count == 0)
            {
                Remember(jobId);
                return;
            }
        }

        foreach (var run in runs)
        {
            run.Stop(StopReason.Cancelled);
        }
    }

    /// <summary>
    /// Called once a claimed attempt is registered in <see cref="HeldJobs"/> and before its handler may begin: a cancel
    /// notification that came before is acted on now.
    /// </summary>
    public async Task CheckRegisteredAsync(RunningJob run)
    {
        bool notified;
        lock (gate)
        {
            notified = cancelledElsewhere.Remove(run.Job.Id);
        }

        if (notified)
        {
            await StopIfCancelledAsync(run);
        }
    }

    private void Remember(Guid jobId)
    {
        var now = Environment.TickCount64;
        cancelledElsewhere[jobId] = now;
        if (cancelledElsewhere.Count > 1000)
        {
            // Nearly all are other workers' jobs; a minute is far longer than any claim takes to register.
            foreach (var (id, at) in cancelledElsewhere.ToList())
            {
                if (now - at > 60_000)
                {
                    cancelledElsewhere.Remove(id);
                }
            }
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
