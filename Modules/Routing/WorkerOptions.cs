namespace GhostHands.Routing;

/// <summary>Options of a worker process (section <c>Worker</c>; seed variables <c>GH_WORKER_ID</c>, <c>MAX_CONCURRENT_JOBS</c>).</summary>
public sealed class WorkerOptions
{
    public const string Section = "Worker";
    public const int DefaultMaxConcurrentJobs = 2;
    public static readonly TimeSpan DefaultHeartbeatInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultPreferredAffinityWait = TimeSpan.FromSeconds(30);

    /// <summary>
    /// This worker's id (<c>--worker-id=NAME</c> or <c>GH_WORKER_ID</c>): a letter or digit, then letters, digits,
    /// '.', '_' or '-', at most 100 characters. Default: the host name plus a short random suffix.
    /// </summary>
    public string WorkerId { get; set; } = "";

    /// <summary>Jobs this worker runs at once (browser contexts). Default 2.</summary>
    public int MaxConcurrentJobs { get; set; } = DefaultMaxConcurrentJobs;

    /// <summary>How often the worker renews its claim on every job it holds. Default 30 s.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = DefaultHeartbeatInterval;

    /// <summary>Longest wait between two looks at the queue when no notification arrives. Default 5 s.</summary>
    public TimeSpan PollInterval { get; set; } = DefaultPollInterval;

    /// <summary>Whether to wake on <c>LISTEN gh_job_created</c>. Off, the worker relies on polling alone. Default true.</summary>
    public bool ListenForNotifications { get; set; } = true;

    /// <summary>On SIGTERM, how long running jobs may take to finish before they are handed back to the queue. Default 30 s.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = DefaultShutdownTimeout;

    /// <summary>How long a job with affinity <c>preferred</c> waits for its target before any worker may take it. Default 30 s.</summary>
    public TimeSpan PreferredAffinityWait { get; set; } = DefaultPreferredAffinityWait;

    /// <summary>Largest number of finished jobs written in one statement. Default 500.</summary>
    public int CompletionBatchSize { get; set; } = 500;
}
