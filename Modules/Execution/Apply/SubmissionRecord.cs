using System.Text.Json;
using GhostHands.Jobs;
using GhostHands.Jobs.Handling;
using Npgsql;

namespace GhostHands.Execution.Apply;

/// <summary>A submission an earlier attempt made, read from the job's events; <see cref="Attempt"/> is the attempt that made it.</summary>
internal sealed record EarlierSubmission(int Attempt, bool Confirmed, string? ConfirmationText, string? ConfirmationUrl, string? Screenshot);

/// <summary>
/// What earlier attempts of a job recorded in <c>gh_job_events</c> about submitting it, read before a new attempt
/// touches the page. The events are the record because they are written as the steps happen, fenced like every other
/// write of the attempt, and survive the worker: a <c>form_submitted</c> is written right after the click, before the
/// page has answered, and the final click's <c>step_started</c> (<c>final: true</c>) just before it, so that a crash
/// during the click still counts; the confirmation (a <c>step_completed</c> carrying the matched text) comes once the
/// page has answered. A submission
/// the page answered with validation errors sent nothing that stuck. A <c>needs_review</c> pause clears the record,
/// since only a person resuming the job lets it run again. For <c>custom</c> jobs any started <c>click</c> step counts
/// as an unconfirmed submission: nothing tells which click sends something.
/// </summary>
internal sealed class SubmissionRecord(NpgsqlDataSource db)
{
    private const string Sql = """
        SELECT event_type, metadata FROM gh_job_events
        WHERE job_id = $1
          AND (event_type IN ('form_submitted', 'validation_errors', 'screenshot_taken', 'needs_review')
               OR (event_type = 'step_completed' AND metadata ? 'matched_text')
               OR (event_type = 'step_started' AND (metadata->>'action' = 'click' OR metadata->>'final' = 'true'))
               -- A claim: into running straight from pending (migration 016), or into queued as claims did before it.
               OR (event_type = 'status_changed'
                   AND (to_status = 'queued' OR (to_status = 'running' AND from_status IS DISTINCT FROM 'queued'))))
        ORDER BY id
        """;

    /// <summary>The last submission of an earlier attempt that is still open or was confirmed; null when there is none.</summary>
    public async Task<EarlierSubmission?> ReadAsync(JobContext context)
    {
        await using var command = db.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = context.Job.Id });
        var events = new List<(string Type, JsonElement Metadata)>();
        await using (var reader = await command.ExecuteReaderAsync(context.CancellationToken))
        {
            while (await reader.ReadAsync(context.CancellationToken))
            {
                events.Add((reader.GetString(0), JsonDocument.Parse(reader.GetString(1)).RootElement));
            }
        }

        return Fold(events, context.Job.JobType == JobTypes.Custom, context.Attempt);
    }

    /// <summary>Walks the events in order; each claim (a selected <c>status_changed</c>) starts the next attempt.</summary>
    internal static EarlierSubmission? Fold(IReadOnlyList<(string Type, JsonElement Metadata)> events, bool clicksSubmit, int currentAttempt)
    {
        var claims = events.Count(e => e.Type == "status_changed");
        var seen = 0;
        string? lastScreenshot = null;
        EarlierSubmission? open = null;
        foreach (var (type, metadata) in events)
        {
            var attempt = currentAttempt - (claims - seen);
            switch (type)
            {
                case "status_changed":
                    seen++;
                    break;
                case "screenshot_taken":
                    lastScreenshot = Text(metadata, "url");
                    break;
                case "form_submitted":
                case "step_started" when clicksSubmit || metadata.TryGetProperty("final", out var final) && final.ValueKind == JsonValueKind.True:
                    if (open is not { Confirmed: true })
                    {
                        open = new EarlierSubmission(attempt, false, null, null, lastScreenshot);
                    }

                    break;
                case "validation_errors" when open is { Confirmed: false }:
                    open = null;
                    break;
                case "step_completed" when open is { Confirmed: false }:
                    // The confirmation screenshot is taken just before the confirmation is narrated.
                    open = open with { Confirmed = true, ConfirmationText = Text(metadata, "matched_text"), ConfirmationUrl = Text(metadata, "url"), Screenshot = lastScreenshot };
                    break;
                case "needs_review":
                    open = null;
                    break;
            }
        }

        return open;
    }

    private static string? Text(JsonElement metadata, string name) =>
        metadata.ValueKind == JsonValueKind.Object && metadata.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
