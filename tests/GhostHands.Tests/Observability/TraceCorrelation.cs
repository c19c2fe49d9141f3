using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using GhostHands.Fixtures;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace GhostHands.Tests.Observability;

/// <summary>The trace context travels with the job (docs/contract.md, Envelope): one trace from POST /jobs to completion.</summary>
public sealed class WhenAJobIsTraced(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly ConcurrentQueue<Activity> apiSpans = new();
    private readonly ConcurrentQueue<Activity> workerSpans = new();
    private IHost? worker;
    private FixtureSite? site;
    private DirectoryInfo? artifacts;

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public async ValueTask DisposeAsync()
    {
        if (worker is not null)
        {
            await WorkerHosts.StopAllAsync([worker]);
        }

        if (site is not null)
        {
            await site.DisposeAsync();
        }

        artifacts?.Delete(recursive: true);
    }

    [Fact]
    public async Task The_api_request_and_the_workers_execution_share_one_trace_id()
    {
        var client = TracedClient();
        worker = await WorkerHosts.StartAsync(api.ConnectionString, "adam", services: CaptureWorkerSpans);

        var job = await (await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new { job_type = "system.ping", target_url = (string?)null, target_worker_id = "adam" })))
            .Read<Job>();
        await Eventually.Until(() => api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", job.Id),
            s => s == "completed", TimeSpan.FromSeconds(15), "the job to complete");
        var execution = await Eventually.Until(
            () => Task.FromResult(SpansOf(job.Id).FirstOrDefault(s => s.Kind == ActivityKind.Consumer)),
            span => span is not null, TimeSpan.FromSeconds(10), "the worker's span to be exported");
        var traceId = job.TraceParent!.Split('-')[1];

        Assert.Equal("job system.ping", execution!.DisplayName);
        Assert.Equal(traceId, execution.TraceId.ToHexString());
        Assert.Contains(apiSpans.ToList(), s => s.Kind == ActivityKind.Server && s.TraceId.ToHexString() == traceId
            && s.DisplayName.Contains("/api/v1/gh/jobs", StringComparison.Ordinal));
        Assert.Equal("adam", execution.GetTagItem("gh.worker_id"));
    }

    [Fact]
    public async Task Each_browser_step_of_an_apply_job_is_a_span_in_the_trace_of_the_request()
    {
        var client = TracedClient();
        site = await FixtureSite.StartAsync();
        artifacts = Directory.CreateTempSubdirectory("gh-trace-artifacts-");
        var resume = Path.Combine(artifacts.FullName, FixtureCatalog.ResumeFileName);
        await File.WriteAllBytesAsync(resume, FixtureCatalog.ResumePdf());
        worker = await WorkerHosts.StartAsync(api.ConnectionString, "browser-trace", new Dictionary<string, string?>
        {
            ["Execution:TargetAllowList"] = "loopback",
            ["Artifacts:Root"] = artifacts.FullName,
        }, CaptureWorkerSpans);
        var input = JsonNode.Parse(FixtureCatalog.ApplicantJson)!.AsObject();
        input["resumePath"] = resume;

        var job = await (await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new Dictionary<string, object?>
        {
            ["job_type"] = JobTypes.Apply,
            ["target_url"] = site.FormUrl("greenhouse-single-page").ToString(),
            ["input_data"] = input,
            ["target_worker_id"] = "browser-trace",
            ["max_retries"] = 0,
        }))).Read<Job>();
        await Eventually.Until(() => api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", job.Id),
            s => s is "completed" or "failed" or "paused", TimeSpan.FromSeconds(60), "the apply job to finish");
        // The job's span ends last, once its completion is written.
        var spans = await Eventually.Until(() => Task.FromResult(SpansOf(job.Id)), s => s.Any(span => span.DisplayName == "job apply"),
            TimeSpan.FromSeconds(10), "the job's span to be exported");
        var traceId = job.TraceParent!.Split('-')[1];

        Assert.Equal("completed", await api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", job.Id));
        var execution = Assert.Single(spans, s => s.DisplayName == "job apply");
        var steps = spans.Where(s => s.DisplayName.StartsWith("browser ", StringComparison.Ordinal)).ToList();
        Assert.Superset(
            new HashSet<string> { "open_context", "navigate", "wait_for_form", "fill_fields", "upload", "submit", "confirmation_check", "screenshot" },
            steps.Select(s => (string)s.GetTagItem("gh.step")!).ToHashSet());
        Assert.All(spans, s => Assert.Equal(traceId, s.TraceId.ToHexString()));
        var byId = spans.ToDictionary(s => s.SpanId);
        Assert.All(steps, s => Assert.True(DescendsFrom(s, execution, byId), $"{s.DisplayName} is not inside the job's span"));
        Assert.Equal(execution.SpanId, Assert.Single(spans, s => s.DisplayName == "job complete").ParentSpanId);
        Assert.Contains(apiSpans.ToList(), s => s.Kind == ActivityKind.Server && s.TraceId.ToHexString() == traceId);
    }

    private HttpClient TracedClient()
    {
        var client = api.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new Capture(apiSpans)))))
            .CreateClient();
        client.DefaultRequestHeaders.Add("X-GH-Service-Key", ApiFactory.ServiceSecret);
        return client;
    }

    private void CaptureWorkerSpans(IServiceCollection services) =>
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new Capture(workerSpans)));

    /// <summary>Activity listeners are process-wide, so other tests' spans arrive here too: this job's, by its id.</summary>
    private List<Activity> SpansOf(Guid jobId) =>
        [.. workerSpans.ToList().Where(s => s.GetTagItem("gh.job_id")?.ToString() == jobId.ToString())];

    private static bool DescendsFrom(Activity span, Activity ancestor, Dictionary<ActivitySpanId, Activity> byId)
    {
        for (var parent = span.ParentSpanId; parent != default; parent = byId.TryGetValue(parent, out var p) ? p.ParentSpanId : default)
        {
            if (parent == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Collects ended spans; thread-safe, since spans end on many threads at once.</summary>
    private sealed class Capture(ConcurrentQueue<Activity> spans) : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data) => spans.Enqueue(data);
    }
}
