using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Database;

/// <summary>
/// Since migration 023 a job event has one index entry, in the primary key (job_id, id) that every reader uses: a
/// second index on gh_job_events would add an entry (and its WAL) to every event of every job.
/// </summary>
public sealed class WhenJobEventsAreWritten(PostgresServer postgres)
{
    [Fact]
    public async Task Each_event_is_indexed_once_by_job_then_id()
    {
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());

        await using var command = db.CreateCommand("""
            SELECT i.indisprimary, array_agg(a.attname ORDER BY k.ord)
            FROM pg_index i
            CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
            WHERE i.indrelid = 'gh_job_events'::regclass
            GROUP BY i.indexrelid, i.indisprimary
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var indexes = new List<(bool Primary, string[] Columns)>();
        while (await reader.ReadAsync())
        {
            indexes.Add((reader.GetBoolean(0), reader.GetFieldValue<string[]>(1)));
        }

        var index = Assert.Single(indexes);
        Assert.True(index.Primary);
        Assert.Equal(["job_id", "id"], index.Columns);
    }
}
