using System.Globalization;
using GhostHands.Bench.Infrastructure;

namespace GhostHands.Bench.Memory;

/// <summary>What the memory benchmark measured; the <c>memory</c> section of the run's JSON.</summary>
/// <param name="PerExtraJobMib">
/// (peak with 4 jobs - peak with 1 job) / 3 in resident memory, each physical page counted once however many processes
/// map it: the figure the target applies to (PSS when the kernel hides frame numbers).
/// </param>
/// <param name="PerExtraJobRssSumMib">The same difference in summed VmRSS, which counts a page shared by N processes N times.</param>
/// <param name="PerExtraJobPssMib">The same difference in PSS, where a shared page is split between the processes sharing it.</param>
internal sealed record MemoryResult(
    DateTimeOffset MeasuredAt,
    int ProcessorCount,
    int MaxConcurrentJobs,
    bool Quick,
    int SampleIntervalMs,
    Phase Idle,
    Phase PeakOneJob,
    Phase PeakFourJobs,
    double PerExtraJobMib,
    double PerExtraJobRssSumMib,
    double PerExtraJobPssMib,
    double TargetMib,
    bool Pass,
    IReadOnlyList<FormTiming> Forms)
{
    public static MemoryResult From(
        bool quick,
        Sampled<int> idle,
        IReadOnlyList<Sampled<IReadOnlyList<FinishedJob>>> solo,
        IReadOnlyList<Sampled<IReadOnlyList<FinishedJob>>> concurrent)
    {
        var one = Phase.Of("peak, 1 apply job", solo);
        var four = Phase.Of($"peak, {MemoryBenchmark.Concurrency} apply jobs", concurrent);
        var extra = MemoryBenchmark.Concurrency - 1;
        var perJob = Math.Round(((four.ResidentMib ?? four.PssMib) - (one.ResidentMib ?? one.PssMib)) / extra, 1);
        var timings = MemoryBenchmark.Forms.Select(f => new FormTiming(
                f,
                [.. solo.SelectMany(s => s.Result).Where(j => j.Form == f).Select(j => Math.Round(j.Seconds, 2))],
                [.. concurrent.SelectMany(s => s.Result).Where(j => j.Form == f).Select(j => Math.Round(j.Seconds, 2))]))
            .ToList();
        return new MemoryResult(
            DateTimeOffset.UtcNow,
            Environment.ProcessorCount,
            MemoryBenchmark.Concurrency,
            quick,
            (int)TreeSampler.Interval.TotalMilliseconds,
            Phase.Of("idle, browser launched", [idle]),
            one,
            four,
            perJob,
            Math.Round((four.RssMib - one.RssMib) / extra, 1),
            Math.Round((four.PssMib - one.PssMib) / extra, 1),
            MemoryBenchmark.TargetMiBPerExtraJob,
            perJob <= MemoryBenchmark.TargetMiBPerExtraJob,
            timings);
    }
}

/// <param name="RssMib">Summed VmRSS of the tree.</param>
/// <param name="ResidentMib">Distinct resident pages of the tree; null when the kernel hides frame numbers.</param>
/// <param name="RssMibByKind">RSS per kind of process in the same reading.</param>
/// <param name="Samples">Readings taken over <paramref name="Seconds"/>; fewer than one per 100 ms means reading /proc fell behind.</param>
internal sealed record Phase(
    string Name, double? ResidentMib, double RssMib, double PssMib, int Processes, int Samples, double Seconds, IReadOnlyDictionary<string, double> RssMibByKind)
{
    /// <summary>The highest reading over all <paramref name="windows"/>.</summary>
    public static Phase Of<T>(string name, IReadOnlyList<Sampled<T>> windows)
    {
        var peak = windows.Select(w => w.Peak).MaxBy(s => (s.ResidentBytes ?? 0, s.PssBytes))!;
        return new Phase(
            name,
            peak.ResidentBytes is { } resident ? MiB(resident) : null,
            MiB(peak.RssBytes),
            MiB(peak.PssBytes),
            peak.Processes,
            windows.Sum(w => w.Samples.Count),
            Math.Round(windows.Sum(w => w.Elapsed.TotalSeconds), 1),
            peak.ByKind.ToDictionary(k => k.Key, k => MiB(k.Value)));
    }

    private static double MiB(long bytes) => Math.Round(bytes / 1024.0 / 1024.0, 1);
}

/// <param name="AloneSeconds">End-to-end seconds of each run while it was the only job.</param>
/// <param name="AmongFourSeconds">End-to-end seconds of each run while four ran at once.</param>
internal sealed record FormTiming(string Form, IReadOnlyList<double> AloneSeconds, IReadOnlyList<double> AmongFourSeconds);

internal static class MemoryReport
{
    public static void Print(MemoryResult r, TextWriter w)
    {
        var c = CultureInfo.InvariantCulture;
        Phase[] phases = [r.Idle, r.PeakOneJob, r.PeakFourJobs];
        w.WriteLine(string.Create(c, $"\nWorker memory: {r.ProcessorCount} cores, MAX_CONCURRENT_JOBS={r.MaxConcurrentJobs}, process tree sampled every {r.SampleIntervalMs} ms{(r.Quick ? ", quick run" : "")}\n"));
        w.WriteLine(string.Create(c, $"{"",-34}{"resident",10}{"RSS sum",10}{"PSS",10}{"processes",11}{"samples",9}{"seconds",9}"));
        foreach (var p in phases)
        {
            var resident = p.ResidentMib is { } m ? m.ToString("0.0", c) : "n/a";
            w.WriteLine(string.Create(c, $"{p.Name,-34}{resident,10}{p.RssMib,10:0.0}{p.PssMib,10:0.0}{p.Processes,11}{p.Samples,9}{p.Seconds,9:0.0}"));
        }

        w.WriteLine("(MiB. resident: distinct physical pages of the whole tree; RSS sum counts a page shared by N processes N times)");
        var measure = r.PeakFourJobs.ResidentMib is null ? "PSS" : "resident";
        w.WriteLine(string.Create(c, $"\nper extra concurrent job (peak 4 - peak 1) / 3: {r.PerExtraJobMib:0.0} MiB {measure} " +
            $"({r.PerExtraJobRssSumMib:0.0} RSS sum, {r.PerExtraJobPssMib:0.0} PSS); target <= {r.TargetMib:0} MiB: {(r.Pass ? "PASS" : "FAIL")}\n"));

        w.WriteLine(string.Create(c, $"{"RSS MiB by process, same readings",-34}{"idle",10}{"1 job",10}{"4 jobs",10}"));
        foreach (var kind in phases.SelectMany(p => p.RssMibByKind.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            w.WriteLine(string.Create(c, $"{kind,-34}{Kind(r.Idle, kind),10:0.0}{Kind(r.PeakOneJob, kind),10:0.0}{Kind(r.PeakFourJobs, kind),10:0.0}"));
        }

        w.WriteLine(string.Create(c, $"\n{"end to end s (completed - created)",-34}{"alone",16}{"among 4",20}"));
        foreach (var f in r.Forms)
        {
            w.WriteLine(string.Create(c, $"{f.Form,-34}{Seconds(f.AloneSeconds),16}{Seconds(f.AmongFourSeconds),20}"));
        }
    }

    private static double Kind(Phase p, string kind) => p.RssMibByKind.GetValueOrDefault(kind);

    private static string Seconds(IReadOnlyList<double> runs) =>
        runs.Count == 0 ? "-" : string.Join(" ", runs.Select(s => s.ToString("0.0", CultureInfo.InvariantCulture)));
}
