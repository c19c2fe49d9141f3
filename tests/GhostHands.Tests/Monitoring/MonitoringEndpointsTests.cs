using System.Net;
using System.Text.Json.Nodes;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;

namespace GhostHands.Tests.Monitoring;

public sealed class WhenOperatorsReadMonitoring(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly List<IHost> workers = [];

    public async ValueTask InitializeAsync()
    {
        await api.ResetAsync();
        await api.DataSource.Execute("TRUNCATE gh_worker_registry");
    }

    public async ValueTask DisposeAsync() => await WorkerHosts.StopAllAsync(workers);

    [Fact]
    public async Task Metrics_parse_as_prometheus_text_and_include_every_seed_metric()
    {
        workers.Add(await WorkerHosts.StartAsync(api.ConnectionString, "adam"));
        var done = await api.DataSource.InsertJob(target: "adam");
        await api.DataSource.InsertJob(target: "sarah");
        await Eventually.Until(() => api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", done),
            s => s == "completed", TimeSpan.FromSeconds(10), "a job to complete");
        await api.CreateAuthenticatedClient().GetAsync("/api/v1/gh/jobs");

        var response = await api.CreateClient().GetAsync("/monitoring/metrics");
        var (types, samples) = PrometheusParser.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        string[] expected =
        [
            "gh_queue_depth", "gh_job_completion_rate", "gh_job_duration_seconds", "gh_job_duration_p95_seconds",
            "gh_job_heartbeat_staleness_seconds", "gh_api_request_duration_seconds", "gh_api_request_duration_p99_seconds",
            "gh_job_llm_cost_cents", "gh_job_errors_last_hour", "gh_worker_jobs_completed_total", "gh_worker_current_jobs",
        ];
        Assert.All(expected, name => Assert.Contains(name, types.Keys));
        Assert.Contains(samples, s => s.Name == "gh_queue_depth" && s.Labels["status"] == "pending" && s.Labels["target_worker"] == "sarah" && s.Value == 1);
        Assert.Contains(samples, s => s.Name == "gh_worker_jobs_completed_total" && s.Labels["worker"] == "adam" && s.Value == 1);
        Assert.Contains(samples, s => s.Name == "gh_job_duration_seconds_count" && s.Value == 1);
        Assert.Contains(samples, s => s.Name == "gh_api_request_duration_seconds_count" && s.Value >= 1);
    }

    [Fact]
    public async Task Deep_health_reports_each_check_and_is_open()
    {
        workers.Add(await WorkerHosts.StartAsync(api.ConnectionString, "sarah"));

        var health = await api.CreateClient().GetFromJson<JsonObject>("/monitoring/health");

        Assert.Equal("healthy", (string?)health["status"]);
        Assert.Equal("healthy", (string?)health["checks"]!["database"]!["status"]);
        Assert.Equal("healthy", (string?)health["checks"]!["migrations"]!["status"]);
        Assert.Equal(1, (int?)health["checks"]!["workers"]!["fresh"]);
    }

    [Fact]
    public async Task Alerts_fire_on_seed_thresholds_such_as_a_stale_heartbeat()
    {
        var stuck = await api.DataSource.InsertJob();
        await api.DataSource.Execute(
            "UPDATE gh_automation_jobs SET status = 'running', worker_id = 'gone', started_at = now(), last_heartbeat = now() - interval '3 minutes' WHERE id = $1",
            stuck);

        var alerts = await api.CreateClient().GetFromJson<JsonObject>("/monitoring/alerts");

        Assert.Equal("firing", (string?)alerts["status"]);
        var staleness = alerts["alerts"]!.AsArray().Single(a => (string?)a!["name"] == "heartbeat_staleness")!;
        Assert.True((bool)staleness["firing"]!);
        Assert.False((bool)alerts["alerts"]!.AsArray().Single(a => (string?)a!["name"] == "queue_depth")!["firing"]!);
    }
}
