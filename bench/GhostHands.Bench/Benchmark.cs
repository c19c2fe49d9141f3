using GhostHands.Bench.Infrastructure;

namespace GhostHands.Bench;

/// <summary>A named benchmark; <see cref="Run"/> adds its figures to the run's results and throws when a run fails.</summary>
internal sealed record Benchmark(string Name, string Description, Func<BenchRun, CancellationToken, Task> Run);

/// <param name="Quick">Smaller backlogs and fewer repetitions: a check that every benchmark still runs, not figures to quote.</param>
/// <param name="Out">Where the JSON result goes; default <c>bench/results/bench.json</c> (<c>bench-quick.json</c> with --quick).</param>
/// <param name="Backlog">Jobs per drain and routing run; default 100,000 (5,000 with --quick).</param>
/// <param name="Forms">With --forms a,b: only these fixture forms in the forms benchmark; null for all of them.</param>
internal sealed record BenchOptions(bool Quick, string? Out, int? Backlog, IReadOnlyList<string>? Forms = null);

/// <summary>
/// One invocation of <c>script/bench</c>: the durable cluster every benchmark shares, the machine it runs on and the
/// pgbench baseline measured at the start, so every figure can be read as a ratio to what this PostgreSQL can commit.
/// </summary>
internal sealed class BenchRun(BenchOptions options, BenchCluster cluster, BenchResults results)
{
    public BenchOptions Options => options;

    public bool Quick => options.Quick;

    public BenchCluster Cluster => cluster;

    public BenchResults Results => results;

    /// <summary><paramref name="rate"/> (per second) as a fraction of pgbench's single-row update rate.</summary>
    public double RatioToBaseline(double rate) => Math.Round(rate / results.Baseline.BestTps, 3);

    public static void Progress(string benchmark, string message) =>
        Console.Error.WriteLine($"{DateTime.Now:HH:mm:ss} {benchmark}: {message}");
}
