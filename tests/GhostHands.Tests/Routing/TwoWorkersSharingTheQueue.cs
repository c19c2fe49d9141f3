using GhostHands.Jobs.Handling;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace GhostHands.Tests.Routing;

public sealed class WhenTwoWorkersShareTheQueue(PostgresServer postgres) : WorkersOnOwnDatabase(postgres)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Db.Execute(RecordingHandler.CreateTable);
        foreach (var name in new[] { "adam", "sarah" })
        {
            Workers.Add(await WorkerHosts.StartAsync(ConnectionString, name,
                new Dictionary<string, string?> { ["Worker:MaxConcurrentJobs"] = "8" },
                services => services.AddSingleton<IJobHandler, RecordingHandler>()));
        }
    }

    [Fact]
    public async Task A_thousand_mixed_jobs_each_run_once_targeted_ones_on_their_target()
    {
        await Db.Execute("""
            INSERT INTO gh_automation_jobs (user_id, job_type, target_worker_id, priority)
            SELECT gen_random_uuid(), 'test.record',
                   CASE g % 3 WHEN 0 THEN NULL WHEN 1 THEN 'adam' ELSE 'sarah' END, 1 + g % 10
            FROM generate_series(1, 1000) g
            """);

        await Eventually.Until(
            () => Db.Scalar<long>("SELECT count(*) FROM gh_automation_jobs WHERE status = 'completed'"),
            n => n == 1000, TimeSpan.FromSeconds(90), "all 1,000 jobs to complete");

        Assert.Equal(1000L, await Db.Scalar<long>("SELECT count(*) FROM test_executions"));
        Assert.Equal(1000L, await Db.Scalar<long>("SELECT count(DISTINCT job_id) FROM test_executions"));
        Assert.Equal(0L, await Db.Scalar<long>("""
            SELECT count(*) FROM gh_automation_jobs j JOIN test_executions e ON e.job_id = j.id
            WHERE j.target_worker_id IS NOT NULL AND e.worker_id <> j.target_worker_id
            """));
        Assert.Equal(0L, await Db.Scalar<long>("""
            SELECT count(*) FROM gh_automation_jobs j JOIN test_executions e ON e.job_id = j.id
            WHERE j.worker_id <> e.worker_id
            """));
        var sharedByWorker = await Db.Rows("""
            SELECT e.worker_id, count(*) FROM test_executions e JOIN gh_automation_jobs j ON j.id = e.job_id
            WHERE j.target_worker_id IS NULL GROUP BY e.worker_id ORDER BY 1
            """, r => (Worker: r.GetString(0), Count: r.GetInt64(1)));
        Assert.Equal(["adam", "sarah"], sharedByWorker.Select(s => s.Worker));
        Assert.Equal(333L, sharedByWorker.Sum(s => s.Count));
    }

    [Fact]
    public async Task Each_completion_is_recorded_once_in_the_registry_counters()
    {
        await Db.Execute("""
            INSERT INTO gh_automation_jobs (user_id, job_type) SELECT gen_random_uuid(), 'system.ping' FROM generate_series(1, 50)
            """);

        await Eventually.Until(
            () => Db.Scalar<long>("SELECT coalesce(sum(jobs_completed), 0)::bigint FROM gh_worker_registry"),
            n => n >= 50, TimeSpan.FromSeconds(30), "the registry to count 50 completions");

        Assert.Equal(50L, await Db.Scalar<long>("SELECT sum(jobs_completed)::bigint FROM gh_worker_registry"));
    }
}
