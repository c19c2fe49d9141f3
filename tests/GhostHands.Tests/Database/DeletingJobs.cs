using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Database;

/// <summary>Since migration 019 a trigger, not a foreign key, deletes a deleted job's events; other jobs keep theirs.</summary>
public sealed class WhenAJobIsDeleted(PostgresServer postgres)
{
    [Fact]
    public async Task Its_events_go_with_it_and_no_other_job_loses_any()
    {
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());
        var gone = await db.InsertJob();
        var kept = await db.InsertJob();
        await db.Execute("UPDATE gh_automation_jobs SET status = 'cancelled', completed_at = now() WHERE id = ANY($1)", new[] { gone, kept });

        await db.Execute("DELETE FROM gh_automation_jobs WHERE id = $1", gone);

        Assert.Equal(0L, await db.Scalar<long>("SELECT count(*) FROM gh_job_events WHERE job_id = $1", gone));
        Assert.Equal(2L, await db.Scalar<long>("SELECT count(*) FROM gh_job_events WHERE job_id = $1", kept));
    }
}
