namespace GhostHands.Bench;

/// <summary>A named benchmark; <see cref="Run"/> returns the process exit code (0 ok, 1 target missed or run failed).</summary>
internal sealed record Benchmark(string Name, string Description, Func<BenchOptions, CancellationToken, Task<int>> Run);

/// <param name="Quick">Fewer repetitions, for a check that the benchmark still runs rather than for figures to quote.</param>
/// <param name="Out">Where the JSON result goes; each benchmark has its own default under <c>bench/results/</c>.</param>
internal sealed record BenchOptions(bool Quick, string? Out);
