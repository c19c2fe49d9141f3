using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Database;

/// <summary>
/// Since migration 018 only idempotency keys are indexed (jobs without one add no entry to the unique index at any
/// write); a key stays unique whichever channel inserts it.
/// </summary>
public sealed class WhenJobsCarryIdempotencyKeys(PostgresServer postgres)
{
    private const string Insert = "INSERT INTO gh_automation_jobs (user_id, job_type, idempotency_key) VALUES (gen_random_uuid(), 'system.ping', $1)";

    [Fact]
    public async Task A_plain_insert_of_a_taken_key_is_refused()
    {
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());
        await ExecuteAsync(db, Insert, "order-17");

        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(db, Insert, "order-17"));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    [Fact]
    public async Task Jobs_without_a_key_never_conflict()
    {
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());

        await ExecuteAsync(db, Insert, null);
        await ExecuteAsync(db, Insert, null);

        await using var count = db.CreateCommand("SELECT count(*) FROM gh_automation_jobs WHERE idempotency_key IS NULL");
        Assert.Equal(2L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task An_insert_naming_the_index_predicate_skips_a_taken_key()
    {
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());
        await ExecuteAsync(db, Insert, "order-18");

        var inserted = await ExecuteAsync(db, Insert + " ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING", "order-18");

        Assert.Equal(0, inserted);
    }

    private static async Task<int> ExecuteAsync(NpgsqlDataSource db, string sql, string? key)
    {
        await using var command = db.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)key ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        return await command.ExecuteNonQueryAsync();
    }
}
