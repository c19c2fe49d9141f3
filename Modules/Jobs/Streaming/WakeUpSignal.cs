using System.Threading.Channels;

namespace GhostHands.Jobs.Streaming;

/// <summary>A wake-up for one waiting reader: any number of <see cref="Set"/> calls before a wait count as one.</summary>
internal sealed class WakeUpSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Set() => channel.Writer.TryWrite(true);

    /// <summary>True when woken within <paramref name="timeout"/> (the wake-up is consumed), false when the time ran out.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await channel.Reader.WaitToReadAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        return channel.Reader.TryRead(out _);
    }
}
