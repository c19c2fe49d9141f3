using Npgsql;
using NpgsqlTypes;

namespace GhostHands.Recovery;

/// <summary>
/// Pending jobs that have waited longer than <see cref="RecoveryOptions.ExpirePendingAfter"/> since they became due
/// (<c>scheduled_at</c>, else <c>created_at</c>) end <c>expired</c>: a job nobody ran for a day is usually no longer
/// wanted (the posting may be gone). They can still be retried by hand.
/// </summary>
internal static class ExpireJobs
{
    private const string Sql = """
        WITH old AS (
            SELECT id FROM gh_automation_jobs
            WHERE status = 'pending' AND coalesce(scheduled_at, created_at) < $1 - $2::interval
            ORDER BY created_at
            LIMIT $3
            FOR UPDATE SKIP LOCKED
        )
        UPDATE gh_automation_jobs j
        SET status = 'expired', completed_at = now(),
            status_message = 'Expired: still pending after ' || $2::interval::text
        FROM old WHERE j.id = old.id
        """;

    public static async Task<int> ExecuteAsync(NpgsqlDataSource db, DateTimeOffset now, TimeSpan after, int batchSize, CancellationToken ct)
    {
        await using var command = db.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = after });
        command.Parameters.Add(new NpgsqlParameter { Value = batchSize });
        return await command.ExecuteNonQueryAsync(ct);
    }
}
