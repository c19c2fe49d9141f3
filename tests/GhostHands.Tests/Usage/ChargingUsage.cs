using GhostHands.Jobs;
using GhostHands.Jobs.Handling;
using GhostHands.Jobs.Queries;
using GhostHands.Tests.Infrastructure;
using GhostHands.Usage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GhostHands.Tests.Usage;

/// <summary>The usage ledger on a real database: every charge lands once, in the job row and in the user's month.</summary>
public sealed class WhenChargesArriveAtOnce(PostgresServer postgres) : WorkersOnOwnDatabase(postgres)
{
    private const string WorkerId = "ledger-1";
    private static readonly Guid UserId = Guid.NewGuid();

    [Fact]
    public async Task A_hundred_concurrent_charges_of_one_users_jobs_sum_exactly()
    {
        var ledger = new UsageLedger(Db);
        var jobs = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => RunningJobAsync()));

        var written = await Task.WhenAll(jobs.Select((job, i) => Task.Run(() =>
            ledger.ChargeAsync(job, new Charge(1, 100 + i, 10, 0.0125m), statedTier: "pro", default))));

        Assert.All(written, Assert.True);
        var month = await ledger.CurrentMonthAsync(UserId, default);
        Assert.Equal(100, month.ActionCount);
        Assert.Equal(Enumerable.Range(0, 100).Sum(i => 100L + i), month.InputTokens);
        Assert.Equal(1000, month.OutputTokens);
        Assert.Equal(1.25m, month.TotalCostCents);
        Assert.Equal("pro", month.Tier);
        Assert.Equal(1L, await Db.Scalar<long>("SELECT count(*) FROM gh_user_usage"));
        Assert.Equal(1.25m, await Db.Scalar<decimal>("SELECT sum(llm_cost_cents) FROM gh_automation_jobs"));
    }

    [Fact]
    public async Task A_hundred_concurrent_charges_of_one_job_sum_exactly()
    {
        var ledger = new UsageLedger(Db);
        var job = await RunningJobAsync();

        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => ledger.ChargeAsync(job, new Charge(1, 7, 3, 0.0001m), null, default))));

        var row = (await GetJobEndpoint.FindAsync(Db, job.Job.Id, default))!;
        Assert.Equal(100, row.ActionCount);
        Assert.Equal(700, row.InputTokens);
        Assert.Equal(300, row.OutputTokens);
        Assert.Equal(1000, row.TotalTokens);
        Assert.Equal(0.01m, row.LlmCostCents);
        var month = await ledger.CurrentMonthAsync(UserId, default);
        Assert.Equal((100, 700L, 300L, 0.01m), (month.ActionCount, month.InputTokens, month.OutputTokens, month.TotalCostCents));
        Assert.Equal("free", month.Tier);
    }

    [Fact]
    public async Task A_charge_from_an_attempt_that_lost_the_job_writes_nothing()
    {
        var ledger = new UsageLedger(Db);
        var job = await RunningJobAsync();
        await Db.Execute("UPDATE gh_automation_jobs SET attempt = attempt + 1 WHERE id = $1", job.Job.Id);

        var written = await ledger.ChargeAsync(job, new Charge(1, 10, 10, 1m), null, default);

        Assert.False(written);
        Assert.Equal(0, (await GetJobEndpoint.FindAsync(Db, job.Job.Id, default))!.ActionCount);
        Assert.Equal(0L, await Db.Scalar<long>("SELECT count(*) FROM gh_user_usage"));
    }

    [Fact]
    public async Task A_job_counts_once_in_its_month_however_many_attempts_start()
    {
        var ledger = new UsageLedger(Db);
        var first = await RunningJobAsync();

        Assert.True(await ledger.StartAsync(first, null, default));
        await Db.Execute("UPDATE gh_automation_jobs SET attempt = 2 WHERE id = $1", first.Job.Id);
        var second = new TestJobContext((await GetJobEndpoint.FindAsync(Db, first.Job.Id, default))!, WorkerId);
        Assert.False(await ledger.StartAsync(second, null, default));
        Assert.True(await ledger.StartAsync(await RunningJobAsync(), "starter", default));

        var month = await ledger.CurrentMonthAsync(UserId, default);
        Assert.Equal(2, month.JobCount);
        Assert.Equal("starter", month.Tier);
    }

    [Fact]
    public async Task A_new_month_starts_from_zero_with_the_users_latest_tier()
    {
        await Db.Execute("""
            INSERT INTO gh_user_usage (user_id, period_start, tier, job_count, total_cost_cents)
            VALUES ($1, (date_trunc('month', now() AT TIME ZONE 'UTC') - interval '1 month')::date, 'premium', 9, 99)
            """, UserId);
        var ledger = new UsageLedger(Db);

        var month = await ledger.CurrentMonthAsync(UserId, default);
        await ledger.ChargeAsync(await RunningJobAsync(), new Charge(1, 0, 0, 0), null, default);

        Assert.Equal(("premium", 0, 0m), (month.Tier, month.JobCount, month.TotalCostCents));
        var now = await ledger.CurrentMonthAsync(UserId, default);
        Assert.Equal(("premium", 1, 0m), (now.Tier, now.ActionCount, now.TotalCostCents));
    }

    private async Task<TestJobContext> RunningJobAsync()
    {
        var id = await Db.Scalar<Guid>("""
            INSERT INTO gh_automation_jobs (user_id, job_type, target_url, status, worker_id, attempt, started_at, last_heartbeat)
            VALUES ($1, 'apply', 'https://example.org/apply', 'running', $2, 1, now(), now()) RETURNING id
            """, UserId, WorkerId);
        return new TestJobContext((await GetJobEndpoint.FindAsync(Db, id, default))!, WorkerId);
    }
}

/// <summary>An attempt of <paramref name="job"/> on <paramref name="workerId"/>, for code that takes a <see cref="JobContext"/>.</summary>
public sealed class TestJobContext(Job job, string workerId) : JobContext
{
    public override Job Job => job;

    public override string WorkerId => workerId;

    public override CancellationToken CancellationToken => CancellationToken.None;

    public override ILogger Logger => NullLogger.Instance;

    public override Task<bool> NarrateAsync(string eventType, string message, object? metadata = null) => Task.FromResult(false);

    public override Task<bool> AddArtifactsAsync(IReadOnlyList<string> screenshotUrls, IReadOnlyList<string> artifactUrls) => Task.FromResult(false);
}
