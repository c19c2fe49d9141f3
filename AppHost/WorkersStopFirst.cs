using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GhostHands.AppHost;

/// <summary>
/// On Ctrl-C, stops the workers (every resource marked <see cref="RestartOnCrashAnnotation"/>) and waits until they have
/// exited, before the orchestrator tears down the rest. Left to the orchestrator, every process is stopped at once:
/// PostgreSQL goes away while a worker is still handing its unfinished jobs back, and those jobs stay <c>running</c>
/// until the rescuer finds them. The other projects (the API) are stopped next, still before PostgreSQL: left to go
/// with it, the API spends its whole grace period retrying a database that is already gone.
/// </summary>
internal sealed partial class WorkersStopFirst(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ILogger<WorkersStopFirst> logger) : IHostedService
{
    /// <summary>
    /// What each worker gets as <c>Worker:ShutdownTimeout</c> unless configured: the orchestrator's stop gives a process
    /// only a short grace period, well under the worker's own 30 s default, so its running jobs are handed back sooner.
    /// </summary>
    public static readonly TimeSpan WorkerShutdownTimeout = TimeSpan.FromSeconds(5);

    /// <summary>How long all workers together may take to stop before the rest is torn down anyway.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var workers = model.Resources.Where(r => r.Annotations.OfType<RestartOnCrashAnnotation>().Any()).ToList();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        if (workers.Count > 0)
        {
            LogStopping(string.Join(' ', workers.Select(w => w.Name)));
            await Task.WhenAll(workers.Select(worker => StopOneAsync(worker, budget.Token)));
        }

        var projects = model.Resources.Where(r => r is ProjectResource && !workers.Contains(r)).ToList();
        await Task.WhenAll(projects.Select(project => StopOneAsync(project, budget.Token)));
    }

    private async Task StopOneAsync(IResource resource, CancellationToken cancellationToken)
    {
        try
        {
            var result = await commands.ExecuteCommandAsync(resource, KnownResourceCommands.StopCommand, cancellationToken);
            if (!result.Success)
            {
                LogNotStopped(resource.Name, result.Message);
                return;
            }

            await notifications.WaitForResourceAsync(resource.Name, KnownResourceStates.TerminalStates, cancellationToken);
            LogStopped(resource.Name);
        }
        catch (OperationCanceledException)
        {
            LogNotStopped(resource.Name, $"still running after {Budget.TotalSeconds} s");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping {Workers} first: they hand their unfinished jobs back")]
    private partial void LogStopping(string workers);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Resource} stopped")]
    private partial void LogStopped(string resource);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Resource} was not stopped before the rest: {Reason}")]
    private partial void LogNotStopped(string resource, string? reason);
}
