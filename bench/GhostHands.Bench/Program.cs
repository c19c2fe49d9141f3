using GhostHands.Bench;
using GhostHands.Bench.Embeddings;
using GhostHands.Bench.Forms;
using GhostHands.Bench.Infrastructure;
using GhostHands.Bench.Memory;
using GhostHands.Bench.Queue;
using GhostHands.Bench.Queue.Peers;

// script/bench [NAME...] [--quick] [--out PATH] [--backlog N] [--forms A,B]: runs the named benchmarks, or every one, against one durable
// PostgreSQL cluster, after measuring the pgbench baseline on it. Exit code: 0 done (and, in a full run, every
// target met), 1 a target missed, 2 bad arguments, 3 a benchmark failed (a job lost, failed or too slow to finish).
IReadOnlyList<Benchmark> benchmarks =
[
    new("enqueue", "jobs/s submitted by REST (single and batch) and by SQL insert", EnqueueBenchmark.RunAsync),
    new("drain", "pings/s completed by 1, 2 and 4 workers from a backlog", DrainBenchmark.DrainAsync),
    new("latency", "submit -> started with idle workers, SQL and REST", LatencyBenchmark.RunAsync),
    new("routing", "drain with half the backlog targeted at one worker", DrainBenchmark.RoutingAsync),
    new("forms", "apply jobs end to end per fixture form", FormsBenchmark.RunAsync),
    new("memory", "worker memory with 1 and with 4 concurrent apply jobs", MemoryBenchmark.RunAsync),
    new("peers", "drain and latency beside Graphile Worker (npm) on the same cluster, as ratios", PeersBenchmark.RunAsync),
    new("embeddings", "sentence-embedding time per form question and the memory the model adds", EmbeddingsBenchmark.RunAsync),
];

var names = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(a)).ToList();
var unknown = names.Where(n => benchmarks.All(b => b.Name != n)).ToList();
if (unknown.Count > 0 || args.Contains("--help"))
{
    Console.Error.WriteLine("usage: script/bench [NAME...] [--quick] [--out PATH] [--backlog N] [--forms A,B]");
    foreach (var b in benchmarks)
    {
        Console.Error.WriteLine($"  {b.Name,-10} {b.Description}");
    }

    return unknown.Count > 0 ? 2 : 0;
}

var quick = args.Contains("--quick");
var backlog = OptionValue("--backlog") is { } count ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
var forms = OptionValue("--forms")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var options = new BenchOptions(quick, OptionValue("--out"), backlog, forms);
var outPath = Path.GetFullPath(options.Out ?? Path.Combine(RepositoryPaths.Root, "bench", "results", quick ? "bench-quick.json" : "bench.json"));
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

BenchRun.Progress("bench", "starting a durable PostgreSQL cluster");
await using var cluster = await BenchCluster.StartAsync(stop.Token);
var machine = await MachineInfo.ReadAsync(cluster, stop.Token);
BenchRun.Progress("bench", "baseline: pgbench single-row updates");
var baseline = await PgBench.RunAsync(cluster, quick, stop.Token);
var results = new BenchResults(quick, machine, baseline);
var run = new BenchRun(options, cluster, results);

var failed = false;
foreach (var benchmark in benchmarks.Where(b => names.Count == 0 || names.Contains(b.Name)))
{
    try
    {
        await benchmark.Run(run, stop.Token);
    }
    catch (Exception e) when (e is not OperationCanceledException)
    {
        failed = true;
        Console.Error.WriteLine($"{benchmark.Name} failed: {e}");
    }
}

machine.LoadAverageAfter = MachineInfo.LoadAverage();
results.JudgeTargets();
Report.Print(results, Console.Out);
await results.WriteAsync(outPath, CancellationToken.None);
Console.WriteLine($"\nwritten to {outPath}");
return failed ? 3 : results.Targets.Any(t => t.Met == false) ? 1 : 0;

string? OptionValue(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

bool IsOptionValue(string arg)
{
    var i = Array.IndexOf(args, arg);
    return i > 0 && args[i - 1] is "--out" or "--backlog" or "--forms";
}
