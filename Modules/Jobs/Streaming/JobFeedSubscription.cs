using System.Threading.Channels;

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
    private readonly Channel<bool> wakeUps = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

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
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await wakeUps.Reader.WaitToReadAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        wakeUps.Reader.TryRead(out _);
        lock (gate)
        {
            var changes = new JobChanges(pending, everything);
            pending = [];
            everything = false;
            return changes;
        }
    }

    public void Dispose() => hub.Unsubscribe(this);

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

        wakeUps.Writer.TryWrite(true);
    }

    internal void ChangedEverything()
    {
        lock (gate)
        {
            everything = true;
            pending = [];
        }

        wakeUps.Writer.TryWrite(true);
    }
}
