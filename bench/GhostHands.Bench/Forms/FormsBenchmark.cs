using System.Globalization;
using GhostHands.Bench.Infrastructure;
using GhostHands.Bench.Memory;
using GhostHands.Fixtures;
using Npgsql;

namespace GhostHands.Bench.Forms;

/// <summary>
/// Apply jobs end to end, per fixture form: one job at a time on one worker whose Chromium is already running (a
/// warm-up job launches it), from the insert to the job's end. Every fixture form of the catalogue, twice; with
/// --quick one form once. The times with four jobs at once are the memory benchmark's "among 4".
/// </summary>
internal static class FormsBenchmark
{
    public static async Task RunAsync(BenchRun run, CancellationToken ct)
    {
        IReadOnlyList<string> forms = run.Quick ? [MemoryBenchmark.Forms[0]] : FixtureCatalog.Forms;
        var repetitions = run.Quick ? 1 : 2;
        var connectionString = await run.Cluster.CreateDatabaseAsync("forms", ct);
        var scratch = Directory.CreateTempSubdirectory("gh-bench-forms-").FullName;
        try
        {
            var resumePath = Path.Combine(scratch, FixtureCatalog.ResumeFileName);
            await File.WriteAllBytesAsync(resumePath, FixtureCatalog.ResumePdf(), ct);
            await using var site = await FixtureSite.StartAsync(ct);
            await using var db = NpgsqlDataSource.Create(connectionString);
            await using var worker = WorkerUnderTest.Start(connectionString, 1, Path.Combine(scratch, "artifacts"));
            await worker.WaitUntilReadyAsync(db, TimeSpan.FromSeconds(90), ct);
            var jobs = new ApplyJobs(db, site, resumePath, worker);

            BenchRun.Progress("forms", "warm-up job (launches Chromium)");
            await jobs.RunAsync([MemoryBenchmark.Forms[0]], ct);

            var figures = run.Results.Forms ??= [];
            foreach (var form in forms)
            {
                var runs = new List<FinishedJob>();
                for (var i = 0; i < repetitions; i++)
                {
                    runs.AddRange(await jobs.RunAsync([form], ct));
                }

                var figure = new FormFigure(
                    form,
                    FixtureCatalog.Expected(form).Ats,
                    runs[0].Status,
                    [.. runs.Select(r => Math.Round(r.Seconds, 2))],
                    Math.Round(Median(runs.Select(r => r.Seconds)), 2),
                    Math.Round(Median(runs.Select(r => r.QueuedSeconds)) * 1000, 1));
                figures.Add(figure);
                BenchRun.Progress("forms", string.Create(CultureInfo.InvariantCulture, $"{form}: {figure.MedianSeconds:0.00} s ({figure.Status})"));
            }
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

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <param name="Status">How the job ended: completed, or paused where the form stops a machine (sign-in wall, captcha, unanswerable question).</param>
/// <param name="RunsSeconds">End to end per run: insert to the job's end.</param>
/// <param name="MedianQueuedMs">Insert to start (claim and start by an idle worker), median.</param>
internal sealed record FormFigure(string Form, string Ats, string Status, IReadOnlyList<double> RunsSeconds, double MedianSeconds, double MedianQueuedMs);
