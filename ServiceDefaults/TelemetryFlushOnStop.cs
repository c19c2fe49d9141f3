using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GhostHands.ServiceDefaults;

/// <summary>
/// Sends what telemetry is still buffered once every other part of the process has stopped, all signals at once and
/// for at most <see cref="Budget"/>. Left to the providers' disposal, traces, metrics and logs are flushed one after the
/// other with 5 s each: a collector that is slow or going away (the dashboard while the stack stops) holds a stopped
/// process for 15 s, past the orchestrator's grace period, so it is killed instead of exiting 0. Once shut down here,
/// disposal finds nothing left to wait for.
/// </summary>
internal sealed class TelemetryFlushOnStop(IServiceProvider services) : IHostedLifecycleService
{
    /// <summary>How long a stopping process waits for its last telemetry to be sent: 2 s.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        var milliseconds = (int)Budget.TotalMilliseconds;
        // Shutdown blocks its thread until sent or out of time, so each signal gets its own; none outlives the budget.
        var shutdowns = new List<Task>();
        if (services.GetService<TracerProvider>() is { } traces)
        {
            shutdowns.Add(Task.Run(() => traces.Shutdown(milliseconds), CancellationToken.None));
        }

        if (services.GetService<MeterProvider>() is { } metrics)
        {
            shutdowns.Add(Task.Run(() => metrics.Shutdown(milliseconds), CancellationToken.None));
        }

        if (services.GetService<LoggerProvider>() is { } logs)
        {
            shutdowns.Add(Task.Run(() => logs.Shutdown(milliseconds), CancellationToken.None));
        }

        await Task.WhenAny(Task.WhenAll(shutdowns), Task.Delay(Budget, cancellationToken)).ConfigureAwait(false);
    }
}
