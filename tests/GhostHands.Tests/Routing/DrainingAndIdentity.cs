using System.Net;
using GhostHands.Routing;
using GhostHands.Routing.Registry;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace GhostHands.Tests.Routing;

public sealed class WhenAWorkerIsDrained(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();
    private readonly List<IHost> workers = [];

    public async ValueTask InitializeAsync()
    {
        await api.ResetAsync();
        await api.DataSource.Execute("TRUNCATE gh_worker_registry");
    }

    public async ValueTask DisposeAsync() => await WorkerHosts.StopAllAsync(workers);

    [Fact]
    public async Task It_finishes_what_it_holds_and_claims_nothing_more()
    {
        workers.Add(await WorkerHosts.StartAsync(api.ConnectionString, "adam", new Dictionary<string, string?> { ["Worker:PollInterval"] = "00:00:00.200" }));
        var held = await api.DataSource.InsertJob(target: "adam", inputData: """{"sleep_ms": 1500}""");
        await Eventually.Until(() => api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", held),
            s => s == "running", TimeSpan.FromSeconds(10), "the first job to run");

        var response = await client.PostAsync("/api/v1/gh/workers/adam/drain", null);
        var later = await api.DataSource.InsertJob(target: "adam");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("draining", (await response.Read<WorkerView>()).Status);
        await Eventually.Until(() => api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", held),
            s => s == "completed", TimeSpan.FromSeconds(10), "the held job to finish");
        // Two heartbeats after the drain, adam has seen it twice and has had every chance to claim.
        var drainedAt = await api.DataSource.Scalar<DateTime>("SELECT now()::timestamp");
        await Eventually.Until(() => api.DataSource.Scalar<long>(
                "SELECT count(*) FROM gh_worker_registry WHERE worker_id = 'adam' AND last_heartbeat > $1::timestamp + interval '1 second'", drainedAt),
            n => n == 1, TimeSpan.FromSeconds(10), "two heartbeats from adam");
        Assert.Equal("pending", await api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", later));
    }

    [Fact]
    public async Task The_workers_endpoint_lists_registered_workers_with_their_jobs()
    {
        workers.Add(await WorkerHosts.StartAsync(api.ConnectionString, "sarah"));
        var job = await api.DataSource.InsertJob(target: "sarah", inputData: """{"sleep_ms": 3000}""");
        await Eventually.Until(() => api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", job),
            s => s == "running", TimeSpan.FromSeconds(10), "the job to run");

        var list = await Eventually.Until(() => client.GetFromJson<WorkerList>("/api/v1/gh/workers"),
            l => l.Workers.Any(w => w.CurrentJobs.Contains(job)), TimeSpan.FromSeconds(10), "the heartbeat to report the job");

        var sarah = Assert.Single(list.Workers);
        Assert.Equal("sarah", sarah.WorkerId);
        Assert.Equal("active", sarah.Status);
        Assert.Equal(2, sarah.MaxConcurrentJobs);
    }

    [Fact]
    public async Task Draining_an_unknown_worker_answers_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/v1/gh/workers/nobody/drain", null)).StatusCode);
    }
}

public sealed class WhenResolvingTheWorkerId
{
    [Theory]
    [InlineData("adam")]
    [InlineData("worker-adam")]
    [InlineData("eu-west.2_a")]
    public void A_configured_id_that_fits_the_pattern_is_used_as_is(string id) =>
        Assert.Equal(id, WorkerIdentity.Resolve(Config(id)));

    [Theory]
    [InlineData("has space")]
    [InlineData("-leading-dash")]
    [InlineData("semi;colon")]
    public void A_configured_id_that_breaks_the_pattern_is_a_clear_startup_error(string id)
    {
        var error = Assert.Throws<InvalidOperationException>(() => WorkerIdentity.Resolve(Config(id)));

        Assert.Contains($"'{id}'", error.Message);
        Assert.Contains("--worker-id", error.Message);
    }

    [Fact]
    public void A_configured_id_over_100_characters_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => WorkerIdentity.Resolve(Config(new string('a', 101))));

    [Fact]
    public void Without_an_id_it_makes_one_from_the_host_name_and_a_random_suffix()
    {
        var first = WorkerIdentity.Resolve(Config(null));
        var second = WorkerIdentity.Resolve(Config(null));

        Assert.Matches("^[A-Za-z0-9][A-Za-z0-9._-]*-[0-9a-f]{6}$", first);
        Assert.NotEqual(first, second);
    }

    private static IConfiguration Config(string? id) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Worker:WorkerId"] = id }).Build();
}
