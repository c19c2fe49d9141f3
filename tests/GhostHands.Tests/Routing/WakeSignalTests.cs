using GhostHands.Routing.Runtime;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Routing;

public sealed class WhenTheClaimLoopIsWoken
{
    [Fact]
    public async Task A_signal_set_while_nobody_waits_is_kept_for_the_next_wait_once()
    {
        var signal = new WakeSignal();
        signal.Set();
        signal.SetInline();

        Assert.True(await signal.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None));
    }

    [Fact]
    public async Task An_inline_signal_resumes_the_waiter_before_it_returns()
    {
        var signal = new WakeSignal();
        var resumedOn = 0;
        // Started on the thread pool: no synchronization context to post the continuation to.
        var waiting = Task.Run(async () =>
        {
            await signal.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
            resumedOn = Environment.CurrentManagedThreadId;
        });
        await Eventually.Until(() => Task.FromResult(signal.IsWaiting), w => w, TimeSpan.FromSeconds(5), "the waiter");

        var setter = await Task.Run(() =>
        {
            signal.SetInline();
            return (Thread: Environment.CurrentManagedThreadId, Resumed: resumedOn);
        });

        Assert.Equal(setter.Thread, setter.Resumed);
        await waiting;
    }

    [Fact]
    public async Task A_queued_signal_resumes_the_waiter_and_returns_at_once()
    {
        var signal = new WakeSignal();
        var waiting = Task.Run(() => signal.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None));
        await Eventually.Until(() => Task.FromResult(signal.IsWaiting), w => w, TimeSpan.FromSeconds(5), "the waiter");

        signal.Set();

        Assert.True(await waiting);
    }

    [Fact]
    public async Task A_wait_ends_false_at_its_timeout_and_throws_when_cancelled()
    {
        var signal = new WakeSignal();
        using var cancel = new CancellationTokenSource();

        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None));
        var cancelled = signal.WaitAsync(TimeSpan.FromSeconds(30), cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        signal.Set();
        Assert.True(await signal.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
    }
}
