namespace GhostHands.Routing.Runtime;

/// <summary>
/// An auto-reset wake-up for the claim loop. Signals set while nobody waits are remembered (once), so a
/// notification that arrives between a claim and the next wait is never lost.
/// <see cref="SetInline"/> resumes the waiting claim loop on the caller's thread, up to the claim's first wait for
/// the database: the new job's notification goes straight into the claim, without passing through the thread pool's
/// queue (a hop that waits for a pool thread to wake, and on a busy machine for a core). Other wake-ups
/// (<see cref="Set"/>) resume it from the thread pool, so a caller holding a lock never runs the claim loop under it.
/// </summary>
internal sealed class WakeSignal
{
    private readonly Lock gate = new();
    private TaskCompletionSource<bool>? waiter;
    private bool pending;

    /// <summary>Whether the claim loop is waiting for a signal now.</summary>
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

    /// <summary>Wakes the claim loop from the thread pool.</summary>
    public void Set() => Set(inline: false);

    /// <summary>Wakes the claim loop on this thread; the caller must hold no lock and may be held up until the claim is sent.</summary>
    public void SetInline() => Set(inline: true);

    /// <summary>Waits for a signal or the timeout; true when signalled.</summary>
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

            // Continuations run where the waiter is completed: inline for SetInline, on the pool for Set.
            waiter = wait = new TaskCompletionSource<bool>();
        }

        await using (cancellationToken.UnsafeRegister(static s => ((TaskCompletionSource<bool>)s!).TrySetCanceled(), wait))
        await using (new Timer(static s => ((TaskCompletionSource<bool>)s!).TrySetResult(false), wait, timeout, Timeout.InfiniteTimeSpan))
        {
            try
            {
                return await wait.Task;
            }
            finally
            {
                lock (gate)
                {
                    if (waiter == wait)
                    {
                        waiter = null;
                    }
                }
            }
        }
    }

    private void Set(bool inline)
    {
        TaskCompletionSource<bool>? wait;
        lock (gate)
        {
            wait = waiter;
            waiter = null;
            if (wait is null)
            {
                pending = true;
                return;
            }
        }

        if (inline)
        {
            Wake(wait);
        }
        else
        {
            ThreadPool.UnsafeQueueUserWorkItem(static s => s.signal.Wake(s.wait), (signal: this, wait), preferLocal: false);
        }
    }

    private void Wake(TaskCompletionSource<bool> wait)
    {
        if (!wait.TrySetResult(true))
        {
            // The wait ended (timeout, cancellation) just before: keep the signal for the next one.
            lock (gate)
            {
                pending = true;
            }
        }
    }
}
