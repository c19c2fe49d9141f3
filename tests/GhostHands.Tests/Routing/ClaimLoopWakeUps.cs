using GhostHands.Routing.Runtime;

namespace GhostHands.Tests.Routing;

/// <summary>
/// The claim loop's wake-up (<see cref="WakeSignal"/>): no signal is lost, whether it comes while the loop waits, while
/// nobody waits, after a wait timed out or after one was cancelled.
/// </summary>
public sealed class WhenTheClaimLoopIsWoken
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_signal_wakes_the_waiting_loop()
    {
        var signal = new WakeSignal();
        var wait = signal.WaitAsync(Long, CancellationToken.None);
        Assert.False(wait.IsCompleted);

        signal.Set();

        Assert.True(await wait);
    }

    [Fact]
    public async Task Signals_while_nobody_waits_are_remembered_once()
    {
        var signal = new WakeSignal();
        signal.Set();
        signal.Set();

        Assert.True(await signal.WaitAsync(Long, CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None));
    }

    [Fact]
    public async Task A_signal_after_a_wait_timed_out_wakes_the_next_wait()
    {
        var signal = new WakeSignal();
        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None));

        signal.Set();

        Assert.True(await signal.WaitAsync(Long, CancellationToken.None));
    }

    [Fact]
    public async Task A_cancelled_wait_throws_and_the_next_signal_still_wakes_a_new_wait()
    {
        var signal = new WakeSignal();
        using var stop = new CancellationTokenSource();
        var wait = signal.WaitAsync(Long, stop.Token);
        Assert.False(wait.IsCompleted);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        signal.Set();

        Assert.True(await signal.WaitAsync(Long, CancellationToken.None));
    }
}
