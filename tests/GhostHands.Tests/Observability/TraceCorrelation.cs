using System.Collections.Concurrent;
using System.Diagnostics;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace GhostHands.Tests.Observability;

/// <summary>The trace context travels with the job (seed 004 envelope): one trace from POST /jobs to completion.</summary>
public sealed class WhenAJobIsTraced(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly ConcurrentQueue<Activity> apiSpans = new();
    private readonly ConcurrentQueue<Activity> workerSpans = new();
    private IHost? worker;

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public async ValueTask DisposeAsync()
    {
        if (worker is not null)
        {
            await WorkerHosts.StopAllAsync([worker]);
        }
    }

    [Fact]
    public async Task The_api_request_and_the_workers_execution_share_one_trace_id()
    {
        var client = api.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new Capture(apiSpans)))))
            .CreateClient();
        client.DefaultRequestHeaders.Add("X-GH-Service-Key", ApiFactory.ServiceSecret);
        worker = await WorkerHosts.StartAsync(api.ConnectionString, "adam", services: services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new Capture(workerSpans))));

        var job = await (await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new { job_type = "system.ping", target_url = (string?)null, target_worker_id = "adam" })))
            .Read<Job>();
        await Eventually.Until(() => api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", job.Id),
            s => s == "completed", TimeSpan.FromSeconds(15), "the job to complete");
        // Activity listeners are process-wide, so other tests' spans arrive here too: pick this job's by its id.
        var execution = await Eventually.Until(
            () => Task.FromResult(workerSpans.ToList().FirstOrDefault(s => s.GetTagItem("gh.job_id")?.ToString() == job.Id.ToString())),
            span => span is not null, TimeSpan.FromSeconds(10), "the worker's span to be exported");
        var traceId = job.TraceParent!.Split('-')[1];

        Assert.Equal("job system.ping", execution!.DisplayName);
        Assert.Equal(traceId, execution.TraceId.ToHexString());
        Assert.Contains(apiSpans.ToList(), s => s.Kind == ActivityKind.Server && s.TraceId.ToHexString() == traceId
            && s.DisplayName.Contains("/api/v1/gh/jobs", StringComparison.Ordinal));
        Assert.Equal("adam", execution.GetTagItem("gh.worker_id"));
    }

    /// <summary>Collects ended spans; thread-safe, since spans end on many threads at once.</summary>
    private sealed class Capture(ConcurrentQueue<Activity> spans) : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data) => spans.Enqueue(data);
    }
}
