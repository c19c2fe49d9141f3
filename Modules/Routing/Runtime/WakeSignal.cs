namespace GhostHands.Routing.Runtime;

/// <summary>
/// An auto-reset wake-up for the claim loop. Signals set while nobody waits are remembered (once), so a
/// notification that arrives between a claim and the next wait is never lost.
/// </summary>
internal sealed class WakeSignal
{
    private readonly SemaphoreSlim semaphore = new(0, 1);

    public void Set()
    {
        try
        {
            semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already set: one pending wake-up is enough.
        }
    }

    /// <summary>Waits for a signal or the timeout; true when signalled.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        semaphore.WaitAsync(timeout, cancellationToken);
}
