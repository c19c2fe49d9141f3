namespace GhostHands.Routing.Runtime;

/// <summary>
/// An auto-reset wake-up for the claim loop. Signals set while nobody waits are remembered (once), so a
/// notification that arrives between a claim and the next wait is never lost, nor one that races a timeout.
/// </summary>
internal sealed class WakeSignal
{
    private readonly Lock gate = new();
    private bool pending;
    private TaskCompletionSource<bool>? waiter;

    /// <summary>Whether the claim loop is waiting now, for tests and diagnostics.</summary>
    public bool IsWaiting
    {
        get
        {
            lock (gate)
            {
                return waiter is not null;
            }
        }
    }

    /// <summary>
    /// Wakes the waiter, or remembers the signal for the next wait. The waiter resumes on the thread pool, never on
    /// the caller's thread: callers include the LISTEN connection's notification handler, which must not run the claim.
    /// </summary>
    public void Set()
    {
        TaskCompletionSource<bool>? wake;
        lock (gate)
        {
            wake = waiter;
            waiter = null;
            if (wake is null)
            {
                pending = true;
                return;
            }
        }

        ThreadPool.UnsafeQueueUserWorkItem(static w => w.TrySetResult(true), wake, preferLocal: false);
    }

    /// <summary>Waits for a signal or the timeout; true when signalled. One waiter at a time (the claim loop).</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        TaskCompletionSource<bool> wait;
        lock (gate)
        {
            if (pending)
            {
                pending = false;
                return true;
            }

            // Set completes it from the thread pool, so the continuation runs there.
            wait = waiter = new TaskCompletionSource<bool>();
        }

        try
        {
            return await wait.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            lock (gate)
            {
                if (waiter == wait)
                {
                    waiter = null;
                }
                else if (e is TimeoutException)
                {
                    // A Set took this waiter as the timeout fired: the signal is this wait's, not lost.
                    return true;
                }
                else
                {
                    // Cancelled as a Set took it: keep the signal for a later wait.
                    pending = true;
                }
            }

            if (e is OperationCanceledException)
            {
                throw;
            }

            return false;
        }
    }
}
