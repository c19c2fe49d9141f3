using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GhostHands.Bench.Infrastructure;

/// <summary>
/// The yardstick every queue figure is divided by: how many single-row UPDATE transactions per second this PostgreSQL
/// commits on this machine in the same run, measured with pgbench against the same durable cluster. A queue job needs
/// at least one such commit, so "jobs/s as a fraction of this rate" reads the same on a laptop and on a server.
/// </summary>
internal static partial class PgBench
{
    public const string Script = "UPDATE pgbench_accounts SET abalance = abalance + 1 WHERE aid = :aid;";
    private const int Scale = 1;

    public static readonly int[] ClientCounts = [1, 8, 32];

    public static async Task<Baseline> RunAsync(BenchCluster cluster, bool quick, CancellationToken ct)
    {
        var seconds = quick ? 2 : 10;
        await BenchCluster.ExecuteAsync(cluster.AdminConnectionString, "CREATE DATABASE pgbench", ct);
        var scratch = Directory.CreateTempSubdirectory("gh-pgbench-").FullName;
        try
        {
            var script = Path.Combine(scratch, "update-one-row.sql");
            await File.WriteAllTextAsync(script, $"\\set aid random(1, 100000 * :scale)\n{Script}\n", ct);
            await RunPgBenchAsync(cluster, ["-i", "-q", "-s", Scale.ToString(CultureInfo.InvariantCulture)], ct);

            var runs = new List<BaselineRun>();
            foreach (var clients in ClientCounts)
            {
                var threads = Math.Min(clients, Environment.ProcessorCount);
                var output = await RunPgBenchAsync(cluster, [
                    "-n", "-M", "prepared", "-f", script,
                    "-c", clients.ToString(CultureInfo.InvariantCulture),
                    "-j", threads.ToString(CultureInfo.InvariantCulture),
                    "-T", seconds.ToString(CultureInfo.InvariantCulture)], ct);
                runs.Add(new BaselineRun(clients, Math.Round(Number(TpsLine(), output)), Math.Round(Number(LatencyLine(), output), 3)));
            }

            var best = runs.MaxBy(r => r.Tps)!;
            return new Baseline(Script, Scale, seconds, runs, best.Tps, best.Clients);
        }
        finally
        {
            await BenchCluster.ExecuteAsync(cluster.AdminConnectionString, "DROP DATABASE IF EXISTS pgbench", CancellationToken.None);
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static async Task<string> RunPgBenchAsync(BenchCluster cluster, IEnumerable<string> arguments, CancellationToken ct)
    {
        var info = new ProcessStartInfo(Path.Combine(cluster.BinDirectory, "pgbench"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])["-h", "127.0.0.1", "-p", cluster.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", .. arguments, "pgbench"])
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return process.ExitCode == 0
            ? await output + await error
            : throw new InvalidOperationException($"pgbench {string.Join(' ', info.ArgumentList)} exited {process.ExitCode}: {await error}");
    }

    private static double Number(Regex pattern, string output) =>
        pattern.Match(output) is { Success: true } m
            ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"Unexpected pgbench output:\n{output}");

    [GeneratedRegex(@"^tps = ([0-9.]+)", RegexOptions.Multiline)]
    private static partial Regex TpsLine();

    [GeneratedRegex(@"^latency average = ([0-9.]+) ms", RegexOptions.Multiline)]
    private static partial Regex LatencyLine();
}

/// <param name="BestTps">The highest rate over the client counts: the figure the queue's rates are divided by.</param>
internal sealed record Baseline(string Script, int Scale, int SecondsPerRun, IReadOnlyList<BaselineRun> Runs, double BestTps, int BestClients);

internal sealed record BaselineRun(int Clients, double Tps, double LatencyMs);
