using GhostHands.Jobs.Handling;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GhostHands.Tests.Routing;

/// <summary>
/// A worker claims and starts a job in one transaction and registers it a moment after that commits. A cancel can
/// commit in that moment, and its notification can reach the worker before the registration.
/// </summary>
public sealed class WhenACancellationMeetsTheClaim(PostgresServer postgres) : WorkersOnOwnDatabase(postgres)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Db.Execute(RecordingHandler.CreateTable);
        // Plays the client who cancels the instant the job starts: in the claiming transaction itself, so the cancel
        // commits together with the claim and its notification arrives as the claim's answer does.
        await Db.Execute("""
            CREATE FUNCTION test_cancel_on_start() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE gh_automation_jobs SET status = 'cancelled', completed_at = now() WHERE id = NEW.id;
                RETURN NULL;
            END;
            $$;
            CREATE TRIGGER test_cancel_on_start AFTER UPDATE OF status ON gh_automation_jobs FOR EACH ROW
                WHEN (NEW.status = 'running' AND NEW.input_data ? 'cancel_on_start') EXECUTE FUNCTION test_cancel_on_start();
            """);
        await Db.Execute("UPDATE gh_queue_control SET paused = true");
        // One slot, and no polling: the resume notification, which follows any notification sent before it on the
        // same connection, is what makes adam claim.
        Workers.Add(await WorkerHosts.StartAsync(ConnectionString, "adam",
            new Dictionary<string, string?> { ["Worker:MaxConcurrentJobs"] = "1", ["Worker:PollInterval"] = "00:00:30" },
            services => services.AddSingleton<IJobHandler, RecordingHandler>()));
        // The notifications below mean something only if adam hears them: its LISTEN connection opens after start-up.
        await Eventually.Until(
            () => Db.Scalar<long>("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'LISTEN gh%' AND state = 'idle' AND datname = current_database()"),
            n => n > 0, TimeSpan.FromSeconds(20), "adam's LISTEN connection");
    }

    [Fact]
    public async Task A_job_cancelled_as_it_is_claimed_never_has_its_handler_run()
    {
        var job = await Db.InsertJob(RecordingHandler.Type, inputData: """{"cancel_on_start": true}""");
        // The cancel's own notification comes at commit, usually after adam has registered the job. This copy arrives
        // first for certain, as the real one may: adam cannot tell it from the real one and must not run the job.
        await Db.Execute("SELECT pg_notify('gh_job_cancelled', $1::text)", job);
        await Db.Execute("UPDATE gh_queue_control SET paused = false");

        // The only slot frees when the cancelled attempt has ended; a job inserted afterwards can then run.
        var next = await Db.InsertJob(RecordingHandler.Type);
        await Eventually.Until(() => Db.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", next),
            s => s == "completed", TimeSpan.FromSeconds(20), "the next job to complete");

        Assert.Equal("cancelled", await Db.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", job));
        Assert.Equal(0L, await Db.Scalar<long>("SELECT count(*) FROM test_executions WHERE job_id = $1", job));
    }

    [Fact]
    public async Task A_cancel_notification_from_before_the_claim_does_not_stop_the_attempt_it_does_not_concern()
    {
        // As after a cancel and a retry: the notification is old news by the time adam claims the job again.
        var job = await Db.InsertJob(RecordingHandler.Type);
        await Db.Execute("SELECT pg_notify('gh_job_cancelled', $1::text)", job);
        await Db.Execute("UPDATE gh_queue_control SET paused = false");

        await Eventually.Until(() => Db.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", job),
            s => s == "completed", TimeSpan.FromSeconds(20), "the job to complete");

        Assert.Equal(1L, await Db.Scalar<long>("SELECT count(*) FROM test_executions WHERE job_id = $1", job));
    }
}
