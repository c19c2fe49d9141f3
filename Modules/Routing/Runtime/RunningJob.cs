using System.Diagnostics;
using GhostHands.Jobs;
using GhostHands.Jobs.Handling;
using Microsoft.Extensions.Logging;

namespace GhostHands.Routing.Runtime;

/// <summary>One claimed attempt on this worker, from claim until its outcome is written or it is handed back.</summary>
internal sealed class RunningJob : JobContext
{
    private readonly Job job;
    private readonly string workerId;
    private readonly JobWrites writes;
    private readonly ILogger logger;

    // The timeout runs on the injected clock, so tests can move time instead of waiting for it.
    private readonly CancellationTokenSource timeout;
    private readonly CancellationTokenSource cancellation;
    private readonly Lock stopGate = new();
    private bool disposed;

    public RunningJob(Job job, string workerId, JobWrites writes, ILogger logger, TimeProvider time, CancellationToken stopping)
    {
        this.job = job;
        this.workerId = workerId;
        this.writes = writes;
        this.logger = logger;
        // The job has been running since the claim that produced it, so its time starts now.
        timeout = new CancellationTokenSource(TimeSpan.FromSeconds(job.TimeoutSeconds), time);
        cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
        Claim = new Attempt(job.Id, job.Attempt);
    }

    public override Job Job => job;

    public override string WorkerId => workerId;

    public override CancellationToken CancellationToken => cancellation.Token;

    public override ILogger Logger => logger;

    public Attempt Claim { get; }

    /// <summary>When this worker claimed the attempt: where the job's span starts (wall clock, as spans use).</summary>
    public DateTimeOffset ClaimedAt { get; } = DateTimeOffset.UtcNow;

    /// <summary>The job's span, from claim until its outcome is written; its steps and the outcome write are children.</summary>
    public Activity? Span { get; set; }

    public Task Execution { get; set; } = Task.CompletedTask;

    /// <summary>Why the attempt was stopped from outside, if it was.</summary>
    public StopReason Stopped { get; private set; }

    /// <summary>
    /// Stops the attempt; does nothing once it is released (<see cref="Dispose"/>), since shutdown and the heartbeat
    /// stop attempts from a snapshot that an attempt may leave in between.
    /// </summary>
    public void Stop(StopReason reason)
    {
        lock (stopGate)
        {
            if (disposed)
            {
                return;
            }

            if (Stopped == StopReason.None)
            {
                Stopped = reason;
            }

            cancellation.Cancel();
        }
    }

    public bool TimedOut => timeout.IsCancellationRequested;

    public override Task<bool> NarrateAsync(string eventType, string message, object? metadata = null) =>
        writes.NarrateAsync(Claim, eventType, message, metadata, CancellationToken.None);

    public override Task<bool> AddArtifactsAsync(IReadOnlyList<string> screenshotUrls, IReadOnlyList<string> artifactUrls) =>
        writes.AddArtifactsAsync(Claim, screenshotUrls, artifactUrls, CancellationToken.None);

    public void Dispose()
    {
        lock (stopGate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
        }

        Span?.Dispose();
        cancellation.Dispose();
        timeout.Dispose();
    }
}

internal enum StopReason
{
    None,

    /// <summary>The job was cancelled through the API; its status already says so.</summary>
    Cancelled,

    /// <summary>A heartbeat found the job no longer ours (rescued, or changed by hand).</summary>
    LostOwnership,

    /// <summary>The worker is shutting down and the shutdown timeout passed; the job is handed back.</summary>
    Shutdown,
}
