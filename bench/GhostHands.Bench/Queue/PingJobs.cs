using System.Globalization;
using Npgsql;

namespace GhostHands.Bench.Queue;

/// <summary>
/// <c>system.ping</c> jobs (no browser, no sleep): what the queue benchmarks run, so that every figure is the cost of
/// the queue itself. Inserted with plain SQL as VALET's channel 1 does (docs/contract.md).
/// </summary>
internal static class PingJobs
{
    public static readonly Guid BenchUser = Guid.Parse("00000000-0000-4000-8000-0000000be4c1");

    /// <summary>Channel 1 exactly: one INSERT naming the contract's columns, one job, one transaction.</summary>
    public const string InsertOneSql = """
        INSERT INTO gh_automation_jobs (user_id, job_type, task_description, input_data)
        VALUES ($1, 'system.ping', 'bench', '{}')
        RETURNING id
        """;

    /// <summary>
    /// A backlog in one statement; every <paramref name="targetEvery"/>-th job targeted at <paramref name="target"/>
    /// (strict affinity), interleaved with the shared ones so both kinds are spread over the whole claim order.
    /// </summary>
    public static async Task InsertBacklogAsync(NpgsqlDataSource db, int count, string? target, int targetEvery, CancellationToken ct)
    {
        await using var command = db.CreateCommand("""
            INSERT INTO gh_automation_jobs (user_id, job_type, task_description, target_worker_id)
            SELECT $1, 'system.ping', 'bench', CASE WHEN $3::text IS NOT NULL AND g % $4 = 0 THEN $3 END
            FROM generate_series(1, $2) g
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = BenchUser });
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)target ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = targetEvery });
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// The submitting client's connections. They prepare their statements, as the API's do (and as a client that
    /// inserts jobs all day should): the insert is then not re-parsed and re-planned inside each job's transaction.
    /// They are not reset when returned to the pool (<c>No Reset On Close</c>), like Graphile Worker's submitter
    /// (node-postgres' pool): otherwise, with prepared statements, Npgsql runs seven reset statements on the server
    /// ahead of each next insert, inside the submit -> start time of every job.
    /// </summary>
    public static NpgsqlDataSource ClientDataSource(string connectionString) =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxAutoPrepare = 16,
            AutoPrepareMinUsages = 2,
            NoResetOnClose = true,
        }.ConnectionString);

    /// <summary>The JSON body of <c>POST /api/v1/gh/jobs</c> for one ping.</summary>
    public static string RestBody() =>
        $$"""{"job_type":"system.ping","user_id":"{{BenchUser.ToString("D", CultureInfo.InvariantCulture)}}","task_description":"bench"}""";

    /// <summary>The JSON body of <c>POST /api/v1/gh/jobs/batch</c> with <paramref name="count"/> pings.</summary>
    public static string RestBatchBody(int count) =>
        $$"""{"jobs":[{{string.Join(',', Enumerable.Repeat(RestBody(), count))}}]}""";

    public static async Task ExecuteAsync(NpgsqlDataSource db, string sql, CancellationToken ct)
    {
        await using var command = db.CreateCommand(sql);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<T> ScalarAsync<T>(NpgsqlDataSource db, string sql, CancellationToken ct)
    {
        await using var command = db.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }
}
