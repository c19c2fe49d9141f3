using System.Diagnostics;
using System.Text.Json;
using GhostHands.Bench.Infrastructure;

namespace GhostHands.Bench.Queue.Peers;

/// <summary>
/// Graphile Worker, installed from npm into a throwaway folder (<c>.tmp/peers/</c>, gitignored) and driven by
/// <c>graphile-runner.cjs</c>, which this repository holds: no-op tasks, its shipped defaults otherwise.
/// </summary>
internal static class GraphileWorker
{
    /// <summary>The newest release that runs on Debian's Node.js 20 (0.17 and later ask for Node 22).</summary>
    public const string Version = "0.16.6";

    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, ".tmp", "peers", $"graphile-worker-{Version}");

    public static async Task InstallAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        File.Copy(Path.Combine(RepositoryPaths.Root, "bench", "GhostHands.Bench", "Queue", "Peers", "graphile-runner.cjs"),
            Path.Combine(Folder, "graphile-runner.cjs"), overwrite: true);
        if (File.Exists(Path.Combine(Folder, "node_modules", "graphile-worker", "package.json")))
        {
            return;
        }

        BenchRun.Progress("peers", $"installing graphile-worker@{Version} from npm into {Folder}");
        await File.WriteAllTextAsync(Path.Combine(Folder, "package.json"), """{"name":"gh-bench-peers","private":true}""", ct);
        await RunAsync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", $"graphile-worker@{Version}"], ct);
    }

    public static Task MigrateAsync(string connectionString, CancellationToken ct) =>
        RunNodeAsync(["migrate", Url(connectionString)], ct);

    /// <summary>Drains the backlog already in its table; returns the seconds from the runner's start to the last completion.</summary>
    public static async Task<double> DrainAsync(string connectionString, int jobs, int concurrency, CancellationToken ct)
    {
        using var result = await RunNodeAsync(["drain", Url(connectionString), $"{jobs}", $"{concurrency}"], ct);
        return result.RootElement.GetProperty("seconds").GetDouble();
    }

    /// <summary>Submit -> locked_at of each job submitted at <paramref name="rate"/> per second to idle workers.</summary>
    public static async Task<double[]> LatencyAsync(string connectionString, int jobs, int rate, int concurrency, CancellationToken ct)
    {
        using var result = await RunNodeAsync(["latency", Url(connectionString), $"{jobs}", $"{rate}", $"{concurrency}"], ct);
        return [.. result.RootElement.GetProperty("submit_to_locked_ms").EnumerateArray().Select(e => e.GetDouble())];
    }

    private static async Task<JsonDocument> RunNodeAsync(string[] args, CancellationToken ct) =>
        JsonDocument.Parse(await RunAsync("node", ["graphile-runner.cjs", .. args], ct));

    private static async Task<string> RunAsync(string file, string[] args, CancellationToken ct)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {await errors}");
        }

        return await output;
    }

    /// <summary>The Npgsql connection string as the postgres:// URL node-postgres reads.</summary>
    private static string Url(string connectionString)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"postgres://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
    }
}
