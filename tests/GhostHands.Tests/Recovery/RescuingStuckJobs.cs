using GhostHands.Recovery;
using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Recovery;

/// <summary>The sweep statements against a real database; the clock reading is an argument, so no waiting.</summary>
public sealed class WhenSweepingTheQueue(PostgresServer postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Threshold = TimeSpan.FromMinutes(2);
    private NpgsqlDataSource db = null!;

    public async ValueTask InitializeAsync() => db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());

    public async ValueTask DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task A_job_whose_heartbeat_is_older_than_the_threshold_goes_back_to_pending()
    {
        var id = await Claimed(retryCount: 0);
        var now = await HeartbeatOf(id) + Threshold + TimeSpan.FromSeconds(1);

        var result = await RescueStuckJobs.ExecuteAsync(db, now, Threshold, 100, "sweeper", CancellationToken.None);

        Assert.Equal(new RescueResult(1, 0), result);
        Assert.Equal("pending", await Field<string>(id, "status"));
        Assert.Equal(1, await Field<int>(id, "retry_count"));
        Assert.Null(await Field<object>(id, "worker_id") as string);
        Assert.Equal("sweeper", await Field<string>(id, "error_details->>'recovered_by'"));
        Assert.Equal("stuck_job_recovery", await Field<string>(id, "error_details->>'reason'"));
        Assert.Equal(1L, await db.Scalar<long>(
            "SELECT count(*) FROM gh_job_events WHERE job_id = $1 AND from_status = 'running' AND to_status = 'pending'", id));
    }

    [Fact]
    public async Task A_job_whose_heartbeat_is_just_inside_the_threshold_is_left_alone()
    {
        var id = await Claimed(retryCount: 0);
        var now = await HeartbeatOf(id) + Threshold - TimeSpan.FromSeconds(1);

        var result = await RescueStuckJobs.ExecuteAsync(db, now, Threshold, 100, "sweeper", CancellationToken.None);

        Assert.Equal(0, result.Total);
        Assert.Equal("running", await Field<string>(id, "status"));
    }

    [Fact]
    public async Task A_stuck_job_with_no_retries_left_fails_with_stuck_max_retries()
    {
        var id = await Claimed(retryCount: 3);
        var now = await HeartbeatOf(id) + Threshold + TimeSpan.FromSeconds(1);

        var result = await RescueStuckJobs.ExecuteAsync(db, now, Threshold, 100, "sweeper", CancellationToken.None);

        Assert.Equal(new RescueResult(0, 1), result);
        Assert.Equal("failed", await Field<string>(id, "status"));
        Assert.Equal("stuck_max_retries", await Field<string>(id, "error_code"));
        Assert.NotNull(await Field<DateTime?>(id, "completed_at"));
    }

    [Fact]
    public async Task Concurrent_sweeps_rescue_each_job_once()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(await Claimed(retryCount: 0));
        }

        var now = DateTimeOffset.UtcNow + Threshold + TimeSpan.FromMinutes(1);
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => RescueStuckJobs.ExecuteAsync(db, now, Threshold, 100, "sweeper", CancellationToken.None))));

        Assert.Equal(20, results.Sum(r => r.Total));
        Assert.Equal(20L, await db.Scalar<long>("SELECT count(*) FROM gh_automation_jobs WHERE status = 'pending' AND retry_count = 1"));
    }

    [Fact]
    public async Task A_pending_job_past_the_expiry_age_ends_expired_and_a_younger_one_does_not()
    {
        var old = await db.InsertJob();
        var now = await db.Scalar<DateTime>("SELECT created_at FROM gh_automation_jobs WHERE id = $1", old);

        var expired = await ExpireJobs.ExecuteAsync(db, new DateTimeOffset(now, TimeSpan.Zero) + TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1),
            TimeSpan.FromHours(24), 100, CancellationToken.None);
        var young = await db.InsertJob();
        var again = await ExpireJobs.ExecuteAsync(db, DateTimeOffset.UtcNow, TimeSpan.FromHours(24), 100, CancellationToken.None);

        Assert.Equal(1, expired);
        Assert.Equal(0, again);
        Assert.Equal("expired", await Field<string>(old, "status"));
        Assert.Equal("pending", await Field<string>(young, "status"));
    }

    private async Task<Guid> Claimed(int retryCount)
    {
        var id = await db.InsertJob();
        await db.Execute("""
            UPDATE gh_automation_jobs SET status = 'running', worker_id = 'adam', attempt = 1, last_heartbeat = now(),
                   started_at = now(), retry_count = $2
            WHERE id = $1
            """, id, retryCount);
        return id;
    }

    private async Task<DateTimeOffset> HeartbeatOf(Guid id) =>
        new(await db.Scalar<DateTime>("SELECT last_heartbeat FROM gh_automation_jobs WHERE id = $1", id), TimeSpan.Zero);

    private async Task<T> Field<T>(Guid id, string expression)
    {
        var value = await db.Scalar<object>($"SELECT {expression} FROM gh_automation_jobs WHERE id = $1", id);
        return value is DBNull ? default! : (T)value;
    }
}
