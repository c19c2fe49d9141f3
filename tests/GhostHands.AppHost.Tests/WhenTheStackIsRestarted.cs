namespace GhostHands.AppHost.Tests;

public sealed class WhenTheStackIsRestarted(RunningTopology topology)
{
    /// <summary>
    /// Well past the 5 s the AppHost gives a stopping worker (<c>Worker__ShutdownTimeout</c>), so the first run is
    /// still going when that ends, whatever the stop's own latency; the run after the restart takes it too.
    /// </summary>
    private static readonly TimeSpan PingSleep = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_job_running_at_the_stop_is_handed_back_and_completes_once_on_the_same_data()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await topology.WaitUntilHealthy("worker-sarah", cancellationToken);
        Guid id;
        using (var client = topology.CreateApiClient())
        {
            id = (await Jobs.Ping(client, "sarah", PingSleep, cancellationToken)).Id;
            await Jobs.WaitFor(client, id, status => status == "running" || Jobs.IsTerminal(status), cancellationToken);
        }

        await topology.RestartAsync(cancellationToken);

        using var restarted = topology.CreateApiClient();
        var job = await Jobs.WaitFor(restarted, id, Jobs.IsTerminal, cancellationToken);
        var changes = (await Jobs.Events(restarted, id, cancellationToken))
            .Where(e => e.EventType == "status_changed")
            .ToList();
        var history = string.Join('\n', changes.Select(e => $"{e.FromStatus} -> {e.ToStatus} by {e.Actor}: {e.Message}"));

        // Handed back by the stopping worker itself (a rescue after the restart would spend a retry and say so).
        Assert.True(
            changes.Select(e => $"{e.FromStatus}->{e.ToStatus}").SequenceEqual(["pending->running", "running->pending", "pending->running", "running->completed"]),
            history);
        Assert.Contains("worker sarah shut down", changes[1].Message, StringComparison.Ordinal);
        Assert.Equal("completed", job.Status);
        Assert.Equal("sarah", job.WorkerId);
        Assert.Equal(2, job.Attempt);
        Assert.Equal(0, job.RetryCount);
    }
}
