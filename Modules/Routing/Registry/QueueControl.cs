using GhostHands.Jobs;
using Microsoft.AspNetCore.Http;
using Npgsql;
using Wolverine.Http;

namespace GhostHands.Routing.Registry;

/// <summary>Optional body of the pause endpoint.</summary>
public sealed record PauseQueue(string? Reason);

/// <summary>
/// <c>POST /api/v1/gh/queue/pause</c> and <c>/resume</c>, <c>GET /api/v1/gh/queue</c>. While paused no worker claims
/// anything (the claim statement checks <c>gh_queue_control</c>); pending jobs stay pending, running jobs finish.
/// Workers hear of the change at once through <c>gh_worker_control</c>, and at their next heartbeat at the latest.
/// Idempotent: pausing a paused queue changes nothing but the reason.
/// </summary>
public static class QueueControlEndpoints
{
    private const string ReadSql = "SELECT paused, reason, changed_by, changed_at FROM gh_queue_control";

    private const string SetSql = """
        UPDATE gh_queue_control SET paused = $1, reason = $2, changed_by = 'api', changed_at = now()
        RETURNING paused, reason, changed_by, changed_at
        """;

    [WolverineGet("/api/v1/gh/queue", OperationId = "getQueueState")]
    public static async Task<QueueState> Get(NpgsqlDataSource db, CancellationToken ct) =>
        await ReadAsync(db.CreateCommand(ReadSql), ct);

    [WolverinePost("/api/v1/gh/queue/pause", OperationId = "pauseQueue")]
    public static async Task<IResult> Pause(HttpRequest http, NpgsqlDataSource db, CancellationToken ct)
    {
        var body = await http.ReadJsonBodyAsync<PauseQueue>(ct);
        if (body?.Reason is { Length: > 500 })
        {
            return JobProblems.Validation(new Dictionary<string, string[]> { ["reason"] = ["reason must be at most 500 characters."] }).ToResult();
        }

        return Results.Ok(await SetAsync(db, paused: true, body?.Reason ?? "Emergency stop", ct));
    }

    [WolverinePost("/api/v1/gh/queue/resume", OperationId = "resumeQueue")]
    public static async Task<QueueState> Resume(NpgsqlDataSource db, CancellationToken ct) =>
        await SetAsync(db, paused: false, null, ct);

    private static async Task<QueueState> SetAsync(NpgsqlDataSource db, bool paused, string? reason, CancellationToken ct)
    {
        var command = db.CreateCommand(SetSql);
        command.Parameters.Add(new NpgsqlParameter { Value = paused });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)reason ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        return await ReadAsync(command, ct);
    }

    private static async Task<QueueState> ReadAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using (command)
        {
            await using var r = await command.ExecuteReaderAsync(ct);
            await r.ReadAsync(ct);
            return new QueueState(r.GetBoolean(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetFieldValue<DateTimeOffset>(3));
        }
    }
}
