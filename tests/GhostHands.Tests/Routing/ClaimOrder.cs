using GhostHands.Jobs.Handling;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace GhostHands.Tests.Routing;

public sealed class WhenAWorkerStartsOnABacklog(PostgresServer postgres) : WorkersOnOwnDatabase(postgres)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Db.Execute(RecordingHandler.CreateTable);
    }

    [Fact]
    public async Task It_runs_its_targeted_jobs_first_then_by_priority_then_oldest()
    {
        int[] priorities = [5, 1, 9, 1, 3, 10, 5, 2];
        var shared = new List<Guid>();
        foreach (var priority in priorities)
        {
            shared.Add(await Db.InsertJob(RecordingHandler.Type, priority: priority));
        }

        var targeted = await Db.InsertJob(RecordingHandler.Type, target: "adam", priority: 10);
        var otherWorkers = await Db.InsertJob(RecordingHandler.Type, target: "sarah", priority: 1);

        Workers.Add(await StartAdam(slots: 1));
        await Eventually.Until(() => Db.Scalar<long>("SELECT count(*) FROM test_executions"), n => n == 9,
            TimeSpan.FromSeconds(30), "9 executions");

        var order = await Db.Rows("SELECT job_id FROM test_executions ORDER BY seq", r => r.GetGuid(0));
        var expectedShared = shared.Select((id, i) => (id, priority: priorities[i], i))
            .OrderBy(x => x.priority).ThenBy(x => x.i).Select(x => x.id);
        Assert.Equal([targeted, .. expectedShared], order);
        Assert.Equal("pending", await Db.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", otherWorkers));
    }

    [Fact]
    public async Task It_never_claims_more_jobs_than_it_has_slots()
    {
        for (var i = 0; i < 6; i++)
        {
            await Db.InsertJob(RecordingHandler.Type, inputData: """{"sleep_ms": 300}""");
        }

        Workers.Add(await StartAdam(slots: 2));
        var maxHeld = 0L;
        // Sampling the held count on every probe; the deadline turns a worker that never finishes into a failure.
        await Eventually.Until(async () =>
        {
            maxHeld = Math.Max(maxHeld, await Db.Scalar<long>(
                "SELECT count(*) FROM gh_automation_jobs WHERE worker_id = 'adam' AND status IN ('queued', 'running')"));
            return await Db.Scalar<long>("SELECT count(*) FROM test_executions");
        }, n => n == 6, TimeSpan.FromSeconds(30), "all 6 jobs to run");

        Assert.Equal(2L, maxHeld);
    }

    [Fact]
    public async Task A_job_type_without_a_handler_fails_at_once_with_unsupported_job_type()
    {
        var id = await Db.InsertJob("video.render");
        Workers.Add(await StartAdam(slots: 1));

        var status = await Eventually.Until(() => Db.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", id),
            s => s == "failed", TimeSpan.FromSeconds(10), "the job to fail");

        Assert.Equal("failed", status);
        Assert.Equal("unsupported_job_type", await Db.Scalar<string>("SELECT error_code FROM gh_automation_jobs WHERE id = $1", id));
        Assert.Equal(0, await Db.Scalar<int>("SELECT retry_count FROM gh_automation_jobs WHERE id = $1", id));
        Assert.Contains("video.render", await Db.Scalar<string>("SELECT status_message FROM gh_automation_jobs WHERE id = $1", id));
    }

    [Fact]
    public async Task A_preferred_job_for_an_absent_worker_runs_elsewhere_after_the_wait_but_a_strict_one_never_does()
    {
        var preferred = await Db.InsertJob(RecordingHandler.Type, target: "ghost", affinity: "preferred");
        var anyWorker = await Db.InsertJob(RecordingHandler.Type, target: "ghost", affinity: "any");
        var strict = await Db.InsertJob(RecordingHandler.Type, target: "ghost");

        Workers.Add(await StartAdam(slots: 2, new() { ["Worker:PreferredAffinityWait"] = "00:00:01", ["Worker:PollInterval"] = "00:00:00.200" }));

        await Eventually.Until(() => Db.Scalar<long>("SELECT count(*) FROM test_executions"), n => n == 2,
            TimeSpan.FromSeconds(20), "the preferred and any-affinity jobs to run");
        var executed = await Db.Rows("SELECT job_id FROM test_executions", r => r.GetGuid(0));
        Assert.Equal(new[] { preferred, anyWorker }.Order(), executed.Order());
        Assert.Equal("pending", await Db.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", strict));
    }

    private Task<IHost> StartAdam(int slots, Dictionary<string, string?>? settings = null)
    {
        settings ??= [];
        settings["Worker:MaxConcurrentJobs"] = slots.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return WorkerHosts.StartAsync(ConnectionString, "adam", settings, services => services.AddSingleton<IJobHandler, RecordingHandler>());
    }
}
