using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Npgsql;
using Wolverine.Http;

namespace GhostHands.Jobs.Queries;

/// <summary>
/// <c>GET /api/v1/gh/jobs/{id}/events</c>: the job's events in order; <c>after</c> (an event id) returns only newer
/// ones, <c>limit</c> 1-1000 (default 500).
/// </summary>
public static class GetJobEventsEndpoint
{
    public const int DefaultLimit = 500;
    public const int MaxLimit = 1000;

    private const string Sql = """
        SELECT id, job_id, event_type, from_status, to_status, actor, message, metadata, created_at
        FROM gh_job_events
        WHERE job_id = $1 AND id > $2
        ORDER BY id
        LIMIT $3
        """;

    // Not named Load/LoadAsync: Wolverine would run such a method before the endpoint, binding its arguments from the
    // query string (a negative limit then reached PostgreSQL), and read every page twice.
    public static async Task<List<JobEvent>> ReadPageAsync(NpgsqlDataSource db, Guid jobId, long after, int limit, CancellationToken ct)
    {
        await using var command = db.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = jobId });
        command.Parameters.Add(new NpgsqlParameter { Value = after });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var events = new List<JobEvent>();
        while (await reader.ReadAsync(ct))
        {
            events.Add(new JobEvent(
                reader.GetInt64(0),
                reader.GetGuid(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetFieldValue<JsonElement>(7),
                reader.GetFieldValue<DateTimeOffset>(8)));
        }

        return events;
    }

    [WolverineGet("/api/v1/gh/jobs/{id}/events", OperationId = "getJobEvents")]
    public static async Task<IResult> Get(Guid id, string? after, string? limit, NpgsqlDataSource db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        long afterId = 0;
        if (after is { Length: > 0 } && (!long.TryParse(after, out afterId) || afterId < 0))
        {
            errors["after"] = ["after must be an event id (an integer >= 0)."];
        }

        var count = DefaultLimit;
        if (limit is { Length: > 0 } && (!int.TryParse(limit, out count) || count is < 1 or > MaxLimit))
        {
            errors["limit"] = [$"limit must be an integer from 1 to {MaxLimit}."];
        }

        if (errors.Count > 0)
        {
            return JobProblems.Validation(errors).ToResult();
        }

        var events = await ReadPageAsync(db, id, afterId, count, ct);
        if (events.Count == 0 && await GetJobEndpoint.FindAsync(db, id, ct) is null)
        {
            return JobProblems.NotFound(id).ToResult();
        }

        return Results.Ok(new JobEventPage(id, events));
    }
}
