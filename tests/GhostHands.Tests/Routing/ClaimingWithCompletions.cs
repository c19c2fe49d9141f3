using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Routing;

/// <summary>
/// A busy worker claims the next jobs in the transaction that records the last ones completed, so a slot passes from
/// a finished job to the next without a round trip of its own: the next job's <c>running</c> event carries the very
/// <c>now()</c> of the completion before it (one transaction), and its <c>started_at</c>, the clock as the claim
/// begins (migration 021), is no earlier than that completion nor than its own creation.
/// </summary>
public sealed class WhenAOneSlotWorkerWorksThroughABacklog(PostgresServer postgres) : WorkersOnOwnDatabase(postgres)
{
    [Fact]
    public async Task Each_next_job_is_claimed_in_the_transaction_that_completed_the_one_before()
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
            """
            SELECT j.id, j.created_at, j.started_at, j.completed_at, j.attempt,
                   (SELECT e.created_at FROM gh_job_events e WHERE e.job_id = j.id AND e.to_status = 'running'),
                   (SELECT e.created_at FROM gh_job_events e WHERE e.job_id = j.id AND e.to_status = 'completed')
            FROM gh_automation_jobs j ORDER BY j.created_at
            """,
            r => (Id: r.GetGuid(0), Created: r.GetDateTime(1), Started: r.GetDateTime(2), Completed: r.GetDateTime(3),
                Attempt: r.GetInt32(4), RunningEvent: r.GetDateTime(5), CompletedEvent: r.GetDateTime(6)));
        Assert.All(jobs, j => Assert.Equal(1, j.Attempt));
        Assert.All(jobs, j => Assert.True(j.Started >= j.Created));
        for (var i = 1; i < jobs.Count; i++)
        {
            Assert.Equal(jobs[i - 1].CompletedEvent, jobs[i].RunningEvent);
            Assert.True(jobs[i].Started >= jobs[i - 1].Completed);
        }

        Assert.Equal(10L, await Db.Scalar<long>("""
            SELECT count(*) FROM gh_job_events
            WHERE event_type = 'status_changed' AND (from_status, to_status) IN (('pending', 'running'), ('running', 'completed'))
            """));
    }
}
