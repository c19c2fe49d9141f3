using System.Diagnostics;

namespace GhostHands.AppHost.Tests;

public sealed class WhenTheStackStops(RunningTopology topology)
{
    private static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task No_process_is_left_and_the_cluster_is_shut_down_cleanly()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await topology.WaitUntilHealthy("worker-sarah", cancellationToken);
        var started = Processes.WithEnvironment(RunningTopology.RunMarkerVariable, topology.RunMarker);
        Assert.Contains(started, p => p.CommandLine.Contains("postgres", StringComparison.Ordinal));
        Assert.Contains(started, p => p.CommandLine.Contains("GhostHands.Api", StringComparison.Ordinal));
        Assert.Contains(started, p => p.CommandLine.Contains("--worker-id=sarah", StringComparison.Ordinal));

        // The orchestrator's API server watches this process; its controllers watch the API server.
        var orchestrators = Processes.WithCommandLine("dcp", $"--monitor {Environment.ProcessId} ").Select(p => p.Pid).ToList();
        Assert.NotEmpty(orchestrators);

        await topology.StopAsync(cancellationToken);

        var waited = Stopwatch.StartNew();
        IReadOnlyList<(int Pid, string CommandLine)> left;
        while ((left = Leftovers(orchestrators)).Count > 0 && waited.Elapsed < StopDeadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        Assert.True(left.Count == 0, $"Still running {StopDeadline} after the stop:\n{string.Join('\n', left.Select(p => $"{p.Pid} {p.CommandLine}"))}");
        Assert.Equal("shut down", await ClusterState(Path.Combine(topology.PostgresDirectory, "data"), cancellationToken));
    }

    /// <summary>Every process the stack started, and the orchestrator's processes.</summary>
    private IReadOnlyList<(int Pid, string CommandLine)> Leftovers(IEnumerable<int> orchestrators) =>
        [.. Processes.WithEnvironment(RunningTopology.RunMarkerVariable, topology.RunMarker)
            .Concat(orchestrators.SelectMany(pid => Processes.WithCommandLine("dcp", $"--monitor {pid} ")))
            .Concat(orchestrators.Where(Processes.IsAlive).Select(pid => (Pid: pid, CommandLine: Processes.CommandLine(pid))))
            .Where(p => Processes.IsAlive(p.Pid))];

    /// <summary>pg_controldata's "Database cluster state": "shut down" after a clean stop, "in production" after a crash.</summary>
    private static async Task<string> ClusterState(string dataDirectory, CancellationToken cancellationToken)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => int.Parse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture)).Last();
        using var controlData = Process.Start(new ProcessStartInfo(Path.Combine(bin, "bin", "pg_controldata"), [dataDirectory])
        {
            RedirectStandardOutput = true,
            Environment = { ["LC_ALL"] = "C" },
        })!;
        var output = await controlData.StandardOutput.ReadToEndAsync(cancellationToken);
        await controlData.WaitForExitAsync(cancellationToken);
        var line = output.Split('\n').Single(l => l.StartsWith("Database cluster state:", StringComparison.Ordinal));
        return line["Database cluster state:".Length..].Trim();
    }
}
