using GhostHands.Bench.Infrastructure;
using GhostHands.Fixtures;
using Npgsql;

namespace GhostHands.Bench.Memory;

/// <summary>
/// Resident memory of one worker process tree (the .NET worker, Playwright's driver and every Chromium process) with
/// one and with four apply jobs running. The target: at most 80 MiB per extra concurrent job.
/// </summary>
internal static class MemoryBenchmark
{
    public const double TargetMiBPerExtraJob = 80;
    public const int Concurrency = 4;

    /// <summary>Forms the fixture catalogue expects to be submitted; one of each runs in every concurrent round.</summary>
    public static readonly string[] Forms =
        ["greenhouse-single-page", "lever-wrapped-labels", "teamtailor-consent-prefilled", "taleo-aria-labels"];

    public static async Task RunAsync(BenchRun run, CancellationToken ct)
    {
        var soloRuns = run.Quick ? 2 : 3;
        var concurrentRounds = run.Quick ? 1 : 2;
        var idleWindow = TimeSpan.FromSeconds(run.Quick ? 1 : 3);
        var connectionString = await run.Cluster.CreateDatabaseAsync("memory", ct);

        var scratch = Directory.CreateTempSubdirectory("gh-bench-").FullName;
        try
        {
            var resumePath = Path.Combine(scratch, FixtureCatalog.ResumeFileName);
            await File.WriteAllBytesAsync(resumePath, FixtureCatalog.ResumePdf(), ct);

            Progress("starting the fixture site and a worker (MAX_CONCURRENT_JOBS=4)");
            await using var site = await FixtureSite.StartAsync(ct);
            await using var db = NpgsqlDataSource.Create(connectionString);
            await using var worker = WorkerUnderTest.Start(connectionString, Concurrency, Path.Combine(scratch, "artifacts"));
            await worker.WaitUntilReadyAsync(db, TimeSpan.FromSeconds(90), ct);
            var jobs = new ApplyJobs(db, site, resumePath, worker);
            var pid = worker.ProcessId;

            Progress("warm-up job (launches Chromium)");
            await jobs.RunAsync([Forms[0]], ct);
            Progress($"idle for {idleWindow.TotalSeconds:0} s");
            var idle = await TreeSampler.WhileAsync(pid, async () =>
            {
                await Task.Delay(idleWindow, ct);
                return 0;
            }, ct);

            var solo = new List<Sampled<IReadOnlyList<FinishedJob>>>();
            for (var i = 0; i < soloRuns; i++)
            {
                Progress($"1 job at a time: run {i + 1} of {soloRuns}");
                var form = Forms[i % Forms.Length];
                solo.Add(await TreeSampler.WhileAsync(pid, () => jobs.RunAsync([form], ct), ct));
            }

            var concurrent = new List<Sampled<IReadOnlyList<FinishedJob>>>();
            for (var i = 0; i < concurrentRounds; i++)
            {
                Progress($"{Concurrency} jobs at once: round {i + 1} of {concurrentRounds}");
                concurrent.Add(await TreeSampler.WhileAsync(pid, () => jobs.RunAsync(Forms, ct), ct));
            }

            run.Results.Memory = MemoryResult.From(run.Quick, idle, solo, concurrent);
        }
        finally
        {
            await run.Cluster.DropDatabaseAsync(connectionString, CancellationToken.None);
            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp directory is harmless.
            }
        }
    }

    private static void Progress(string message) => BenchRun.Progress("memory", message);
}
