using GhostHands.Recovery;
using GhostHands.Routing.Registry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GhostHands.Routing.Runtime;

/// <summary>
/// The worker process's lifecycle: registers the worker, starts the claim loop (<see cref="JobClaimer"/>), the
/// runs and their outcomes (<see cref="JobRunner"/>, <see cref="CompletionWriter"/>), heartbeats and control
/// (<see cref="HeartbeatsAndControl"/>) and cancellations (<see cref="CancellationWatch"/>).
/// On stop (SIGTERM): claims nothing more, waits up to <see cref="WorkerOptions.ShutdownTimeout"/> for running jobs,
/// then hands the unfinished ones back to <c>pending</c> with a reason.
/// </summary>
internal sealed partial class WorkerRuntime : IHostedLifecycleService
{
    private static readonly TimeSpan ForcedStopGrace = TimeSpan.FromSeconds(5);

    private readonly NpgsqlDataSource db;
    private readonly WorkerOptions options;
    private readonly string workerId;
    private readonly JobDispatcher dispatcher;
    private readonly RecoveryOptions recovery;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly JobWrites writes;
    private readonly WorkerRegistry registry;
    private readonly JobNotifications notifications;
    private readonly HeldJobs held;
    private readonly JobClaimer claimer;
    private readonly CompletionWriter completions;
    private readonly HeartbeatsAndControl heartbeats;
    private readonly CancellationTokenSource stopClaiming = new();
    private readonly CancellationTokenSource stopJobs = new();
    private readonly List<Task> loops = [];
    private Task heartbeatLoop = Task.CompletedTask;

    public WorkerRuntime(
        NpgsqlDataSource db,
        [FromKeyedServices(QueueConnections.Key)] NpgsqlDataSource queueDb,
        IOptions<WorkerOptions> options,
        JobDispatcher dispatcher,
        RetryPolicy retryPolicy,
        IOptions<RecoveryOptions> recovery,
        TimeProvider time,
        ILogger<WorkerRuntime> logger)
    {
        this.recovery = recovery.Value;
        this.db = db;
        this.options = options.Value;
        workerId = this.options.WorkerId;
        this.dispatcher = dispatcher;
        this.time = time;
        this.logger = logger;
        held = new HeldJobs(this.options.MaxConcurrentJobs);
        writes = new JobWrites(queueDb, workerId);
        registry = new WorkerRegistry(db, workerId, this.options.MaxConcurrentJobs);
        notifications = new JobNotifications(db, workerId, logger);
        completions = new CompletionWriter(this.options, held, writes, time, logger);
        heartbeats = new HeartbeatsAndControl(this.options, held, writes, time, logger);
        var cancellations = new CancellationWatch(held, writes, logger);
        var runner = new JobRunner(workerId, dispatcher, retryPolicy, held, writes, completions, time, logger);
        claimer = new JobClaimer(queueDb, this.options, held, runner, cancellations, writes, time, logger);
        notifications.JobAvailable += held.WakeForNewJob;
        notifications.Reconnected += held.WakeForWork;
        // Control changes (pause, resume, drain) sent before the LISTEN was in place are read back at once.
        notifications.Reconnected += () => _ = HeartbeatAsync();
        notifications.JobCancelled += cancellations.OnJobCancelled;
        notifications.ControlChanged += heartbeats.OnControlChanged;
    }

    /// <summary>Jobs claimed and not yet finished, for tests and diagnostics.</summary>
    public int RunningCount => held.Count;

    /// <summary>One heartbeat now (see <see cref="HeartbeatsAndControl.HeartbeatAsync"/>).</summary>
    internal Task HeartbeatAsync() => heartbeats.HeartbeatAsync();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await registry.RegisterAsync(cancellationToken);

        // Whatever an earlier process with this id still held is orphaned; and any start is a good moment to sweep.
        var orphaned = await RescueStuckJobs.ForRestartedWorkerAsync(db, time.GetUtcNow(), recovery.RescueAfter, recovery.BatchSize, workerId, cancellationToken);
        var stuck = await RescueStuckJobs.ExecuteAsync(db, time.GetUtcNow(), recovery.RescueAfter, recovery.BatchSize, $"worker:{workerId}", cancellationToken);
        if (orphaned.Total + stuck.Total > 0)
        {
            LogRescuedAtStart(orphaned.Total, stuck.Total);
        }

        var state = await writes.HeartbeatAsync([], cancellationToken);
        held.QueuePaused = state.QueuePaused;
    }

    /// <summary>
    /// Claiming begins only once every part of the process has started: a start that fails later (the database going
    /// away while messaging starts) leaves no job claimed by a process about to exit or start again.
    /// </summary>
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (options.ListenForNotifications)
        {
            loops.Add(Task.Run(() => notifications.RunAsync(stopClaiming.Token), CancellationToken.None));
        }

        loops.Add(Task.Run(() => claimer.RunAsync(stopClaiming.Token, stopJobs.Token), CancellationToken.None));
        heartbeatLoop = Task.Run(() => heartbeats.RunAsync(stopJobs.Token), CancellationToken.None);
        loops.Add(heartbeatLoop);
        loops.Add(Task.Run(() => completions.RunAsync(claimer, stopClaiming.Token, stopJobs.Token), CancellationToken.None));
        LogStarted(workerId, options.MaxConcurrentJobs, string.Join(", ", dispatcher.SupportedTypes.Order()), options.ListenForNotifications);
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        LogStopping(workerId, held.Count, options.ShutdownTimeout.TotalSeconds);
        await stopClaiming.CancelAsync();
        await completions.StopClaimingAsync(ForcedStopGrace);

        var finished = Task.WhenAll(held.All.Select(r => r.Execution));
        if (await Task.WhenAny(finished, Task.Delay(options.ShutdownTimeout, CancellationToken.None)) != finished)
        {
            foreach (var run in held.All)
            {
                run.Stop(StopReason.Shutdown);
            }

            await Task.WhenAny(Task.WhenAll(held.All.Select(r => r.Execution)), Task.Delay(ForcedStopGrace, CancellationToken.None));
        }

        completions.Complete();
        // The completion writer drains what finished; the claim and listen loops end on stopClaiming.
        await Task.WhenAny(Task.WhenAll(loops.Where(t => !t.IsCompleted && t != heartbeatLoop)), Task.Delay(ForcedStopGrace, CancellationToken.None));

        var unfinished = held.All.Select(r => r.Claim).ToList();
        if (unfinished.Count > 0)
        {
            var handedBack = await writes.RequeueAsync(
                unfinished,
                runAt: null,
                $"Returned to the queue: worker {workerId} shut down before the job finished.",
                new { recovered_by = "shutdown", reason = "worker_shutdown", worker_id = workerId },
                CancellationToken.None);
            LogHandedBack(handedBack.Count, workerId);
        }

        await stopJobs.CancelAsync();
        await registry.MarkOfflineAsync(CancellationToken.None);
        LogStopped(workerId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {WorkerId} started: {Slots} slot(s), job types [{JobTypes}], notifications {Listening}")]
    private partial void LogStarted(string workerId, int slots, string jobTypes, bool listening);

    [LoggerMessage(Level = LogLevel.Warning, Message = "At start: recovered {Orphaned} job(s) this worker id held before a restart and {Stuck} stuck job(s)")]
    private partial void LogRescuedAtStart(int orphaned, int stuck);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {WorkerId} stopping: no more claims; waiting up to {TimeoutSeconds} s for {Running} running job(s)")]
    private partial void LogStopping(string workerId, int running, double timeoutSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handed {Count} unfinished job(s) back to the queue because worker {WorkerId} is shutting down")]
    private partial void LogHandedBack(int count, string workerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {WorkerId} stopped")]
    private partial void LogStopped(string workerId);
}
