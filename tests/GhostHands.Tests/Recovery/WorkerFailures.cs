using System.Net;
using GhostHands.Jobs;
using GhostHands.Jobs.Handling;
using GhostHands.Jobs.Queries;
using GhostHands.Routing.Runtime;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace GhostHands.Tests.Recovery;

public sealed class WhenAJobFails(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();
    private readonly List<IHost> workers = [];

    public async ValueTask InitializeAsync()
    {
        await api.ResetAsync();
        await api.DataSource.Execute(RecordingHandler.CreateTable);
        await api.DataSource.Execute("TRUNCATE test_executions");
    }

    public async ValueTask DisposeAsync() => await WorkerHosts.StopAllAsync(workers);

    [Fact]
    public async Task A_retryable_failure_is_retried_with_backoff_until_it_becomes_a_dead_letter_with_its_history()
    {
        workers.Add(await StartWorker(new() { ["Retry:BaseDelay"] = "00:00:00.100", ["Retry:MaxDelay"] = "00:00:00.200", ["Worker:PollInterval"] = "00:00:00.100" }));
        var id = await api.DataSource.Scalar<Guid>(
            "INSERT INTO gh_automation_jobs (user_id, job_type, max_retries) VALUES (gen_random_uuid(), $1, 2) RETURNING id", FailingHandler.Type);

        await Eventually.Until(() => api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", id),
            s => s == "failed", TimeSpan.FromSeconds(20), "the job to run out of retries");

        var deadLetters = await client.GetFromJson<JobPage>("/api/v1/gh/jobs?status=failed");
        var job = Assert.Single(deadLetters.Jobs);
        Assert.Equal(2, job.RetryCount);
        Assert.Equal("network_error", job.ErrorCode);
        Assert.Equal(3, job.ErrorHistory.GetArrayLength());
        Assert.Equal([1, 2, 3], job.ErrorHistory.EnumerateArray().Select(e => e.GetProperty("attempt").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/gh/jobs/{id}/retry", null)).StatusCode);
    }

    [Fact]
    public async Task A_non_retryable_failure_fails_at_once()
    {
        workers.Add(await StartWorker());
        var id = await api.DataSource.InsertJob(inputData: """{"sleep_ms": "soon"}""");

        await Eventually.Until(() => api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", id),
            s => s == "failed", TimeSpan.FromSeconds(10), "the job to fail");

        Assert.Equal("invalid_input", await api.DataSource.Scalar<string>("SELECT error_code FROM gh_automation_jobs WHERE id = $1", id));
        Assert.Equal(0, await api.DataSource.Scalar<int>("SELECT retry_count FROM gh_automation_jobs WHERE id = $1", id));
    }

    [Fact]
    public async Task A_job_over_its_timeout_is_stopped_and_retried_with_timeout()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        workers.Add(await StartWorker(clock: clock));
        var id = await api.DataSource.Scalar<Guid>(
            "INSERT INTO gh_automation_jobs (user_id, job_type, timeout_seconds, input_data) VALUES (gen_random_uuid(), 'system.ping', 30, '{\"sleep_ms\": 600000}') RETURNING id");
        await WaitFor(id, "running");
        // The claim commits before the worker takes the job in hand (and starts its clock); move time only after that.
        var runtime = workers[^1].Services.GetServices<IHostedService>().OfType<WorkerRuntime>().Single();
        await Eventually.Until(() => Task.FromResult(runtime.RunningCount), n => n == 1, TimeSpan.FromSeconds(15), "the worker to hold the job");

        clock.Advance(TimeSpan.FromSeconds(31));

        await WaitFor(id, "pending");
        Assert.Equal("timeout", await api.DataSource.Scalar<string>("SELECT error_code FROM gh_automation_jobs WHERE id = $1", id));
        Assert.Equal(1, await api.DataSource.Scalar<int>("SELECT retry_count FROM gh_automation_jobs WHERE id = $1", id));
        Assert.True(await api.DataSource.Scalar<bool>("SELECT scheduled_at > now() FROM gh_automation_jobs WHERE id = $1", id));
    }

    [Fact]
    public async Task Cancelling_a_running_job_stops_it_within_a_second()
    {
        workers.Add(await StartWorker(new() { ["Worker:MaxConcurrentJobs"] = "1", ["Worker:PollInterval"] = "00:00:30" }));
        var slow = await api.DataSource.InsertJob(RecordingHandler.Type, inputData: """{"sleep_ms": 60000}""");
        await WaitFor(slow, "running");

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/gh/jobs/{slow}/cancel", null)).StatusCode);
        // The only slot frees when the cancelled job has stopped; a job inserted afterwards can then start.
        var next = await api.DataSource.InsertJob();
        await WaitFor(next, "completed");

        var stoppedWithinMs = await api.DataSource.Scalar<double>("""
            SELECT (extract(epoch FROM n.started_at - e.created_at) * 1000)::float8
            FROM gh_automation_jobs n, gh_job_events e
            WHERE n.id = $2 AND e.job_id = $1 AND e.to_status = 'cancelled'
            """, slow, next);
        Assert.InRange(stoppedWithinMs, 0, 1000);
        Assert.Equal("cancelled", await api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", slow));
        Assert.Equal(0L, await api.DataSource.Scalar<long>("SELECT count(*) FROM test_executions WHERE job_id = $1", slow));
    }

    [Fact]
    public async Task A_worker_that_lost_its_job_to_a_rescue_cannot_overwrite_the_new_attempt()
    {
        workers.Add(await StartWorker());
        var id = await api.DataSource.InsertJob(RecordingHandler.Type, inputData: """{"sleep_ms": 3000}""");
        await WaitFor(id, "running");

        // The sweep decides adam is dead (as it would after a long pause) and sarah claims the next attempt.
        await api.DataSource.Execute("""
            UPDATE gh_automation_jobs SET status = 'pending', worker_id = NULL, last_heartbeat = NULL, started_at = NULL WHERE id = $1;
            """, id);
        await api.DataSource.Execute("""
            UPDATE gh_automation_jobs SET status = 'running', worker_id = 'sarah', attempt = attempt + 1,
                   last_heartbeat = now(), started_at = now() WHERE id = $1
            """, id);

        // adam's next heartbeat (1 s) finds the job gone and stops its attempt; nothing it does afterwards counts.
        await Eventually.Until(() => api.DataSource.Scalar<string>("SELECT coalesce(array_to_string(current_jobs, ','), '') FROM gh_worker_registry WHERE worker_id = 'adam'"),
            jobs => !jobs.Contains(id.ToString(), StringComparison.Ordinal), TimeSpan.FromSeconds(10), "adam to let go of the job");
        // adam released the attempt (its run is gone), so nothing it does can write to the job any more.

        Assert.Equal("running", await api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", id));
        Assert.Equal("sarah", await api.DataSource.Scalar<string>("SELECT worker_id FROM gh_automation_jobs WHERE id = $1", id));
        Assert.Equal(0L, await api.DataSource.Scalar<long>("SELECT count(*) FROM test_executions WHERE job_id = $1", id));
    }

    [Fact]
    public async Task A_restarted_worker_recovers_what_its_earlier_process_held()
    {
        var id = await api.DataSource.InsertJob(target: "adam");
        await api.DataSource.Execute("""
            UPDATE gh_automation_jobs SET status = 'running', worker_id = 'adam', attempt = 1, last_heartbeat = now(), started_at = now()
            WHERE id = $1
            """, id);

        workers.Add(await StartWorker());

        await WaitFor(id, "completed");
        Assert.Equal(1, await api.DataSource.Scalar<int>("SELECT retry_count FROM gh_automation_jobs WHERE id = $1", id));
        Assert.Equal(1L, await api.DataSource.Scalar<long>(
            "SELECT count(*) FROM gh_job_events WHERE job_id = $1 AND from_status = 'running' AND to_status = 'pending'", id));
    }

    [Fact]
    public async Task The_operator_endpoint_recovers_stuck_jobs_and_reports_the_counts()
    {
        var id = await api.DataSource.InsertJob();
        await api.DataSource.Execute("""
            UPDATE gh_automation_jobs SET status = 'queued', worker_id = 'gone', last_heartbeat = now() - interval '10 minutes'
            WHERE id = $1
            """, id);

        var response = await client.PostJson("/api/v1/gh/jobs/recover-stuck", new { });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (int?)(await response.ReadObject())["requeued"]);
        Assert.Equal("manual", await api.DataSource.Scalar<string>("SELECT error_details->>'recovered_by' FROM gh_automation_jobs WHERE id = $1", id));
    }

    private Task WaitFor(Guid id, string status) =>
        Eventually.Until(() => api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", id),
            s => s == status, TimeSpan.FromSeconds(15), $"job {id} to be {status}");

    private Task<IHost> StartWorker(Dictionary<string, string?>? settings = null, TimeProvider? clock = null) =>
        WorkerHosts.StartAsync(api.ConnectionString, "adam", settings, services =>
        {
            services.AddSingleton<IJobHandler, RecordingHandler>();
            services.AddSingleton<IJobHandler, FailingHandler>();
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }
        });
}
