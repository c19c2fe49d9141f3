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
/// <para>
/// The providers are taken when the host builds this service, not at the stop: an API under a test server is stopped
/// twice at once (by the factory and by its own entry point, which disposes the host when its stop ends), so the later
/// stop can get here with the services already disposed. It then finds the providers shut down and returns at once.
/// </para>
/// </summary>
internal sealed class TelemetryFlushOnStop(IServiceProvider services) : IHostedLifecycleService
{
    /// <summary>How long a stopping process waits for its last telemetry to be sent: 2 s.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    private readonly TracerProvider? traces = services.GetService<TracerProvider>();
    private readonly MeterProvider? metrics = services.GetService<MeterProvider>();
    private readonly LoggerProvider? logs = services.GetService<LoggerProvider>();

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
        if (traces is not null)
        {
            shutdowns.Add(Task.Run(() => traces.Shutdown(milliseconds), CancellationToken.None));
        }

        if (metrics is not null)
        {
            shutdowns.Add(Task.Run(() => metrics.Shutdown(milliseconds), CancellationToken.None));
        }

        if (logs is not null)
        {
            shutdowns.Add(Task.Run(() => logs.Shutdown(milliseconds), CancellationToken.None));
        }

        await Task.WhenAny(Task.WhenAll(shutdowns), Task.Delay(Budget, cancellationToken)).ConfigureAwait(false);
    }
}
