using GhostHands.Routing.Pickup;
using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Routing;

/// <summary>
/// A burst of new jobs right after the table was analyzed, when nothing was pending and nothing was targeted: the
/// statistics say no row is pending, as they do in production until autovacuum catches up. Without care the planner
/// then reads the worker's own jobs through idx_gh_jobs_status_created and a sort, i.e. every pending row per claim.
/// </summary>
public sealed class WhenStatisticsLagBehindABurstOfJobs(PostgresServer postgres) : WorkersOnOwnDatabase(postgres)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Db.Execute("""
            INSERT INTO gh_automation_jobs (user_id, job_type, status, worker_id, last_heartbeat, started_at, completed_at)
            SELECT gen_random_uuid(), 'system.ping', 'completed', 'adam', now(), now(), now() FROM generate_series(1, 2000)
            """);
        await Db.Execute("ANALYZE gh_automation_jobs");
        await Db.Execute("""
            INSERT INTO gh_automation_jobs (user_id, job_type, target_worker_id)
            SELECT gen_random_uuid(), 'system.ping', CASE WHEN g % 10 = 0 THEN 'sarah' END FROM generate_series(1, 5000) g
            """);
    }

    [Fact]
    public async Task The_claim_reads_each_group_from_its_partial_index_in_claim_order()
    {
        var plan = await ExplainClaimAsync();

        Assert.Contains("idx_gh_jobs_pending_targeted", plan);
        Assert.Contains("idx_gh_jobs_pending_shared", plan);
        Assert.Contains("idx_gh_jobs_pending_flexible", plan);
        Assert.DoesNotContain("idx_gh_jobs_status_created", plan);
        Assert.DoesNotContain("\"Node Type\": \"Sort\"", plan);
    }

    [Fact]
    public async Task A_prepared_claim_keeps_the_plan_once_PostgreSQL_switches_to_a_generic_one()
    {
        // Npgsql prepares the claim (Max Auto Prepare); after a few runs PostgreSQL may plan it once for any parameters.
        await using var connection = await Db.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(ClaimJobs.PinPlanSql));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT set_config('plan_cache_mode', 'force_generic_plan', true)"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("PREPARE claim(text, int, interval) AS " + ClaimJobs.Sql));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("EXPLAIN (FORMAT JSON) EXECUTE claim('adam', 8, '30 seconds')"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("DEALLOCATE claim"));
        string plan;
        await using (var reader = await batch.ExecuteReaderAsync())
        {
            await reader.NextResultAsync();
            await reader.NextResultAsync();
            await reader.ReadAsync();
            plan = reader.GetString(0);
        }

        Assert.Contains("idx_gh_jobs_pending_targeted", plan);
        Assert.DoesNotContain("idx_gh_jobs_status_created", plan);
        Assert.DoesNotContain("\"Node Type\": \"Sort\"", plan);
    }

    [Fact]
    public async Task The_start_finds_what_the_claim_took_through_the_claimed_index()
    {
        var plan = await ExplainAsync(ClaimJobs.StartSql, "adam");

        Assert.Contains("idx_gh_jobs_claimed", plan);
    }

    private Task<string> ExplainClaimAsync() => ExplainAsync(ClaimJobs.Sql, "adam", 8, TimeSpan.FromSeconds(30));

    /// <summary>A plan made exactly as the worker makes it: in the same batch, with the same parameters.</summary>
    private async Task<string> ExplainAsync(string sql, params object[] parameters)
    {
        await using var connection = await Db.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(ClaimJobs.PinPlanSql));
        var explain = new NpgsqlBatchCommand("EXPLAIN (FORMAT JSON) " + sql);
        foreach (var parameter in parameters)
        {
            explain.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        batch.BatchCommands.Add(explain);
        await using var reader = await batch.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return reader.GetString(0);
    }
}
