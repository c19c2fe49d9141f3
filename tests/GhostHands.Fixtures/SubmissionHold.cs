namespace GhostHands.Fixtures;

/// <summary>
/// Lets a test stop time right after a submission arrived: while held, <c>POST /forms/{name}/submit</c> records the
/// submission and then keeps its answer back until the hold is released, as a slow ATS would. The page has sent the
/// application but has not seen any confirmation, which is the moment a crash is hardest on at-most-once.
/// </summary>
internal sealed class SubmissionHold
{
    private readonly Lock gate = new();
    private TaskCompletionSource? released;

    public void Hold()
    {
        lock (gate)
        {
            released ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Release()
    {
        lock (gate)
        {
            released?.TrySetResult();
            released = null;
        }
    }

    /// <summary>Completes at once when nothing is held, else when the hold is released or the request is aborted.</summary>
    public Task WaitAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return released?.Task.WaitAsync(cancellationToken) ?? Task.CompletedTask;
        }
    }
}
