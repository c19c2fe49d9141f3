namespace GhostHands.Jobs.Streaming;

/// <summary>
/// One stream's interest in one job. Wake-ups coalesce (at most one pending, remembering the newest event id), so a
/// slow client costs no memory: it reads everything newer than what it sent from the database when it gets round to it.
/// </summary>
internal sealed class JobEventSubscription : IDisposable
{
    private readonly JobEventHub hub;
    private readonly WakeUpSignal wakeUp = new();

    private long newest;

    internal JobEventSubscription(JobEventHub hub, Guid jobId)
    {
        this.hub = hub;
        JobId = jobId;
    }

    public Guid JobId { get; }

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for a notification. Returns the newest event id notified since the last
    /// call (<see cref="long.MaxValue"/> after a reconnect: anything may be new), or null when the time ran out.
    /// </summary>
    public async Task<long?> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!await wakeUp.WaitAsync(timeout, cancellationToken))
        {
            return null;
        }

        return Interlocked.Exchange(ref newest, 0);
    }

    /// <summary>True once disposed: nothing reads it any more.</summary>
    public bool Closed { get; private set; }

    public void Dispose()
    {
        Closed = true;
        hub.Unsubscribe(this);
    }

    internal void Wake(long eventId)
    {
        var seen = Volatile.Read(ref newest);
        while (eventId > seen)
        {
            var previous = Interlocked.CompareExchange(ref newest, eventId, seen);
            if (previous == seen)
            {
                break;
            }

            seen = previous;
        }

        wakeUp.Set();
    }
}
