namespace GhostHands.Recovery;

/// <summary>Options of the queue sweeps (section <c>Recovery</c>). docs/failure-modes.md lists what each number does.</summary>
public sealed class RecoveryOptions
{
    public const string Section = "Recovery";

    /// <summary>A queued or running job whose heartbeat is older than this is presumed abandoned and rescued. Default 2 min (docs/contract.md).</summary>
    public TimeSpan RescueAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A job still pending this long after it became due ends <c>expired</c>. Default 24 h.</summary>
    public TimeSpan ExpirePendingAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>When the sweep runs (cron with seconds, UTC). Default every 30 s.</summary>
    public string SweepSchedule { get; set; } = "*/30 * * * * *";

    /// <summary>When finished jobs' callbacks are handed to the delivery queue (cron with seconds, UTC). Default every 2 s.</summary>
    public string CallbackSchedule { get; set; } = "*/2 * * * * *";

    /// <summary>Most jobs one sweep changes per kind; the next sweep takes the rest. Default 1,000.</summary>
    public int BatchSize { get; set; } = 1000;
}
