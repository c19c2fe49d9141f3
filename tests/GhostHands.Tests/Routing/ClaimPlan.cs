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

    /// <summary>The claim's plan, made exactly as the worker makes it: the same batch, the same parameters.</summary>
    private async Task<string> ExplainClaimAsync()
    {
        await using var connection = await Db.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(ClaimJobs.PinPlanSql));
        var explain = new NpgsqlBatchCommand("EXPLAIN (FORMAT JSON) " + ClaimJobs.Sql);
        explain.Parameters.Add(new NpgsqlParameter { Value = "adam" });
        explain.Parameters.Add(new NpgsqlParameter { Value = 8 });
        explain.Parameters.Add(new NpgsqlParameter { Value = TimeSpan.FromSeconds(30) });
        batch.BatchCommands.Add(explain);
        await using var reader = await batch.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return reader.GetString(0);
    }
}
