using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GhostHands.Recovery;

/// <summary>Recurring message (<see cref="RecoveryOptions.SweepSchedule"/>): rescue stuck jobs, expire stale ones.</summary>
public sealed record SweepQueue;

/// <summary>
/// Runs the sweep. Wolverine runs recurring messages on one node at a time; the statements are also safe to run
/// concurrently, so a manual <c>recover-stuck</c> at the same moment does no harm. Idempotent: a second run finds
/// nothing left to change. Logs only when it changed something.
/// </summary>
public static partial class SweepQueueHandler
{
    public static async Task Handle(
        SweepQueue _, NpgsqlDataSource db, IOptions<RecoveryOptions> options, TimeProvider time, ILogger<SweepQueue> logger,
        CancellationToken ct)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var rescued = await RescueStuckJobs.ExecuteAsync(db, now, o.RescueAfter, o.BatchSize, "sweeper", ct);
        var expired = await ExpireJobs.ExecuteAsync(db, now, o.ExpirePendingAfter, o.BatchSize, ct);
        if (rescued.Total > 0 || expired > 0)
        {
            LogSwept(logger, rescued.Requeued, rescued.Failed, expired);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue sweep: requeued {Requeued} stuck job(s), failed {Failed} out of retries, expired {Expired}")]
    private static partial void LogSwept(ILogger logger, int requeued, int failed, int expired);
}
