using Npgsql;

namespace GhostHands.Tests.Infrastructure;

/// <summary>Small helpers for reading and writing test data with plain SQL, as VALET's channel 1 does.</summary>
public static class Sql
{
    public static async Task<T> Scalar<T>(this NpgsqlDataSource db, string sql, params object[] args)
    {
        await using var command = db.CreateCommand(sql);
        foreach (var arg in args)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = arg });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<int> Execute(this NpgsqlDataSource db, string sql, params object[] args)
    {
        await using var command = db.CreateCommand(sql);
        foreach (var arg in args)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = arg });
        }

        return await command.ExecuteNonQueryAsync();
    }

    public static async Task<List<T>> Rows<T>(this NpgsqlDataSource db, string sql, Func<NpgsqlDataReader, T> read, params object[] args)
    {
        await using var command = db.CreateCommand(sql);
        foreach (var arg in args)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = arg });
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Inserts a job the way VALET's direct channel does; returns its id.</summary>
    public static Task<Guid> InsertJob(this NpgsqlDataSource db, string jobType = "system.ping", string? target = null,
        int priority = 5, string inputData = "{}", string? affinity = null) =>
        db.Scalar<Guid>(
            "INSERT INTO gh_automation_jobs (user_id, job_type, target_worker_id, priority, input_data, worker_affinity) " +
            "VALUES (gen_random_uuid(), $1, $2, $3, $4::jsonb, $5) RETURNING id",
            jobType, (object?)target ?? DBNull.Value, priority, inputData, (object?)affinity ?? DBNull.Value);
}
