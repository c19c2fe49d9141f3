using GhostHands.Routing.Pickup;
using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Routing;

/// <summary>
/// A burst of new jobs right after the table was analyzed, when nothing was pending and nothing was targeted: the
/// statistics say no row is pending, as they do in production until autovacuum catches up. Without care the planner
/// then reads the worker's own jobs through a status index (idx_gh_jobs_open since migration 018) and a sort, i.e. every pending row per claim.
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
        var plan = await ClaimPlanAsync(genericPlan: false);

        Assert.Contains("idx_gh_jobs_pending_targeted", plan);
        Assert.Contains("idx_gh_jobs_pending_shared", plan);
        Assert.Contains("idx_gh_jobs_pending_flexible", plan);
        Assert.DoesNotContain("idx_gh_jobs_open", plan);
        Assert.DoesNotContain("\"Node Type\": \"Sort\"", plan);
    }

    [Fact]
    public async Task The_claim_keeps_the_plan_once_PostgreSQL_switches_to_a_generic_one()
    {
        // PL/pgSQL keeps the claim's plan on the connection; after a few runs it may be planned once for any arguments.
        var plan = await ClaimPlanAsync(genericPlan: true);

        Assert.Contains("idx_gh_jobs_pending_targeted", plan);
        Assert.Contains("idx_gh_jobs_pending_shared", plan);
        Assert.DoesNotContain("idx_gh_jobs_open", plan);
        Assert.DoesNotContain("\"Node Type\": \"Sort\"", plan);
    }

    /// <summary>
    /// The plans of the statements inside gh_claim_jobs as it runs for the worker, called exactly as the worker calls
    /// it: auto_explain sends them to this connection as notices.
    /// </summary>
    private async Task<string> ClaimPlanAsync(bool genericPlan)
    {
        await using var connection = await Db.OpenConnectionAsync();
        var plans = new List<string>();
        connection.Notice += (_, e) => plans.Add(e.Notice.MessageText);
        await using (var setup = new NpgsqlCommand("""
            LOAD 'auto_explain';
            SET auto_explain.log_min_duration = 0;
            SET auto_explain.log_nested_statements = on;
            SET auto_explain.log_format = json;
            SET auto_explain.log_level = notice;
            """, connection))
        {
            await setup.ExecuteNonQueryAsync();
        }

        if (genericPlan)
        {
            await using var generic = new NpgsqlCommand("SET plan_cache_mode = force_generic_plan", connection);
            await generic.ExecuteNonQueryAsync();
        }

        await using var claim = new NpgsqlCommand(ClaimJobs.Sql, connection);
        claim.Parameters.Add(new NpgsqlParameter { Value = "adam" });
        claim.Parameters.Add(new NpgsqlParameter { Value = 8 });
        claim.Parameters.Add(new NpgsqlParameter { Value = TimeSpan.FromSeconds(30) });
        var claimed = 0;
        await using (var reader = await claim.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                claimed++;
            }
        }

        Assert.Equal(8, claimed);
        Assert.NotEmpty(plans);
        return string.Join("\n", plans);
    }
}
