using System.Diagnostics;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;

namespace GhostHands.Tests.Observability;

/// <summary>The trace context travels with the job (seed 004 envelope): one trace from POST /jobs to completion.</summary>
public sealed class WhenAJobIsTraced(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly List<Activity> apiSpans = [];
    private readonly List<Activity> workerSpans = [];
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
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(apiSpans))))
            .CreateClient();
        client.DefaultRequestHeaders.Add("X-GH-Service-Key", ApiFactory.ServiceSecret);
        worker = await WorkerHosts.StartAsync(api.ConnectionString, "adam", services: services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(workerSpans)));

        var job = await (await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new { job_type = "system.ping", target_url = (string?)null, target_worker_id = "adam" })))
            .Read<Job>();
        await Eventually.Until(() => api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", job.Id),
            s => s == "completed", TimeSpan.FromSeconds(15), "the job to complete");
        var execution = await Eventually.Until(
            () => Task.FromResult(workerSpans.ToList().FirstOrDefault(s => s.DisplayName == "job system.ping")),
            span => span is not null, TimeSpan.FromSeconds(10), "the worker's span to be exported");

        var request = apiSpans.ToList().Single(s => s.Kind == ActivityKind.Server && s.DisplayName.Contains("/api/v1/gh/jobs", StringComparison.Ordinal));
        Assert.Equal(request.TraceId, execution!.TraceId);
        Assert.Equal(request.TraceId.ToHexString(), job.TraceParent!.Split('-')[1]);
        Assert.Equal(job.Id.ToString(), execution.GetTagItem("gh.job_id")?.ToString());
        Assert.Equal("adam", execution.GetTagItem("gh.worker_id"));
    }
}
