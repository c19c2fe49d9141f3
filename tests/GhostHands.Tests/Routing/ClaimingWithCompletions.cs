using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Routing;

/// <summary>
/// A busy worker claims the next jobs in the transaction that records the last ones completed, so a slot passes from
/// a finished job to the next without a round trip of its own: the next job's <c>started_at</c> is the very
/// <c>now()</c> of the completion before it, and both status changes are still events.
/// </summary>
public sealed class WhenAOneSlotWorkerWorksThroughABacklog(PostgresServer postgres) : WorkersOnOwnDatabase(postgres)
{
    [Fact]
    public async Task Each_next_job_starts_in_the_transaction_that_completed_the_one_before()
    {
        await Db.Execute("""
            INSERT INTO gh_automation_jobs (user_id, job_type, created_at)
            SELECT gen_random_uuid(), 'system.ping', now() + g * interval '1 ms' FROM generate_series(1, 5) g
            """);
        Workers.Add(await WorkerHosts.StartAsync(ConnectionString, "adam", new Dictionary<string, string?> { ["Worker:MaxConcurrentJobs"] = "1" }));

        await Eventually.Until(
            () => Db.Scalar<long>("SELECT count(*) FROM gh_automation_jobs WHERE status = 'completed'"),
            n => n == 5, TimeSpan.FromSeconds(30), "all 5 jobs to complete");

        var jobs = await Db.Rows(
            "SELECT id, started_at, completed_at, attempt FROM gh_automation_jobs ORDER BY created_at",
            r => (Id: r.GetGuid(0), Started: r.GetDateTime(1), Completed: r.GetDateTime(2), Attempt: r.GetInt32(3)));
        Assert.All(jobs, j => Assert.Equal(1, j.Attempt));
        for (var i = 1; i < jobs.Count; i++)
        {
            Assert.Equal(jobs[i - 1].Completed, jobs[i].Started);
        }

        Assert.Equal(10L, await Db.Scalar<long>("""
            SELECT count(*) FROM gh_job_events
            WHERE event_type = 'status_changed' AND (from_status, to_status) IN (('pending', 'running'), ('running', 'completed'))
            """));
    }
}
