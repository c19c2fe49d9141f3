using System.Text;
using GhostHands.Schema;
using Microsoft.AspNetCore.Http;
using Npgsql;
using NpgsqlTypes;
using Wolverine.Http;

namespace GhostHands.Jobs.Queries;

/// <summary>
/// <c>GET /api/v1/gh/jobs</c>: newest first, filtered by <c>user_id</c>, <c>status</c> (comma-separated or repeated),
/// <c>job_type</c>, <c>worker_id</c> (alias <c>worker</c>) and <c>target_worker_id</c>; <c>limit</c> 1-100 (default 20),
/// <c>offset</c> >= 0.
/// </summary>
public static class ListJobsEndpoint
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    [WolverineGet("/api/v1/gh/jobs", OperationId = "listJobs")]
    public static async Task<IResult> Get(HttpRequest request, NpgsqlDataSource db, CancellationToken ct)
    {
        var query = request.Query;
        var errors = new Dictionary<string, string[]>();

        Guid? userId = null;
        if (query["user_id"].ToString() is { Length: > 0 } rawUser)
        {
            if (Guid.TryParse(rawUser, out var parsed))
            {
                userId = parsed;
            }
            else
            {
                errors["user_id"] = ["user_id must be a UUID."];
            }
        }

        var statuses = query["status"].SelectMany(s => (s ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        if (statuses.FirstOrDefault(s => !JobStatuses.TryParse(s, out _)) is { } unknown)
        {
            errors["status"] = [$"status '{unknown}' is not one of {string.Join(", ", JobStatuses.All)}."];
        }

        var limit = ParseInt(query["limit"], DefaultLimit, 1, MaxLimit, "limit", errors);
        var offset = ParseInt(query["offset"], 0, 0, int.MaxValue, "offset", errors);
        if (errors.Count > 0)
        {
            return JobProblems.Validation(errors).ToResult();
        }

        var where = new StringBuilder("WHERE true");
        var parameters = new List<NpgsqlParameter>();
        void Filter(string column, object value, NpgsqlDbType type, bool array = false)
        {
            parameters.Add(new NpgsqlParameter { Value = value, NpgsqlDbType = type });
            where.Append(array ? $" AND {column} = ANY(${parameters.Count})" : $" AND {column} = ${parameters.Count}");
        }

        if (userId is { } user)
        {
            Filter("user_id", user, NpgsqlDbType.Uuid);
        }

        if (statuses.Length > 0)
        {
            Filter("status", statuses, NpgsqlDbType.Array | NpgsqlDbType.Text, array: true);
        }

        if (query["job_type"].ToString() is { Length: > 0 } jobType)
        {
            Filter("job_type", jobType, NpgsqlDbType.Text);
        }

        if ((query["worker_id"].ToString() is { Length: > 0 } w ? w : query["worker"].ToString()) is { Length: > 0 } worker)
        {
            Filter("worker_id", worker, NpgsqlDbType.Text);
        }

        if (query["target_worker_id"].ToString() is { Length: > 0 } target)
        {
            Filter("target_worker_id", target, NpgsqlDbType.Text);
        }

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        var page = new NpgsqlBatchCommand(
            $"SELECT {JobRows.Columns} FROM gh_automation_jobs {where} ORDER BY created_at DESC, id LIMIT {limit} OFFSET {offset}");
        var count = new NpgsqlBatchCommand($"SELECT count(*) FROM gh_automation_jobs {where}");
        foreach (var p in parameters)
        {
            page.Parameters.Add(p.Clone());
            count.Parameters.Add(p.Clone());
        }

        batch.BatchCommands.Add(page);
        batch.BatchCommands.Add(count);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var jobs = new List<Job>();
        while (await reader.ReadAsync(ct))
        {
            jobs.Add(JobRows.Read(reader));
        }

        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        return Results.Ok(new JobPage(jobs, reader.GetInt64(0), limit, offset));
    }

    private static int ParseInt(string? raw, int fallback, int min, int max, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return fallback;
        }

        if (int.TryParse(raw, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return value;
        }

        errors[field] = [max == int.MaxValue ? $"{field} must be an integer >= {min}." : $"{field} must be an integer from {min} to {max}."];
        return fallback;
    }
}
