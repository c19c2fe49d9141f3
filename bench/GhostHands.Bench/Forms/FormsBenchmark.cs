using System.Globalization;
using GhostHands.Bench.Infrastructure;
using GhostHands.Bench.Memory;
using GhostHands.Fixtures;
using Npgsql;

namespace GhostHands.Bench.Forms;

/// <summary>
/// Apply jobs end to end, per fixture form: one job at a time on one worker whose Chromium is already running (a
/// warm-up job launches it), from the insert to the job's end, each run scored against the form's expectation.
/// Development, held-out and retired forms are run alike and reported apart; the held-out score is the one that says
/// how the engine does on forms it was not built against. Every form twice; with --quick one development form once;
/// with --forms only the named ones (and no targets judged).
/// The times with four jobs at once are the memory benchmark's "among 4".
/// </summary>
internal static class FormsBenchmark
{
    /// <summary>Acceptance for forms the engine has not seen: required fields right, and forms completed, of 10.</summary>
    public const double HeldOutFieldsTargetPercent = 90;
    public const int HeldOutFormsTarget = 8;

    public static async Task RunAsync(BenchRun run, CancellationToken ct)
    {
        IReadOnlyList<string> forms = run.Options.Forms is { } named ? Known(named)
            : run.Quick ? [MemoryBenchmark.Forms[0]]
            : [.. FixtureCatalog.DevelopmentForms, .. FixtureCatalog.HeldOutForms, .. FixtureCatalog.RetiredForms];
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
            var job = new ScoredApplyJob(db, site, resumePath, worker);

            BenchRun.Progress("forms", "warm-up job (launches Chromium)");
            await job.RunAsync(MemoryBenchmark.Forms[0], ct);

            var figures = run.Results.Forms ??= [];
            foreach (var form in forms)
            {
                var runs = new List<EndedJob>();
                for (var i = 0; i < repetitions; i++)
                {
                    runs.Add(await job.RunAsync(form, ct));
                }

                var figure = FormFigure.Of(form, runs);
                figures.Add(figure);
                BenchRun.Progress("forms", string.Create(CultureInfo.InvariantCulture,
                    $"{form}: {figure.MedianSeconds:0.00} s ({figure.Status}), {(figure.FullyRight ? "right" : "WRONG")}, fields {figure.RequiredFieldsRight}/{figure.RequiredFields}"));
                if (run.Quick && !figure.FullyRight)
                {
                    // The quick run is a check that a known-good form still works end to end.
                    throw new InvalidOperationException($"{form} was not filled right: {string.Join("; ", figure.Problems)}\n{worker.Output}");
                }
            }

            var scores = run.Results.FormScores = FormSetScore.AllOf(figures);

            if (!run.Quick && run.Options.Forms is null)
            {
                Judge(run.Results, scores);
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

    private static void Judge(BenchResults results, List<FormSetScore> scores)
    {
        if (scores.FirstOrDefault(s => s.Set == FormSetScore.Development) is { } development)
        {
            results.Targets.Add(new TargetCheck("forms, development: fully right", $"{development.Forms} of {development.Forms}",
                development.FormsFullyRight, development.FormsFullyRight == development.Forms));
        }

        // The targets are judged on all held-out forms together; each batch's score is reported beside them.
        if (scores.FirstOrDefault(s => s.Set == FormSetScore.HeldOut && s.Batch is null) is { } heldOut)
        {
            results.Targets.Add(new TargetCheck("forms, held-out: required fields right %", $">= {HeldOutFieldsTargetPercent}",
                heldOut.RequiredFieldsRightPercent, heldOut.RequiredFieldsRightPercent >= HeldOutFieldsTargetPercent));
            var needed = (int)Math.Ceiling(HeldOutFormsTarget * heldOut.Forms / 10.0);
            results.Targets.Add(new TargetCheck("forms, held-out: fully right", $">= {needed} of {heldOut.Forms}",
                heldOut.FormsFullyRight, heldOut.FormsFullyRight >= needed));
        }
    }

    private static IReadOnlyList<string> Known(IReadOnlyList<string> named)
    {
        var unknown = named.Where(f => !FixtureCatalog.AllForms.Contains(f)).ToList();
        return unknown.Count == 0
            ? named
            : throw new ArgumentException($"--forms names no fixture form: {string.Join(", ", unknown)}. Known: {string.Join(", ", FixtureCatalog.AllForms)}.");
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <param name="Status">How the first run ended: completed, or paused where the form stops a machine (sign-in wall, captcha, unanswerable question); failed when the engine gave up.</param>
/// <param name="RunsSeconds">End to end per run: insert to the job's end.</param>
/// <param name="MedianQueuedMs">Insert to start (claim and start by an idle worker), median.</param>
/// <param name="Set">development, held_out or retired.</param>
/// <param name="Batch">For a held-out or retired form, the date its batch was written (<see cref="FormExpectation.Batch"/>); null for a development form.</param>
/// <param name="RunsRight">Runs that ended exactly as the form expects (<see cref="RunScore"/>).</param>
/// <param name="FullyRight">Every run right.</param>
/// <param name="RequiredFields">Required fields with a known expected value.</param>
/// <param name="RequiredFieldsRight">Of those, right in the worst run.</param>
/// <param name="Problems">What was wrong in the first run that was wrong; empty when every run was right.</param>
internal sealed record FormFigure(
    string Form,
    string Ats,
    string Status,
    IReadOnlyList<double> RunsSeconds,
    double MedianSeconds,
    double MedianQueuedMs,
    string Set,
    string? Batch,
    int RunsRight,
    bool FullyRight,
    int RequiredFields,
    int RequiredFieldsRight,
    IReadOnlyList<string> Problems)
{
    public static FormFigure Of(string form, IReadOnlyList<EndedJob> runs)
    {
        var expected = FixtureCatalog.Expected(form);
        var scores = runs.Select(RunScore.Of).ToList();
        return new FormFigure(
            form,
            expected.Ats,
            runs[0].Status,
            [.. runs.Select(r => Math.Round(r.Seconds, 2))],
            Math.Round(FormsBenchmark.Median(runs.Select(r => r.Seconds)), 2),
            Math.Round(FormsBenchmark.Median(runs.Select(r => r.QueuedSeconds)) * 1000, 1),
            expected.HeldOut ? FormSetScore.HeldOut : expected.Retired ? FormSetScore.Retired : FormSetScore.Development,
            expected.HeldOut || expected.Retired ? expected.Batch : null,
            scores.Count(s => s.Right),
            scores.All(s => s.Right),
            scores[0].RequiredFields,
            scores.Min(s => s.RequiredFieldsRight),
            scores.FirstOrDefault(s => !s.Right)?.Problems ?? []);
    }
}
