using System.Diagnostics;
using GhostHands.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Trace;

namespace GhostHands.Tests.Observability;

/// <summary>
/// A process that stops sends its last telemetry within its own stop, every signal at once, so a collector that does not
/// answer holds it for one short budget rather than once per signal during disposal (past the orchestrator's grace period).
/// </summary>
public sealed class WhenAProcessStops
{
    [Fact]
    public async Task Its_traces_and_logs_are_flushed_together_before_the_host_has_stopped()
    {
        // Each flush waits for the other to begin, as it would wait on a collector that does not answer.
        using var bothFlushing = new CountdownEvent(2);
        var traces = new StuckFlush<Activity>(bothFlushing);
        var logs = new StuckFlush<LogRecord>(bothFlushing);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.AddServiceDefaults();
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(traces));
        builder.Services.ConfigureOpenTelemetryLoggerProvider(logging => logging.AddProcessor(logs));
        using var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);

        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.True(traces.Flushed, "Traces were not flushed by the stop, or not while logs were.");
        Assert.True(logs.Flushed, "Logs were not flushed by the stop, or not while traces were.");
    }

    private sealed class StuckFlush<T>(CountdownEvent bothFlushing) : BaseProcessor<T>
    {
        public bool Flushed { get; private set; }

        protected override bool OnShutdown(int timeoutMilliseconds)
        {
            bothFlushing.Signal();
            Flushed = bothFlushing.Wait(timeoutMilliseconds);
            return Flushed;
        }
    }
}
