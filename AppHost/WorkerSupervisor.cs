using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GhostHands.AppHost;

/// <summary>Marks a resource that is started again when its process dies with a non-zero exit code.</summary>
internal sealed class RestartOnCrashAnnotation : IResourceAnnotation;

internal static class RestartOnCrashExtensions
{
    /// <summary>
    /// Starts the resource again when it crashes, while the rest of the application keeps running. A clean exit (code 0,
    /// such as a worker stopped from the dashboard after handing its jobs back) is left alone.
    /// </summary>
    public static IResourceBuilder<T> WithRestartOnCrash<T>(this IResourceBuilder<T> resource) where T : IResource
    {
        resource.ApplicationBuilder.Services.TryAddEnumerableHostedService<WorkerSupervisor>();
        resource.ApplicationBuilder.Services.TryAddEnumerableHostedService<WorkersStopFirst>();
        // The host must give the workers their whole budget to stop before it lets the orchestrator tear down the rest.
        resource.ApplicationBuilder.Services.Configure<HostOptions>(host =>
            host.ShutdownTimeout = WorkersStopFirst.Budget + TimeSpan.FromSeconds(15));
        return resource.WithAnnotation(new RestartOnCrashAnnotation());
    }

    private static void TryAddEnumerableHostedService<T>(this IServiceCollection services) where T : class, IHostedService
    {
        if (!services.Any(service => service.ImplementationType == typeof(T)))
        {
            services.AddHostedService<T>();
        }
    }
}

/// <summary>
/// Watches every resource marked <see cref="RestartOnCrashAnnotation"/> and issues the orchestrator's start command
/// when one exits with a non-zero code. Aspire itself never restarts a process. A resource that keeps crashing is
/// started again after a growing delay (1, 2, 4 ... at most 30 s), reset once it has stayed up for a minute.
/// </summary>
internal sealed partial class WorkerSupervisor(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    IHostApplicationLifetime lifetime,
    ILogger<WorkerSupervisor> logger) : BackgroundService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StableAfter = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, (int Crashes, DateTimeOffset LastStart)> history = [];
    private readonly Dictionary<string, string?> lastState = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in notifications.WatchAsync(stoppingToken))
        {
            if (!change.Resource.Annotations.OfType<RestartOnCrashAnnotation>().Any())
            {
                continue;
            }

            // Snapshots repeat; only the change into a terminal state is a crash.
            var wasTerminal = Terminal(lastState.GetValueOrDefault(change.ResourceId));
            lastState[change.ResourceId] = change.Snapshot.State?.Text;
            if (wasTerminal
                || !Terminal(change.Snapshot.State?.Text)
                || change.Snapshot.ExitCode is 0 or null
                || lifetime.ApplicationStopping.IsCancellationRequested)
            {
                continue;
            }

            var now = DateTimeOffset.UtcNow;
            var (crashes, lastStart) = history.GetValueOrDefault(change.ResourceId);
            crashes = now - lastStart > StableAfter ? 1 : crashes + 1;
            var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, crashes - 1), MaxDelay.TotalSeconds));
            history[change.ResourceId] = (crashes, now + delay);
            LogRestarting(change.Resource.Name, change.Snapshot.ExitCode.Value, delay.TotalSeconds);
            _ = RestartAsync(change.Resource, delay, stoppingToken);
        }
    }

    /// <summary>A process that ended reports Finished; Exited is what containers report.</summary>
    private static bool Terminal(string? state) => state == KnownResourceStates.Finished || state == KnownResourceStates.Exited;

    private async Task RestartAsync(IResource resource, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
            var result = await commands.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand, stoppingToken);
            if (!result.Success)
            {
                LogRestartFailed(resource.Name, result.Message);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application is stopping: nothing to restart.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Resource} exited with code {ExitCode}; starting it again in {Delay} s")]
    private partial void LogRestarting(string resource, int exitCode, double delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Resource} could not be started again: {Error}")]
    private partial void LogRestartFailed(string resource, string? error);
}
