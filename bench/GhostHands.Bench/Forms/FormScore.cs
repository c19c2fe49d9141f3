using GhostHands.Fixtures;

namespace GhostHands.Bench.Forms;

/// <summary>
/// Whether one run of a form was right, judged against its expectation. A form expected to be submitted is right when
/// the job completed and the accepted attempt has no problem (every checked field, the resume, the attempt count). A
/// form expected to stop is right when the job paused (failed, for a form whose server refuses everything), nothing was accepted, and (for a question) it paused on the
/// expected question. Required fields are scored on the accepted attempt, else on the last one; a form expected to
/// stop has none to score, because a correct run submits nothing.
/// </summary>
internal sealed record RunScore(bool Right, int RequiredFields, int RequiredFieldsRight, IReadOnlyList<string> Problems)
{
    public static RunScore Of(EndedJob job)
    {
        var expected = FixtureCatalog.Expected(job.Form);
        var accepted = job.Submissions.FirstOrDefault(s => s.Accepted);
        if (expected.Outcome.Kind != OutcomeKind.Submitted)
        {
            var problems = new List<string>();
            // A form whose server refuses everything ends the job failed (submission_rejected); every other stop pauses.
            var stopped = expected.Outcome.Kind is OutcomeKind.Rejected or OutcomeKind.Unfinished ? "failed" : "paused";
            if (job.Status != stopped)
            {
                problems.Add($"job ended {job.Status} {job.Error}, expected it {stopped}");
            }

            if (accepted is not null)
            {
                problems.Add($"attempt {accepted.Attempt} was accepted; a correct run stops before submitting");
            }

            if (expected.Outcome.Kind == OutcomeKind.PausedForAnswer
                && !string.Equals(job.PausedOn?.Trim(), expected.Outcome.Question, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"paused on [{job.PausedOn}], expected [{expected.Outcome.Question}]");
            }

            return new RunScore(problems.Count == 0, 0, 0, problems);
        }

        var scored = expected.ScoredFields.Count;
        var judged = accepted ?? job.Submissions.LastOrDefault();
        var right = judged is null ? 0 : expected.ScoredFieldsRight(judged).Count;
        var wrong = new List<string>();
        if (job.Status != "completed")
        {
            wrong.Add($"job ended {job.Status} {job.Error}".Trim());
        }

        wrong.AddRange(judged is null ? ["nothing was submitted"] : expected.Problems(judged));
        return new RunScore(wrong.Count == 0, scored, right, wrong);
    }
}

/// <summary>
/// A set's totals: development forms (<c>Forms/</c>), all held-out forms (<c>HeldOut/</c>), all retired forms
/// (<c>Retired/</c>: held-out batches since opened and worked on), or one held-out or retired batch
/// (<see cref="FormExpectation.Batch"/>, the date its forms were written; null for a whole set).
/// </summary>
/// <param name="FormsFullyRight">Forms right in every run.</param>
/// <param name="RequiredFields">Scored required fields, summed over forms (worst run of each).</param>
/// <param name="SecondsPerForm">Mean over the set's forms of each form's median end-to-end seconds.</param>
internal sealed record FormSetScore(
    string Set, string? Batch, int Forms, int FormsFullyRight, int RequiredFields, int RequiredFieldsRight, double RequiredFieldsRightPercent, double SecondsPerForm)
{
    public const string Development = "development";
    public const string HeldOut = "held_out";
    public const string Retired = "retired";

    /// <summary>
    /// Development, all held-out forms and each held-out batch (oldest first), then all retired forms and each retired
    /// batch; sets with no form left out.
    /// </summary>
    public static List<FormSetScore> AllOf(IReadOnlyList<FormFigure> figures)
    {
        var scores = new List<FormSetScore>();
        var development = figures.Where(f => f.Set == Development).ToList();
        if (development.Count > 0)
        {
            scores.Add(Of(Development, null, development));
        }

        foreach (var set in new[] { HeldOut, Retired })
        {
            var inSet = figures.Where(f => f.Set == set).ToList();
            if (inSet.Count > 0)
            {
                scores.Add(Of(set, null, inSet));
                scores.AddRange(inSet.GroupBy(f => f.Batch!).OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => Of(set, b.Key, [.. b])));
            }
        }

        return scores;
    }

    public static FormSetScore Of(string set, string? batch, IReadOnlyList<FormFigure> figures)
    {
        var fields = figures.Sum(f => f.RequiredFields);
        var right = figures.Sum(f => f.RequiredFieldsRight);
        return new FormSetScore(
            set,
            batch,
            figures.Count,
            figures.Count(f => f.FullyRight),
            fields,
            right,
            fields == 0 ? 100 : Math.Round(100.0 * right / fields, 1),
            figures.Count == 0 ? 0 : Math.Round(figures.Average(f => f.MedianSeconds), 2));
    }
}
