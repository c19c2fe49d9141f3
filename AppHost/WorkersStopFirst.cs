using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GhostHands.AppHost;

/// <summary>
/// On Ctrl-C, stops the workers (every resource marked <see cref="RestartOnCrashAnnotation"/>) and waits until they have
/// exited, before the orchestrator tears down the rest. Left to the orchestrator, every process is stopped at once:
/// PostgreSQL goes away while a worker is still handing its unfinished jobs back, and those jobs stay <c>running</c>
/// until the rescuer finds them.
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
        if (workers.Count == 0)
        {
            return;
        }

        LogStopping(string.Join(' ', workers.Select(w => w.Name)));
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        await Task.WhenAll(workers.Select(worker => StopOneAsync(worker, budget.Token)));
    }

    private async Task StopOneAsync(IResource worker, CancellationToken cancellationToken)
    {
        try
        {
            var result = await commands.ExecuteCommandAsync(worker, KnownResourceCommands.StopCommand, cancellationToken);
            if (!result.Success)
            {
                LogNotStopped(worker.Name, result.Message);
                return;
            }

            await notifications.WaitForResourceAsync(worker.Name, KnownResourceStates.TerminalStates, cancellationToken);
            LogStopped(worker.Name);
        }
        catch (OperationCanceledException)
        {
            LogNotStopped(worker.Name, $"still running after {Budget.TotalSeconds} s");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping {Workers} first: they hand their unfinished jobs back")]
    private partial void LogStopping(string workers);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Worker} stopped")]
    private partial void LogStopped(string worker);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Worker} was not stopped before the rest: {Reason}")]
    private partial void LogNotStopped(string worker, string? reason);
}
