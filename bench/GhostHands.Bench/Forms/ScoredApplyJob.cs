using System.Text.Json.Nodes;
using GhostHands.Bench.Infrastructure;
using GhostHands.Fixtures;
using GhostHands.Jobs;
using Npgsql;
using NpgsqlTypes;

namespace GhostHands.Bench.Forms;

/// <summary>
/// One apply job against one fixture form, inserted with plain SQL and waited for in the table, however it ends: unlike
/// the memory benchmark's jobs, a wrong ending is a score to record, not a failed benchmark.
/// </summary>
internal sealed class ScoredApplyJob(NpgsqlDataSource db, FixtureSite site, string resumePath, WorkerUnderTest worker)
{
    private static readonly Guid BenchUser = Guid.Parse("00000000-0000-0000-0000-0000000be4c1");

    /// <summary>
    /// The job's own <c>timeout_seconds</c>: far longer than any correct run (a wizard with a rejected attempt takes
    /// well under a minute on 2 cores), so that a run that never ends is ended by the job system and scored as wrong.
    /// </summary>
    private const int JobTimeoutSeconds = 120;

    /// <summary>How long the benchmark waits for the job system to end a job: its timeout and a margin for the ending.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(JobTimeoutSeconds + 60);

    private const string InsertSql = """
        INSERT INTO gh_automation_jobs (user_id, created_by, job_type, target_url, input_data, max_retries, timeout_seconds, tags)
        VALUES ($1, 'bench', $2, $3, $4, 0, $5, ARRAY['bench'])
        RETURNING id
        """;

    private const string EndedSql = """
        SELECT status, error_code, status_message,
               EXTRACT(EPOCH FROM coalesce(completed_at, updated_at) - created_at)::float8,
               EXTRACT(EPOCH FROM started_at - created_at)::float8,
               (SELECT e.metadata #>> '{questions,0,question}' FROM gh_job_events e
                 WHERE e.job_id = j.id AND e.event_type = 'hitl_paused' ORDER BY e.id DESC LIMIT 1)
        FROM gh_automation_jobs j
        WHERE id = $1 AND (completed_at IS NOT NULL OR status = 'paused')
        """;

    /// <summary>Runs the form once on a reset site and returns how the job ended and what the site received.</summary>
    public async Task<EndedJob> RunAsync(string form, CancellationToken ct)
    {
        site.Reset();
        Guid id;
        await using (var insert = db.CreateCommand(InsertSql))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = BenchUser });
            insert.Parameters.Add(new NpgsqlParameter { Value = JobTypes.Apply });
            insert.Parameters.Add(new NpgsqlParameter { Value = site.FormUrl(form).ToString() });
            insert.Parameters.Add(new NpgsqlParameter { Value = ApplicantInput(), NpgsqlDbType = NpgsqlDbType.Jsonb });
            insert.Parameters.Add(new NpgsqlParameter { Value = JobTimeoutSeconds });
            id = (Guid)(await insert.ExecuteScalarAsync(ct))!;
        }

        var deadline = DateTime.UtcNow + Deadline;
        while (true)
        {
            if (await EndedAsync(id, form, ct) is { } ended)
            {
                return ended;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The apply job for {form} was still unfinished after {Deadline}.\n{worker.Output}");
            }

            await Task.Delay(100, ct);
        }
    }

    private string ApplicantInput()
    {
        var input = JsonNode.Parse(FixtureCatalog.ApplicantJson)!.AsObject();
        input["resumePath"] = resumePath;
        return input.ToJsonString();
    }

    private async Task<EndedJob?> EndedAsync(Guid id, string form, CancellationToken ct)
    {
        await using var command = db.CreateCommand(EndedSql);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        return new EndedJob(
            form,
            reader.GetString(0),
            $"{(reader.IsDBNull(1) ? "" : reader.GetString(1))} {(reader.IsDBNull(2) ? "" : reader.GetString(2))}".Trim(),
            reader.IsDBNull(3) ? 0 : reader.GetDouble(3),
            reader.IsDBNull(4) ? 0 : reader.GetDouble(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            [.. site.Submissions.Where(s => s.Form == form)]);
    }
}

/// <param name="Seconds"><c>completed_at - created_at</c> (the pause for a paused job).</param>
/// <param name="QueuedSeconds"><c>started_at - created_at</c>.</param>
/// <param name="PausedOn">The first question of the job's last <c>hitl_paused</c> event, if it paused on questions.</param>
/// <param name="Submissions">Every attempt the form's server received during the job, in order.</param>
internal sealed record EndedJob(
    string Form, string Status, string Error, double Seconds, double QueuedSeconds, string? PausedOn, IReadOnlyList<Submission> Submissions);
