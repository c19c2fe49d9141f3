using System.Globalization;
using GhostHands.Bench.Forms;
using GhostHands.Bench.Infrastructure;
using GhostHands.Bench.Memory;

namespace GhostHands.Bench;

/// <summary>The tables <c>script/bench</c> prints at the end of a run.</summary>
internal static class Report
{
    public static void Print(BenchResults r, TextWriter w)
    {
        var m = r.Machine;
        Line(w, $"\nGhostHands benchmarks{(r.Quick ? " (quick run: a check that they work, not figures to quote)" : string.Empty)}");
        Line(w, $"{m.ProcessorCount} cores ({m.Cpu}), {m.Runtime}, {m.Configuration} build, PostgreSQL {m.Postgres} (fsync {m.PostgresSettings.GetValueOrDefault("fsync")}, synchronous_commit {m.PostgresSettings.GetValueOrDefault("synchronous_commit")})");
        Line(w, $"load average before {Loads(m.LoadAverageBefore)}, after {Loads(m.LoadAverageAfter)}");

        var b = r.Baseline;
        Line(w, $"\nBaseline: pgbench, one single-row UPDATE per transaction, {b.SecondsPerRun} s per client count");
        Line(w, $"{"clients",10}{"tps",10}{"latency ms",12}");
        foreach (var run in b.Runs)
        {
            Line(w, $"{run.Clients,10}{run.Tps,10:0}{run.LatencyMs,12:0.000}");
        }

        Line(w, $"ratios below divide by the best: {b.BestTps:0} tps ({b.BestClients} clients)");

        if (r.Enqueue is { } enqueue)
        {
            w.WriteLine("\nEnqueue (no workers running)");
            Line(w, $"{"",-26}{"concurrency",12}{"jobs/request",13}{"jobs",8}{"jobs/s",9}{"x pgbench",10}{"request p50",12}{"p99 ms",8}");
            foreach (var f in enqueue)
            {
                Line(w, $"{f.Name,-26}{f.Concurrency,12}{f.JobsPerRequest,13}{f.Jobs,8}{f.JobsPerSecond,9:0}{f.RatioToBaseline,10:0.00}{f.RequestMs.P50,12:0.00}{f.RequestMs.P99,8:0.00}");
            }
        }

        foreach (var (title, figures) in new[] { ("Drain: system.ping backlog", r.Drain), ("Routing: the same, every second job targeted at w1", r.Routing) })
        {
            if (figures is null)
            {
                continue;
            }

            Line(w, $"\n{title} ({figures[0].Backlog:N0} jobs, {figures[0].SlotsPerWorker} slots per worker)");
            Line(w, $"{"workers",8}{"seconds",9}{"jobs/s",9}{"x pgbench",10}{"tx/job",8}{"WAL B/job",10}{"pg us/job",10}{"worker cpu s",13}{"pg cpu s",9}{"cpu s avail",12}  jobs by worker");
            foreach (var f in figures)
            {
                Line(w, $"{f.Workers,8}{f.Seconds,9:0.00}{f.JobsPerSecond,9:0}{f.RatioToBaseline,10:0.00}{f.TransactionsPerJob,8:0.00}{f.WalBytesPerJob,10:0}{f.PostgresCpuUsPerJob,10:0}{f.WorkerCpuSeconds,13:0.0}{f.PostgresCpuSeconds,9:0.0}{f.CpuSecondsAvailable,12:0.0}  {string.Join(" ", f.JobsByWorker.Select(j => $"{j.Key}={j.Value}"))}");
            }
        }

        if (r.Latency is { } latency)
        {
            Line(w, $"\nLatency with idle workers ({latency[0].Workers} workers, {latency[0].SlotsPerWorker} slots each, {latency[0].RatePerSecond} jobs/s submitted steadily)");
            Line(w, $"{"ms",-42}{"p50",8}{"p95",8}{"p99",8}{"max",8}");
            foreach (var f in latency)
            {
                Line(w, $"{$"{f.Name}: submit -> started",-42}{f.SubmitToStartedMs.P50,8:0.00}{f.SubmitToStartedMs.P95,8:0.00}{f.SubmitToStartedMs.P99,8:0.00}{f.SubmitToStartedMs.Max,8:0.00}");
                Line(w, $"{"   created_at -> started_at",-42}{f.CreatedToStartedMs.P50,8:0.00}{f.CreatedToStartedMs.P95,8:0.00}{f.CreatedToStartedMs.P99,8:0.00}{f.CreatedToStartedMs.Max,8:0.00}");
                Line(w, $"{"   submit -> completed",-42}{f.SubmitToCompletedMs.P50,8:0.00}{f.SubmitToCompletedMs.P95,8:0.00}{f.SubmitToCompletedMs.P99,8:0.00}{f.SubmitToCompletedMs.Max,8:0.00}");
            }
        }

        FormsReport.Print(r, w);

        if (r.Memory is { } memory)
        {
            MemoryReport.Print(memory, w);
        }

        if (r.Peers is { } peers)
        {
            PrintPeers(peers, w);
        }

        if (r.Targets.Count > 0)
        {
            w.WriteLine("\nTargets");
            foreach (var t in r.Targets)
            {
                var verdict = t.Met switch { true => "met", false => "MISSED", null => "not judged (quick run)" };
                Line(w, $"{t.Name,-52}{t.Target,-18}{t.Value,10:0.00}  {verdict}");
            }
        }
    }

    private static void PrintPeers(Queue.Peers.PeersResult peers, TextWriter w)
    {
        Line(w, $"\nBeside Graphile Worker {peers.GraphileWorkerVersion} (same cluster, same run, interleaved; no-op jobs)");
        Line(w, $"{"drain",-18}{"setup",-36}{"seconds",9}{"jobs/s",9}{"pg us/job",10}{"WAL B/job",10}");
        foreach (var d in peers.Drains)
        {
            foreach (var run in d.Runs)
            {
                Line(w, $"{d.Backlog,-18:N0}{$"{run.System}, {run.Setup}",-36}{run.Seconds,9:0.00}{run.JobsPerSecond,9:0}{run.PostgresCpuUsPerJob,10:0}{run.WalBytesPerJob,10:0}");
            }

            Line(w, $"{"",-18}{"best / best",-36}{d.Ratio,9:0.00}x");
        }

        foreach (var l in peers.Latency)
        {
            Line(w, $"\nenqueue -> start, {l.Jobs} SQL inserts at {l.RatePerSecond}/s, idle workers{"p50",10}{"p95",10}{"p99",10}{"max",10}");
            Line(w, $"{"GhostHands (submit -> started_at)",-57}{l.GhostHands.P50,10:0.00}{l.GhostHands.P95,10:0.00}{l.GhostHands.P99,10:0.00}{l.GhostHands.Max,10:0.00}");
            Line(w, $"{"Graphile Worker (submit -> locked_at)",-57}{l.GraphileWorker.P50,10:0.00}{l.GraphileWorker.P95,10:0.00}{l.GraphileWorker.P99,10:0.00}{l.GraphileWorker.Max,10:0.00}");
            Line(w, $"{"ratio",-57}{l.RatioP50,10:0.00}{"",10}{l.RatioP99,10:0.00}");
        }
    }

    private static string Loads(IReadOnlyList<double> loads) => string.Join(" ", loads.Select(l => l.ToString("0.00", CultureInfo.InvariantCulture)));

    private static void Line(TextWriter w, FormattableString text) => w.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
