using System.Text.Json.Nodes;
using GhostHands.Bench.Infrastructure;
using GhostHands.Fixtures;
using GhostHands.Jobs;
using Npgsql;
using NpgsqlTypes;

namespace GhostHands.Bench.Memory;

/// <summary>
/// Apply jobs for fixture forms, inserted with plain SQL as VALET's channel 1 does, and waited for in the table.
/// Every job must end as its form expects (completed when the form can be submitted, paused at a sign-in wall, a
/// captcha or an unanswerable question): figures measured around failed jobs would not describe real work.
/// </summary>
internal sealed class ApplyJobs(NpgsqlDataSource db, FixtureSite site, string resumePath, WorkerUnderTest worker)
{
    private static readonly Guid BenchUser = Guid.Parse("00000000-0000-0000-0000-0000000be4c1");
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    // One statement, so the jobs of a round share created_at and reach the worker together.
    private const string InsertSql = """
        INSERT INTO gh_automation_jobs (user_id, created_by, job_type, target_url, input_data, max_retries, tags)
        SELECT $1, 'bench', $2, url, $3, 0, ARRAY['bench']
        FROM unnest($4::text[]) AS url
        RETURNING id
        """;

    private const string FinishedSql = """
        SELECT target_url, status, error_code, status_message,
               EXTRACT(EPOCH FROM coalesce(completed_at, updated_at) - created_at)::float8,
               EXTRACT(EPOCH FROM started_at - created_at)::float8
        FROM gh_automation_jobs
        WHERE id = ANY($1) AND (completed_at IS NOT NULL OR status = 'paused')
        """;

    /// <summary>Submits one job per form at once and returns when all have ended as their forms expect.</summary>
    public async Task<IReadOnlyList<FinishedJob>> RunAsync(IReadOnlyList<string> forms, CancellationToken ct)
    {
        var urls = forms.ToDictionary(f => site.FormUrl(f).ToString(), f => f);
        var ids = new List<Guid>();
        await using (var insert = db.CreateCommand(InsertSql))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = BenchUser });
            insert.Parameters.Add(new NpgsqlParameter { Value = JobTypes.Apply });
            insert.Parameters.Add(new NpgsqlParameter { Value = ApplicantInput(), NpgsqlDbType = NpgsqlDbType.Jsonb });
            insert.Parameters.Add(new NpgsqlParameter { Value = urls.Keys.ToArray() });
            await using var reader = await insert.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        var deadline = DateTime.UtcNow + Deadline;
        while (true)
        {
            var finished = await FinishedAsync(ids, urls, ct);
            if (finished.Count == ids.Count)
            {
                var failed = finished.Where(j => j.Status != ExpectedStatus(j.Form)).ToList();
                return failed.Count == 0
                    ? finished
                    : throw new InvalidOperationException(
                        "Apply jobs did not complete: " + string.Join("; ", failed.Select(j => $"{j.Form} {j.Status} {j.Error}")) + $"\n{worker.Output}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{ids.Count - finished.Count} of {ids.Count} apply jobs still unfinished after {Deadline}.\n{worker.Output}");
            }

            await Task.Delay(100, ct);
        }
    }

    /// <summary>The status a correct run of <paramref name="form"/> ends in.</summary>
    public static string ExpectedStatus(string form) =>
        FixtureCatalog.Expected(form).Outcome.Kind switch
        {
            OutcomeKind.Submitted => "completed",
            OutcomeKind.Rejected or OutcomeKind.Unfinished => "failed",
            _ => "paused",
        };

    private string ApplicantInput()
    {
        var input = JsonNode.Parse(FixtureCatalog.ApplicantJson)!.AsObject();
        input["resumePath"] = resumePath;
        return input.ToJsonString();
    }

    private async Task<List<FinishedJob>> FinishedAsync(List<Guid> ids, Dictionary<string, string> forms, CancellationToken ct)
    {
        await using var command = db.CreateCommand(FinishedSql);
        command.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var finished = new List<FinishedJob>();
        while (await reader.ReadAsync(ct))
        {
            finished.Add(new FinishedJob(
                forms[reader.GetString(0)],
                reader.GetString(1),
                $"{(reader.IsDBNull(2) ? "" : reader.GetString(2))} {(reader.IsDBNull(3) ? "" : reader.GetString(3))}".Trim(),
                reader.IsDBNull(4) ? 0 : reader.GetDouble(4),
                reader.IsDBNull(5) ? 0 : reader.GetDouble(5)));
        }

        return finished;
    }
}

/// <param name="Seconds">
/// End to end: <c>completed_at - created_at</c> (the pause for a paused job), so queueing and browser start count.
/// </param>
/// <param name="QueuedSeconds"><c>started_at - created_at</c>: the part spent waiting to be claimed and started.</param>
internal sealed record FinishedJob(string Form, string Status, string Error, double Seconds, double QueuedSeconds);
