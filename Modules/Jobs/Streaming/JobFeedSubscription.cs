namespace GhostHands.Jobs.Streaming;

/// <summary>Jobs that changed since the last look; <see cref="Everything"/> when any job may have.</summary>
public sealed record JobChanges(IReadOnlyCollection<Guid> Jobs, bool Everything);

/// <summary>
/// One feed's interest in every job (the dashboard's). Notifications collect as a set of job ids until the feed reads
/// them, so a burst of events of one job costs one re-read of that job. Past <see cref="MaxPending"/> distinct jobs
/// the set collapses into "everything changed", which keeps a slow reader's memory bounded.
/// </summary>
public sealed class JobFeedSubscription : IDisposable
{
    public const int MaxPending = 500;

    private readonly JobEventHub hub;
    private readonly WakeUpSignal wakeUp = new();

    private readonly object gate = new();
    private HashSet<Guid> pending = [];
    private bool everything;

    internal JobFeedSubscription(JobEventHub hub) => this.hub = hub;

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for a change; returns what changed since the last call, or null when the
    /// time ran out with nothing new.
    /// </summary>
    public async Task<JobChanges?> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!await wakeUp.WaitAsync(timeout, cancellationToken))
        {
            return null;
        }

        lock (gate)
        {
            var changes = new JobChanges(pending, everything);
            pending = [];
            everything = false;
            return changes;
        }
    }

    /// <summary>True once disposed: nothing reads it any more.</summary>
    public bool Closed { get; private set; }

    public void Dispose()
    {
        Closed = true;
        hub.Unsubscribe(this);
    }

    internal void Changed(Guid jobId)
    {
        lock (gate)
        {
            if (!everything && pending.Add(jobId) && pending.Count > MaxPending)
            {
                everything = true;
                pending = [];
            }
        }

        wakeUp.Set();
    }

    internal void ChangedEverything()
    {
        lock (gate)
        {
            everything = true;
            pending = [];
        }

        wakeUp.Set();
    }
}
