using GhostHands.Jobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Wolverine.Http;

namespace GhostHands.Routing.Registry;

/// <summary>Reads the worker registry.</summary>
public static class WorkerQueries
{
    internal const string Columns = """
        worker_id, status, hostname, process_id, version, max_concurrent_jobs, current_jobs, jobs_completed, jobs_failed,
        started_at, last_heartbeat, extract(epoch FROM now() - last_heartbeat)::float8, stopped_at
        """;

    public static async Task<List<WorkerView>> ListAsync(NpgsqlDataSource db, string? workerId, CancellationToken ct)
    {
        await using var command = db.CreateCommand(
            $"SELECT {Columns} FROM gh_worker_registry WHERE $1::text IS NULL OR worker_id = $1 ORDER BY worker_id");
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)workerId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        return await ReadAsync(command, ct);
    }

    internal static async Task<List<WorkerView>> ReadAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using var r = await command.ExecuteReaderAsync(ct);
        var workers = new List<WorkerView>();
        while (await r.ReadAsync(ct))
        {
            workers.Add(new WorkerView(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), r.GetInt32(5),
                r.GetFieldValue<Guid[]>(6), r.GetInt64(7), r.GetInt64(8), r.GetFieldValue<DateTimeOffset>(9),
                r.GetFieldValue<DateTimeOffset>(10), Math.Round(r.GetDouble(11), 1),
                r.IsDBNull(12) ? null : r.GetFieldValue<DateTimeOffset>(12)));
        }

        return workers;
    }

    internal static ProblemDetails NotFound(string id) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Worker not found.",
        Detail = $"No worker with id '{id}' has registered.",
        Extensions = { ["code"] = "worker_not_found" },
    };
}

/// <summary><c>GET /api/v1/gh/workers</c>: every registered worker, with its current jobs and heartbeat age.</summary>
public static class ListWorkersEndpoint
{
    [WolverineGet("/api/v1/gh/workers", OperationId = "listWorkers")]
    public static async Task<WorkerList> Get(NpgsqlDataSource db, CancellationToken ct) =>
        new(await WorkerQueries.ListAsync(db, null, ct));
}

/// <summary>
/// <c>POST /api/v1/gh/workers/{id}/drain</c>: the worker finishes the jobs it holds and claims no more. It learns of
/// the request at once through <c>gh_worker_control</c> (and at its next heartbeat at the latest). A restart of the
/// worker makes it active again. Idempotent: draining a draining worker changes nothing.
/// </summary>
public static class DrainWorkerEndpoint
{
    private static readonly string Sql = $"""
        UPDATE gh_worker_registry SET status = 'draining' WHERE worker_id = $1 AND status IN ('active', 'draining')
        RETURNING {WorkerQueries.Columns}
        """;

    [WolverinePost("/api/v1/gh/workers/{id}/drain", OperationId = "drainWorker")]
    public static async Task<IResult> Post(string id, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var command = db.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        if ((await WorkerQueries.ReadAsync(command, ct)).FirstOrDefault() is { } drained)
        {
            return Results.Ok(drained);
        }

        return (await WorkerQueries.ListAsync(db, id, ct)).FirstOrDefault() is { } worker
            ? Results.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The worker is not running.",
                Detail = $"Worker '{id}' is {worker.Status}; only an active worker can be drained.",
                Extensions = { ["code"] = "worker_not_running", ["currentStatus"] = worker.Status },
            })
            : WorkerQueries.NotFound(id).ToResult();
    }
}
