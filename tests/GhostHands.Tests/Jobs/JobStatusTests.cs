using GhostHands.Jobs;

namespace GhostHands.Tests.Jobs;

public sealed class WhenReadingJobStatuses
{
    [Theory]
    [InlineData("pending", JobStatus.Pending, false)]
    [InlineData("queued", JobStatus.Queued, false)]
    [InlineData("running", JobStatus.Running, false)]
    [InlineData("paused", JobStatus.Paused, false)]
    [InlineData("completed", JobStatus.Completed, true)]
    [InlineData("failed", JobStatus.Failed, true)]
    [InlineData("cancelled", JobStatus.Cancelled, true)]
    [InlineData("expired", JobStatus.Expired, true)]
    public void Each_stored_value_maps_to_one_status_and_back(string stored, JobStatus status, bool terminal)
    {
        Assert.Equal(status, JobStatuses.Parse(stored));
        Assert.Equal(stored, status.ToDb());
        Assert.Equal(terminal, status.IsTerminal());
    }

    [Theory]
    [InlineData("done")]
    [InlineData("Pending")]
    [InlineData("")]
    public void An_unknown_value_is_refused(string stored)
    {
        Assert.False(JobStatuses.TryParse(stored, out _));
        Assert.Throws<FormatException>(() => JobStatuses.Parse(stored));
    }

    [Fact]
    public void The_closed_set_matches_the_table_constraint()
    {
        Assert.Equal(Enum.GetValues<JobStatus>().Length, JobStatuses.All.Count);
        var constraint = File.ReadAllText(Path.Combine(Infrastructure.RepositoryPaths.Root, "Schema/Migrations/001_create_gh_automation_jobs.sql"));
        Assert.All(JobStatuses.All, s => Assert.Contains($"'{s}'", constraint));
    }
}

/// <summary>Every transition the table allows, against the real CHECK constraints: invariants live in the schema.</summary>
public sealed class WhenTheSchemaGuardsJobInvariants(Infrastructure.PostgresServer postgres) : IAsyncLifetime
{
    private Npgsql.NpgsqlDataSource db = null!;

    public async ValueTask InitializeAsync() => db = Npgsql.NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());

    public async ValueTask DisposeAsync() => await db.DisposeAsync();

    [Theory]
    [InlineData("UPDATE gh_automation_jobs SET status = 'completed' WHERE id = $1", "gh_jobs_completed_iff_terminal")]
    [InlineData("UPDATE gh_automation_jobs SET completed_at = now() WHERE id = $1", "gh_jobs_completed_iff_terminal")]
    [InlineData("UPDATE gh_automation_jobs SET status = 'running', started_at = now() WHERE id = $1", "gh_jobs_claimed_has_owner")]
    [InlineData("UPDATE gh_automation_jobs SET status = 'running', worker_id = 'adam', last_heartbeat = now() WHERE id = $1", "gh_jobs_running_has_started")]
    [InlineData("UPDATE gh_automation_jobs SET worker_id = 'adam' WHERE id = $1", "gh_jobs_pending_has_no_owner")]
    [InlineData("UPDATE gh_automation_jobs SET status = 'done' WHERE id = $1", "gh_jobs_status_known")]
    [InlineData("UPDATE gh_automation_jobs SET priority = 0 WHERE id = $1", "gh_jobs_priority_range")]
    [InlineData("UPDATE gh_automation_jobs SET timeout_seconds = 10 WHERE id = $1", "gh_jobs_timeout_range")]
    [InlineData("UPDATE gh_automation_jobs SET target_worker_id = repeat('w', 101) WHERE id = $1", "gh_jobs_target_worker_id_length")]
    public async Task A_write_that_breaks_an_invariant_is_refused_by_its_constraint(string sql, string constraint)
    {
        var id = await Infrastructure.Sql.InsertJob(db);

        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => Infrastructure.Sql.Execute(db, sql, id));

        Assert.Equal(constraint, error.ConstraintName);
    }
}
