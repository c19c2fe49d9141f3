using System.Net;
using GhostHands.Routing.Registry;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;

namespace GhostHands.Tests.Routing;

public sealed class WhenTheQueueIsPaused(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();
    private readonly List<IHost> workers = [];

    public async ValueTask InitializeAsync()
    {
        await api.ResetAsync();
        await api.DataSource.Execute("UPDATE gh_queue_control SET paused = false, reason = NULL");
    }

    public async ValueTask DisposeAsync()
    {
        await WorkerHosts.StopAllAsync(workers);
        await api.DataSource.Execute("UPDATE gh_queue_control SET paused = false, reason = NULL");
    }

    [Fact]
    public async Task No_worker_claims_until_it_resumes_and_no_job_is_lost()
    {
        workers.Add(await WorkerHosts.StartAsync(api.ConnectionString, "adam", new Dictionary<string, string?> { ["Worker:PollInterval"] = "00:00:00.200" }));

        var paused = await (await client.PostJson("/api/v1/gh/queue/pause", new { reason = "incident 42" })).Read<QueueState>();
        var job = await api.DataSource.InsertJob();
        // Two heartbeats later adam has certainly seen the job (notification, polls) and the pause.
        var pausedAt = await api.DataSource.Scalar<DateTime>("SELECT now()::timestamp");
        await Eventually.Until(() => api.DataSource.Scalar<long>(
                "SELECT count(*) FROM gh_worker_registry WHERE worker_id = 'adam' AND last_heartbeat > $1::timestamp + interval '1 second'", pausedAt),
            n => n == 1, TimeSpan.FromSeconds(10), "two heartbeats from adam");
        var whilePaused = await api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", job);

        var resumed = await (await client.PostAsync("/api/v1/gh/queue/resume", null)).Read<QueueState>();
        await Eventually.Until(() => api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", job),
            s => s == "completed", TimeSpan.FromSeconds(10), "the job to run after resuming");

        Assert.True(paused.Paused);
        Assert.Equal("incident 42", paused.Reason);
        Assert.Equal("pending", whilePaused);
        Assert.False(resumed.Paused);
        Assert.False((await client.GetFromJson<QueueState>("/api/v1/gh/queue")).Paused);
    }

    [Fact]
    public async Task Pausing_needs_the_service_key()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.CreateClient().PostAsync("/api/v1/gh/queue/pause", null)).StatusCode);
    }
}
