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

    [Fact]
    public async Task Its_stop_ends_without_error_when_its_services_were_disposed_before_the_flush()
    {
        // An API under a test server is stopped twice at once, by the factory and by its own entry point, and the entry
        // point disposes the host as soon as its stop is done: the other stop may reach the flush with the services gone.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.AddServiceDefaults();
        // Registered after the flush, so stopped before it (hosts stop their services in reverse order).
        builder.Services.AddHostedService<DisposeServicesWhenStopped>();
        using var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);

        var stop = await Record.ExceptionAsync(() => host.StopAsync(TestContext.Current.CancellationToken));

        Assert.Null(stop);
    }

    private sealed class DisposeServicesWhenStopped(IServiceProvider services) : IHostedLifecycleService
    {
        public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StoppedAsync(CancellationToken cancellationToken) => await ((IAsyncDisposable)services).DisposeAsync();
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
