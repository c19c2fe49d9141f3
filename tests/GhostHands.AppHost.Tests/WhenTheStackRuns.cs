namespace GhostHands.AppHost.Tests;

public sealed class WhenTheStackStarts(RunningTopology topology)
{
    [Fact]
    public async Task The_database_is_initialised_once_and_every_process_is_running_and_healthy()
    {
        var cancellationToken = TestContext.Current.CancellationToken;

        var init = await topology.App.ResourceNotifications
            .WaitForResourceAsync("postgres-init", e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), cancellationToken)
            .WaitAsync(RunningTopology.StartupTimeout, cancellationToken);
        Assert.Equal(0, init.Snapshot.ExitCode);

        foreach (var resource in new[] { "postgres", "api", "worker-adam", "worker-sarah" })
        {
            await topology.WaitUntilHealthy(resource, cancellationToken);
            var state = await topology.App.ResourceNotifications.WaitForResourceAsync(
                resource, e => e.Snapshot.State?.Text is not null, cancellationToken);
            Assert.Equal(KnownResourceStates.Running, state.Snapshot.State?.Text);
        }
    }
}

public sealed class WhenJobsAreSubmitted(RunningTopology topology)
{
    [Fact]
    public async Task A_job_targeted_at_sarah_runs_on_sarah()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await topology.WaitUntilHealthy("worker-sarah", cancellationToken);
        using var client = topology.CreateApiClient();

        var job = await Jobs.PingAndWait(client, "sarah", cancellationToken);

        Assert.Equal("completed", job.Status);
        Assert.Equal("sarah", job.WorkerId);
    }

    [Fact]
    public async Task An_untargeted_job_runs_on_one_of_the_workers()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = topology.CreateApiClient();

        var job = await Jobs.PingAndWait(client, targetWorkerId: null, cancellationToken);

        Assert.Equal("completed", job.Status);
        Assert.Contains(job.WorkerId, new[] { "adam", "sarah" });
    }
}
