using System.Diagnostics;
using System.Text.Json;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Bench;

/// <summary>
/// <c>script/bench --quick</c> as a process, as an operator runs it: it starts its own durable PostgreSQL cluster, the
/// API, real workers and Chromium, and writes its JSON. Checked here: that every figure of every benchmark is there and
/// was measured. How fast they are is for bench/RESULTS.md, not for a test.
/// </summary>
public sealed class WhenTheQuickBenchmarkRuns : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(9);
    private readonly string scratch = Directory.CreateTempSubdirectory("gh-bench-test-").FullName;

    [Fact]
    public async Task Its_json_has_every_figure_of_every_benchmark()
    {
        var outPath = Path.Combine(scratch, "bench.json");

        var (exitCode, output) = await RunBenchAsync("--quick", "--out", outPath);

        Assert.True(exitCode == 0, $"script/bench --quick exited {exitCode}:\n{output}");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(outPath));
        var root = json.RootElement;
        Assert.True(root.GetProperty("quick").GetBoolean());
        Assert.True(root.GetProperty("machine").GetProperty("processor_count").GetInt32() > 0);
        Assert.Equal("on", root.GetProperty("machine").GetProperty("postgres_settings").GetProperty("fsync").GetString());

        var baseline = root.GetProperty("baseline");
        Assert.Equal([1, 8, 32], baseline.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("clients").GetInt32()));
        Assert.All(baseline.GetProperty("runs").EnumerateArray(), r => Assert.True(r.GetProperty("tps").GetDouble() > 0));
        Assert.True(baseline.GetProperty("best_tps").GetDouble() > 0);

        var enqueue = root.GetProperty("enqueue").EnumerateArray().ToList();
        Assert.Equal(
            [("rest", 1), ("rest", 32), ("rest_batch", 1), ("rest_batch", 8), ("sql", 1), ("sql", 32)],
            enqueue.Select(f => (f.GetProperty("channel").GetString(), f.GetProperty("concurrency").GetInt32())));
        Assert.All(enqueue, f => AssertRate(f, "jobs_per_second"));
        Assert.All(enqueue, f => AssertDistribution(f.GetProperty("request_ms")));

        foreach (var section in new[] { "drain", "routing" })
        {
            var figures = root.GetProperty(section).EnumerateArray().ToList();
            Assert.Equal([1, 2, 4], figures.Select(f => f.GetProperty("workers").GetInt32()));
            Assert.All(figures, f =>
            {
                AssertRate(f, "jobs_per_second");
                var backlog = f.GetProperty("backlog").GetInt32();
                Assert.Equal(backlog, f.GetProperty("jobs_by_worker").EnumerateObject().Sum(w => w.Value.GetInt32()));
                Assert.Equal(section == "routing" ? backlog / 2 : 0, f.GetProperty("targeted").GetInt32());
                Assert.True(f.GetProperty("transactions_per_job").GetDouble() > 0);
                Assert.True(f.GetProperty("wal_bytes_per_job").GetDouble() > 0);
                Assert.True(f.GetProperty("postgres_cpu_seconds").GetDouble() > 0);
            });
        }

        var latency = root.GetProperty("latency").EnumerateArray().ToList();
        Assert.Equal(["sql", "rest"], latency.Select(f => f.GetProperty("channel").GetString()));
        Assert.All(latency, f =>
        {
            var jobs = f.GetProperty("jobs").GetInt32();
            foreach (var measure in new[] { "submit_to_started_ms", "created_to_started_ms", "submit_to_completed_ms" })
            {
                AssertDistribution(f.GetProperty(measure), jobs);
            }
        });

        var peers = root.GetProperty("peers");
        var peerDrain = Assert.Single(peers.GetProperty("drains").EnumerateArray());
        // GhostHands before and after Graphile Worker (one concurrency in a quick run).
        Assert.Equal(["GhostHands", "GhostHands", "Graphile Worker"],
            peerDrain.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("system").GetString()));
        Assert.All(peerDrain.GetProperty("runs").EnumerateArray(), r =>
        {
            Assert.True(r.GetProperty("jobs_per_second").GetDouble() > 0, $"jobs_per_second in {r}");
            Assert.True(r.GetProperty("postgres_cpu_us_per_job").GetDouble() > 0, $"postgres_cpu_us_per_job in {r}");
            Assert.True(r.GetProperty("wal_bytes_per_job").GetDouble() > 0, $"wal_bytes_per_job in {r}");
        });
        Assert.True(peerDrain.GetProperty("ratio").GetDouble() > 0);
        var peerLatency = Assert.Single(peers.GetProperty("latency").EnumerateArray());
        AssertDistribution(peerLatency.GetProperty("ghost_hands"), 300);
        AssertDistribution(peerLatency.GetProperty("graphile_worker"), 300);

        var form = Assert.Single(root.GetProperty("forms").EnumerateArray());
        Assert.Equal("completed", form.GetProperty("status").GetString());
        Assert.True(form.GetProperty("median_seconds").GetDouble() > 0);

        var memory = root.GetProperty("memory");
        foreach (var phase in new[] { "idle", "peak_one_job", "peak_four_jobs" })
        {
            Assert.True(memory.GetProperty(phase).GetProperty("rss_mib").GetDouble() > 0, phase);
        }

        Assert.Equal(JsonValueKind.Number, memory.GetProperty("per_extra_job_mib").ValueKind);

        var targets = root.GetProperty("targets").EnumerateArray().ToList();
        // Drain 3, PostgreSQL work per job 2, latency 2, memory 1, embeddings 2, beside Graphile Worker 3 (one backlog in a quick run).
        Assert.Equal(13, targets.Count);
        Assert.Contains(targets, t => t.GetProperty("name").GetString() == "embedding per question p50" && t.GetProperty("value").GetDouble() > 0);
        Assert.All(targets, t => Assert.Equal(JsonValueKind.Null, t.GetProperty("met").ValueKind));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(scratch, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }

    private static void AssertRate(JsonElement figure, string name)
    {
        Assert.True(figure.GetProperty(name).GetDouble() > 0, $"{name} in {figure}");
        Assert.True(figure.GetProperty("ratio_to_baseline").GetDouble() > 0, $"ratio_to_baseline in {figure}");
    }

    private static void AssertDistribution(JsonElement distribution, int? count = null)
    {
        Assert.True(distribution.GetProperty("count").GetInt32() > 0);
        if (count is { } expected)
        {
            Assert.Equal(expected, distribution.GetProperty("count").GetInt32());
        }

        var (p50, p95, p99) = (distribution.GetProperty("p50").GetDouble(), distribution.GetProperty("p95").GetDouble(), distribution.GetProperty("p99").GetDouble());
        Assert.True(p50 > 0 && p50 <= p95 && p95 <= p99, $"percentiles out of order: {distribution}");
    }

    private static async Task<(int ExitCode, string Output)> RunBenchAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet", [RepositoryPaths.Built(Path.Combine("bench", "GhostHands.Bench"), "GhostHands.Bench.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Deadline);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"script/bench --quick did not finish within {Deadline}:\n{await stderr}");
        }

        return (process.ExitCode, $"{await stdout}\n{await stderr}");
    }
}
