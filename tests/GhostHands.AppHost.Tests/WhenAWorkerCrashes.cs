using System.Globalization;

namespace GhostHands.AppHost.Tests;

public sealed class WhenAWorkerCrashes(RunningTopology topology)
{
    [Fact]
    public async Task It_is_started_again_while_the_api_and_the_other_worker_keep_running()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await topology.WaitUntilHealthy("worker-adam", cancellationToken);
        var api = await Pid("api", cancellationToken);
        var sarah = await Pid("worker-sarah", cancellationToken);
        var adam = await Pid("worker-adam", cancellationToken);
        var worker = await WorkerProcess(adam, cancellationToken);

        // SIGKILL: no shutdown code runs, as when the process crashes or runs out of memory.
        System.Diagnostics.Process.GetProcessById(worker).Kill();

        var restarted = await topology.App.ResourceNotifications
            .WaitForResourceAsync("worker-adam", e => e.Snapshot.State?.Text == KnownResourceStates.Running && PidOf(e) is { } pid && pid != adam, cancellationToken)
            .WaitAsync(RunningTopology.StartupTimeout, cancellationToken);
        Assert.NotEqual(adam, PidOf(restarted));
        Assert.Equal(api, await Pid("api", cancellationToken));
        Assert.Equal(sarah, await Pid("worker-sarah", cancellationToken));

        using var client = topology.CreateApiClient();
        var job = await Jobs.PingAndWait(client, "adam", cancellationToken);
        Assert.Equal("completed", job.Status);
        Assert.Equal("adam", job.WorkerId);
    }

    private async Task<int> Pid(string resource, CancellationToken cancellationToken)
    {
        var running = await topology.App.ResourceNotifications.WaitForResourceAsync(
            resource, e => e.Snapshot.State?.Text == KnownResourceStates.Running && PidOf(e) is not null, cancellationToken);
        return PidOf(running)!.Value;
    }

    /// <summary>The process the orchestrator started for the resource (for a project, <c>dotnet run</c>).</summary>
    private static int? PidOf(ResourceEvent resource) =>
        resource.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value switch
        {
            int pid => pid,
            long pid => (int)pid,
            string text when int.TryParse(text, CultureInfo.InvariantCulture, out var pid) => pid,
            _ => null,
        };

    /// <summary>
    /// The worker itself: the resource's own process when it runs the worker, else the child that <c>dotnet run</c>
    /// starts a moment after the resource is reported running.
    /// </summary>
    private static async Task<int> WorkerProcess(int resourcePid, CancellationToken cancellationToken)
    {
        if (Processes.CommandLine(resourcePid).Contains("GhostHands.Worker --worker-id", StringComparison.Ordinal))
        {
            return resourcePid;
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var children = Processes.Children(resourcePid)
                .Where(child => Processes.CommandLine(child).Contains("GhostHands.Worker", StringComparison.Ordinal))
                .ToList();
            if (children.Count == 1)
            {
                return children[0];
            }

            Assert.True(waited.Elapsed < RunningTopology.StartupTimeout,
                $"Expected one worker process under {Processes.CommandLine(resourcePid)}, found {children.Count}.");
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }
}
