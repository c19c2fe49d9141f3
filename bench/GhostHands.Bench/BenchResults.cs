using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using GhostHands.Bench.Forms;
using GhostHands.Bench.Infrastructure;
using GhostHands.Bench.Memory;
using GhostHands.Bench.Queue;
using GhostHands.Bench.Queue.Peers;

namespace GhostHands.Bench;

/// <summary>Everything one run measured; written as JSON (snake_case). Sections of benchmarks that did not run are null.</summary>
internal sealed class BenchResults(bool quick, MachineInfo machine, Baseline baseline)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public DateTimeOffset MeasuredAt { get; } = DateTimeOffset.UtcNow;

    public bool Quick => quick;

    public MachineInfo Machine => machine;

    public Baseline Baseline => baseline;

    public List<EnqueueFigure>? Enqueue { get; set; }

    public List<DrainFigure>? Drain { get; set; }

    public List<DrainFigure>? Routing { get; set; }

    public List<LatencyFigure>? Latency { get; set; }

    public List<FormFigure>? Forms { get; set; }

    /// <summary>Forms fully right, required fields right and seconds per form, for development and held-out forms apart.</summary>
    public List<FormSetScore>? FormScores { get; set; }

    public MemoryResult? Memory { get; set; }

    public PeersResult? Peers { get; set; }

    /// <summary>Each target with its measured value; judged only in full runs.</summary>
    public List<TargetCheck> Targets { get; } = [];

    public async Task WriteAsync(string path, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, this, Json, ct);
    }

    /// <summary>The stated targets, against whatever this run measured.</summary>
    public void JudgeTargets()
    {
        var c = CultureInfo.InvariantCulture;
        if (Drain?.FirstOrDefault(d => d.Workers == 2) is { } drain)
        {
            Add("drain, 2 workers", ">= 3,300 jobs/s", drain.JobsPerSecond, drain.JobsPerSecond >= 3_300);
            Add("drain, 2 workers / pgbench rate", ">= 0.30", drain.RatioToBaseline, drain.RatioToBaseline >= 0.30);
            Add("drain, 2 workers, transactions per job", "1-2", drain.TransactionsPerJob, drain.TransactionsPerJob <= 2);
        }

        // Per job at the largest backlog: the drain benchmark's 2 workers, else the peers run's GhostHands drains.
        var ours = Drain?.FirstOrDefault(d => d.Workers == 2) is { } d2 ? (d2.PostgresCpuUsPerJob, d2.WalBytesPerJob)
            : Peers?.Drains.LastOrDefault()?.Runs.Where(r => r.Concurrency == 0).MinBy(r => r.PostgresCpuUsPerJob) is { } p
                ? (p.PostgresCpuUsPerJob, p.WalBytesPerJob)
                : ((double, double)?)null;
        if (ours is var (cpu, wal))
        {
            Add("drain, 2 workers: PostgreSQL CPU per job", "<= 150 us", cpu, cpu <= 150);
            Add("drain, 2 workers: WAL per job", "<= 1,500 B", wal, wal <= 1_500);
        }

        foreach (var d in Peers?.Drains ?? [])
        {
            Add(string.Create(c, $"drain {d.Backlog:N0} / Graphile Worker's best"), ">= 1.5x", d.Ratio, d.Ratio >= 1.5);
        }

        if (Peers?.Latency.FirstOrDefault() is { } peerLatency)
        {
            Add("enqueue -> start p50 / Graphile Worker's", "<= 0.5x", peerLatency.RatioP50, peerLatency.RatioP50 <= 0.5);
            Add("enqueue -> start p99 / Graphile Worker's", "<= 0.8x", peerLatency.RatioP99, peerLatency.RatioP99 <= 0.8);
        }

        if (Latency?.FirstOrDefault(l => l.Channel == "sql") is { } latency)
        {
            Add("enqueue -> started p50 (SQL insert, idle workers)", "<= 4 ms", latency.SubmitToStartedMs.P50, latency.SubmitToStartedMs.P50 <= 4);
            Add("enqueue -> started p99 (SQL insert, idle workers)", "<= 9 ms", latency.SubmitToStartedMs.P99, latency.SubmitToStartedMs.P99 <= 9);
        }

        if (Memory is { } memory)
        {
            Add("memory per extra concurrent apply job", string.Create(c, $"<= {memory.TargetMib:0} MiB"), memory.PerExtraJobMib, memory.Pass);
        }

        void Add(string name, string target, double value, bool met) => Targets.Add(new TargetCheck(name, target, value, quick ? null : met));
    }
}

/// <param name="Met">Null in quick runs: their figures are a check that the benchmark works, not measurements to judge.</param>
internal sealed record TargetCheck(string Name, string Target, double Value, bool? Met);
