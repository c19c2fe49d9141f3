using GhostHands.Jobs;
using GhostHands.Recovery;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GhostHands.Tests.Recovery;

public sealed class WhenARecurringJobIsDeclared(PostgresServer postgres) : WorkersOnOwnDatabase(postgres)
{
    private static readonly RecurringJob Nightly = new("nightly-ping", "0 3 * * *", new CreateJobParams
    {
        JobType = "system.ping",
        UserId = JobJson.UserId.ToString(),
    });


    [Fact]
    public async Task Firing_the_same_instant_twice_creates_its_run_once()
    {
        var at = new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

        await Fire(at);
        await Fire(at);

        Assert.Equal(
            ["recurring:nightly-ping:20261124T030000Z", "recurring:nightly-ping:20261125T030000Z"],
            await Db.Rows("SELECT idempotency_key FROM gh_automation_jobs ORDER BY scheduled_at", r => r.GetString(0)));
    }

    [Fact]
    public async Task After_a_restart_the_next_firing_also_creates_a_run_missed_meanwhile_but_nothing_older()
    {
        await Fire(new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero));

        // Down from the 21st to the 25th: the run of the 24th is caught up, the 21st to 23rd are not back-filled.
        await Fire(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero));

        Assert.Equal(
            ["20261119", "20261120", "20261124", "20261125"],
            await Db.Rows("SELECT to_char(scheduled_at AT TIME ZONE 'UTC', 'YYYYMMDD') FROM gh_automation_jobs ORDER BY scheduled_at", r => r.GetString(0)));
    }

    [Fact]
    public async Task A_running_stack_creates_and_runs_each_scheduled_instant()
    {
        Workers.Add(await WorkerHosts.StartAsync(ConnectionString, "adam", new Dictionary<string, string?>
        {
            ["Recurring:Jobs:0:Name"] = "tick",
            ["Recurring:Jobs:0:Cron"] = "* * * * * *",
            ["Recurring:Jobs:0:Job:job_type"] = "system.ping",
            ["Recurring:Jobs:0:Job:user_id"] = JobJson.UserId.ToString(),
            ["Worker:PollInterval"] = "00:00:00.200",
        }));

        await Eventually.Until(
            () => Db.Scalar<long>("SELECT count(*) FROM gh_automation_jobs WHERE idempotency_key LIKE 'recurring:tick:%' AND status = 'completed'"),
            n => n >= 2, TimeSpan.FromSeconds(60), "two recurring runs to complete");

        Assert.Equal(0L, await Db.Scalar<long>("""
            SELECT count(*) FROM (SELECT scheduled_at FROM gh_automation_jobs GROUP BY scheduled_at HAVING count(*) > 1) d
            """));
    }

    [Theory]
    [InlineData("Bad Name", "0 3 * * *", "system.ping", "Name")]
    [InlineData("ok", "every night", "system.ping", "Cron")]
    [InlineData("ok", "0 3 * * *", "teleport", "job_type")]
    public void A_bad_declaration_is_a_startup_error_naming_what_is_wrong(string name, string cron, string jobType, string mentioned)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Recurring:Jobs:0:Name"] = name,
            ["Recurring:Jobs:0:Cron"] = cron,
            ["Recurring:Jobs:0:Job:job_type"] = jobType,
            ["Recurring:Jobs:0:Job:user_id"] = JobJson.UserId.ToString(),
        }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => RecurringJobs.Read(configuration));

        Assert.Contains(mentioned, error.Message);
    }

    private Task Fire(DateTimeOffset at) =>
        EnqueueRecurringJobHandler.Handle(new EnqueueRecurringJob(Nightly.Name, at), [Nightly], Db,
            NullLogger<EnqueueRecurringJob>.Instance, CancellationToken.None);
}
