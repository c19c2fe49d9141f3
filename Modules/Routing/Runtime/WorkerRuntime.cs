using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using GhostHands.Jobs;
using GhostHands.Jobs.Handling;
using GhostHands.Recovery;
using GhostHands.Routing.Pickup;
using GhostHands.Routing.Registry;
using GhostHands.ServiceDefaults;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GhostHands.Routing.Runtime;

/// <summary>
/// The worker: claims jobs when it has free slots, runs them through <see cref="JobDispatcher"/>, keeps their claims
/// alive with heartbeats, and records each attempt's outcome with a write fenced by worker id and attempt.
/// Finished jobs are written in batches (one statement for everything that finished since the last write).
/// On stop (SIGTERM): claims nothing more, waits up to <see cref="WorkerOptions.ShutdownTimeout"/> for running jobs,
/// then hands the unfinished ones back to <c>pending</c> with a reason.
/// </summary>
internal sealed partial class WorkerRuntime : IHostedLifecycleService
{
    private static readonly TimeSpan ErrorBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ForcedStopGrace = TimeSpan.FromSeconds(5);

    private readonly NpgsqlDataSource db;
    private readonly WorkerOptions options;
    private readonly string workerId;
    private readonly JobDispatcher dispatcher;
    private readonly RetryPolicy retryPolicy;
    private readonly RecoveryOptions recovery;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly JobWrites writes;
    private readonly WorkerRegistry registry;
    private readonly JobNotifications notifications;
    private readonly ConcurrentDictionary<Guid, RunningJob> running = new();

    // Cancel notifications for jobs not running here, by arrival time. A cancel can commit between the claim's commit
    // and the job's registration in `running`; its notification must still stop the job (see OnJobCancelled).
    private readonly ConcurrentDictionary<Guid, long> cancelledElsewhere = new();
    private readonly SemaphoreSlim slots;
    private readonly WakeSignal wake = new();
    private readonly Channel<(RunningJob Run, JobOutcome.Completed Outcome)> completions =
        Channel.CreateUnbounded<(RunningJob, JobOutcome.Completed)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource stopClaiming = new();
    private readonly CancellationTokenSource stopJobs = new();
    private readonly List<Task> loops = [];
    private Task heartbeatLoop = Task.CompletedTask;
    private volatile bool draining;
    private volatile bool queuePaused;

    public WorkerRuntime(
        NpgsqlDataSource db,
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
        this.retryPolicy = retryPolicy;
        this.time = time;
        this.logger = logger;
        slots = new SemaphoreSlim(this.options.MaxConcurrentJobs, this.options.MaxConcurrentJobs);
        writes = new JobWrites(db, workerId);
        registry = new WorkerRegistry(db, workerId, this.options.MaxConcurrentJobs);
        notifications = new JobNotifications(db, workerId, logger);
        notifications.JobAvailable += wake.Set;
        notifications.Reconnected += wake.Set;
        // Control changes (pause, resume, drain) sent before the LISTEN was in place are read back at once.
        notifications.Reconnected += () => _ = HeartbeatAsync();
        notifications.JobCancelled += OnJobCancelled;
        notifications.ControlChanged += OnControlChanged;
    }

    /// <summary>Jobs claimed and not yet finished, for tests and diagnostics.</summary>
    public int RunningCount => running.Count;

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
        queuePaused = state.QueuePaused;
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

        loops.Add(Task.Run(ClaimLoopAsync, CancellationToken.None));
        heartbeatLoop = Task.Run(HeartbeatLoopAsync, CancellationToken.None);
        loops.Add(heartbeatLoop);
        var completionLoop = Task.Run(CompletionLoopAsync, CancellationToken.None);
        loops.Add(completionLoop);
        LogStarted(workerId, options.MaxConcurrentJobs, string.Join(", ", dispatcher.SupportedTypes.Order()), options.ListenForNotifications);
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        LogStopping(workerId, running.Count, options.ShutdownTimeout.TotalSeconds);
        await stopClaiming.CancelAsync();

        var finished = Task.WhenAll(running.Values.Select(r => r.Execution));
        if (await Task.WhenAny(finished, Task.Delay(options.ShutdownTimeout, CancellationToken.None)) != finished)
        {
            foreach (var run in running.Values)
            {
                run.Stop(StopReason.Shutdown);
            }

            await Task.WhenAny(Task.WhenAll(running.Values.Select(r => r.Execution)), Task.Delay(ForcedStopGrace, CancellationToken.None));
        }

        completions.Writer.TryComplete();
        // The completion loop drains what finished; the claim and listen loops end on stopClaiming.
        await Task.WhenAny(Task.WhenAll(loops.Where(t => !t.IsCompleted && t != heartbeatLoop)), Task.Delay(ForcedStopGrace, CancellationToken.None));

        var unfinished = running.Values.Select(r => r.Claim).ToList();
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

    private async Task ClaimLoopAsync()
    {
        var stopping = stopClaiming.Token;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var free = slots.CurrentCount;
                if (draining || queuePaused || free == 0)
                {
                    await wake.WaitAsync(options.PollInterval, stopping);
                    continue;
                }

                var jobs = await ClaimJobs.ExecuteAsync(db, workerId, free, options.PreferredAffinityWait, stopping);
                if (jobs.Count > 0)
                {
                    await StartJobsAsync(jobs);
                }

                if (jobs.Count < free)
                {
                    await wake.WaitAsync(options.PollInterval, stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                LogClaimFailed(e);
                await Task.Delay(ErrorBackoff, time, CancellationToken.None);
            }
        }
    }

    /// <summary>Runs jobs the claim has just started (they are <c>running</c> and ours).</summary>
    private async Task StartJobsAsync(List<Job> jobs)
    {
        foreach (var job in jobs)
        {
            // Never blocks: the claim asked for no more jobs than there were free slots, and only this loop takes slots.
            await slots.WaitAsync(CancellationToken.None);
            var run = new RunningJob(job, workerId, writes, logger, time, stopJobs.Token);
            running[job.Id] = run;
            if (cancelledElsewhere.TryRemove(job.Id, out _))
            {
                await StopIfCancelledAsync(run);
            }

            run.Execution = Task.Run(() => ExecuteAsync(run), CancellationToken.None);
        }
    }

    private async Task ExecuteAsync(RunningJob run)
    {
        var job = run.Job;
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["JobId"] = job.Id,
            ["WorkerId"] = workerId,
            ["Attempt"] = job.Attempt,
            ["TraceId"] = TraceIdOf(job.TraceParent),
            // The rest of the job envelope (docs/contract.md, Envelope): tenant (the VALET user), actor and request.
            ["UserId"] = job.UserId,
            ["Actor"] = job.CreatedBy,
            ["RequestId"] = job.RequestId,
        });
        // Continues the trace of the request that created the job; ends when the outcome is written (Release).
        var activity = run.Span = GhostHandsTelemetry.ActivitySource.StartActivity(
            $"job {job.JobType}",
            ActivityKind.Consumer,
            ActivityContext.TryParse(job.TraceParent, null, out var parent) ? parent : default,
            startTime: run.ClaimedAt);
        activity?.SetTag("gh.job_id", job.Id);
        activity?.SetTag("gh.job_type", job.JobType);
        activity?.SetTag("gh.worker_id", workerId);
        activity?.SetTag("gh.attempt", job.Attempt);
        activity?.AddEvent(new ActivityEvent("claimed", run.ClaimedAt));
        activity?.AddEvent(new ActivityEvent("started"));

        JobOutcome? outcome;
        try
        {
            // Cancelled between the claim and now: the handler must not begin.
            run.CancellationToken.ThrowIfCancellationRequested();
            outcome = await dispatcher.ExecuteAsync(run);
        }
        catch (OperationCanceledException) when (run.CancellationToken.IsCancellationRequested)
        {
            outcome = run.Stopped == StopReason.None && run.TimedOut
                ? JobOutcome.Fail(ErrorCodes.Timeout, $"The job did not finish within its timeout of {job.TimeoutSeconds} s.", retryable: true)
                : null;
        }
        catch (Exception e)
        {
            LogUnexpected(e, job.Id);
            outcome = JobOutcome.Fail(ErrorCodes.UnexpectedError, $"{e.GetType().Name}: {e.Message}", retryable: true);
        }

        if (outcome is null && run.Stopped == StopReason.Shutdown)
        {
            // Left in `running` on purpose: StopAsync hands it back.
            activity?.SetTag("gh.outcome", "HandedBack");
            activity?.Dispose();
            return;
        }

        activity?.SetTag("gh.outcome", outcome?.GetType().Name ?? run.Stopped.ToString());
        if (outcome is JobOutcome.Failed failed)
        {
            // The failure metric counts by this tag (JobSpanMetrics).
            activity?.SetTag("gh.error_code", failed.ErrorCode);
        }

        await RecordAsync(run, outcome);
    }

    private async Task RecordAsync(RunningJob run, JobOutcome? outcome)
    {
        if (outcome is JobOutcome.Completed completed)
        {
            completions.Writer.TryWrite((run, completed));
            return; // The completion loop writes it, then releases the slot.
        }

        using (outcome is null ? null : StartOutcomeSpan(run, "job record"))
        {
            try
            {
                switch (outcome)
                {
                    case JobOutcome.Failed failed:
                        var retry = RetryPolicy.ShouldRetry(failed.Retryable, failed.ErrorCode, run.Job.RetryCount, run.Job.MaxRetries);
                        var retryAt = retry ? retryPolicy.NextRetryAt(time.GetUtcNow(), run.Job.RetryCount + 1, Random.Shared.NextDouble()) : (DateTimeOffset?)null;
                        if (!await writes.FailAsync(run.Claim, failed, retryAt, CancellationToken.None))
                        {
                            LogAbandoned(run.Job.Id, "failure");
                        }
                        else
                        {
                            LogFailed(run.Job.Id, failed.ErrorCode, failed.Message, retryAt);
                        }

                        break;
                    case JobOutcome.Paused paused:
                        if (!await writes.PauseAsync(run.Claim, paused, CancellationToken.None))
                        {
                            LogAbandoned(run.Job.Id, "pause");
                        }

                        break;
                    case JobOutcome.Snoozed snoozed:
                        await writes.RequeueAsync([run.Claim], time.GetUtcNow() + snoozed.Delay, snoozed.Message, null, CancellationToken.None);
                        break;
                    default:
                        LogStoppedFromOutside(run.Job.Id, run.Stopped);
                        break;
                }
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                // The claim stays as it is; the stuck-job sweep recovers the job from its stale heartbeat.
                LogRecordFailed(e, run.Job.Id);
            }
        }

        Release(run);
    }

    private async Task CompletionLoopAsync()
    {
        var reader = completions.Reader;
        var batch = new List<(RunningJob Run, JobOutcome.Completed Outcome)>();
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < options.CompletionBatchSize && reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            var spans = batch.ConvertAll(b => StartOutcomeSpan(b.Run, "job complete"));
            var written = await WriteCompletionsAsync(batch);
            // In reverse, so that each restores the one started before it and the loop is left with no current span.
            for (var i = spans.Count - 1; i >= 0; i--)
            {
                spans[i]?.Dispose();
            }

            if (written is null)
            {
                return;
            }

            foreach (var (run, _) in batch)
            {
                if (!written.Contains(run.Job.Id))
                {
                    LogAbandoned(run.Job.Id, "completion");
                }

                Release(run);
            }
        }
    }

    /// <summary>Writes a batch of completions, retrying until it succeeds; null when the worker stops first.</summary>
    private async Task<HashSet<Guid>?> WriteCompletionsAsync(List<(RunningJob Run, JobOutcome.Completed Outcome)> batch)
    {
        while (true)
        {
            try
            {
                return await writes.CompleteAsync(batch.ConvertAll(b => (b.Run.Claim, b.Outcome)), CancellationToken.None);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                LogRecordFailed(e, batch[0].Run.Job.Id);
                if (stopJobs.IsCancellationRequested)
                {
                    return null;
                }

                await Task.Delay(ErrorBackoff, time, CancellationToken.None);
            }
        }
    }

    /// <summary>A child of the job's span around the write of its outcome; none when the job's span is not recorded.</summary>
    private static Activity? StartOutcomeSpan(RunningJob run, string name)
    {
        if (run.Span is not { } job)
        {
            return null;
        }

        var span = GhostHandsTelemetry.ActivitySource.StartActivity(name, ActivityKind.Internal, job.Context);
        span?.SetTag("gh.job_id", run.Job.Id);
        return span;
    }

    private async Task HeartbeatLoopAsync()
    {
        // Runs until the hand-back, not just until claiming stops: jobs finishing during the shutdown wait must
        // keep fresh heartbeats, or a ShutdownTimeout near RescueAfter would let the sweep take them mid-run.
        var stopping = stopJobs.Token;
        using var timer = new PeriodicTimer(options.HeartbeatInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                await HeartbeatAsync();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    /// <summary>Renews every claim; stops the attempts this worker no longer owns; picks up drain and pause changes.</summary>
    internal async Task HeartbeatAsync()
    {
        var held = running.Values.ToList();
        try
        {
            var result = await writes.HeartbeatAsync(held.ConvertAll(r => r.Claim), CancellationToken.None);
            foreach (var run in held.Where(r => !result.Owned.Contains(r.Job.Id) && running.ContainsKey(r.Job.Id)))
            {
                LogLostOwnership(run.Job.Id);
                run.Stop(StopReason.LostOwnership);
            }

            var wasIdle = draining || queuePaused;
            draining = result.RegistryStatus == "draining";
            queuePaused = result.QueuePaused;
            if (wasIdle && !(draining || queuePaused))
            {
                wake.Set();
            }
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            LogHeartbeatFailed(e);
        }
    }

    /// <summary>
    /// Stops the cancelled job if it runs here. Otherwise it may be a job whose claim has just committed and which is
    /// not registered yet: its id is remembered for <see cref="StartJobsAsync"/>, and a second look covers a registration
    /// in between. Either way the job was not registered when the notification came, so it may also be an older
    /// cancellation of a job since retried and claimed again: the database decides (<see cref="StopIfCancelledAsync"/>).
    /// </summary>
    private void OnJobCancelled(Guid jobId)
    {
        if (running.TryGetValue(jobId, out var run))
        {
            run.Stop(StopReason.Cancelled);
            return;
        }

        var now = Environment.TickCount64;
        cancelledElsewhere[jobId] = now;
        if (cancelledElsewhere.Count > 1000)
        {
            // Nearly all are other workers' jobs; a minute is far longer than any claim takes to register.
            foreach (var (id, at) in cancelledElsewhere)
            {
                if (now - at > 60_000)
                {
                    cancelledElsewhere.TryRemove(id, out _);
                }
            }
        }

        if (running.TryGetValue(jobId, out run) && cancelledElsewhere.TryRemove(jobId, out _))
        {
            _ = StopIfCancelledAsync(run);
        }
    }

    /// <summary>Stops <paramref name="run"/> if its attempt has been cancelled; a rare path, one query.</summary>
    private async Task StopIfCancelledAsync(RunningJob run)
    {
        try
        {
            if (await writes.IsCancelledAsync(run.Claim, CancellationToken.None))
            {
                run.Stop(StopReason.Cancelled);
            }
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // The next heartbeat finds the job no longer running and stops it.
            LogRecordFailed(e, run.Job.Id);
        }
    }

    private void OnControlChanged(string state)
    {
        switch (state)
        {
            case "draining":
                draining = true;
                LogDraining(workerId);
                break;
            case "active":
                draining = false;
                break;
            case "paused":
                queuePaused = true;
                break;
            case "resumed":
                queuePaused = false;
                break;
        }

        wake.Set();
    }

    private void Release(RunningJob run)
    {
        if (running.TryRemove(run.Job.Id, out _))
        {
            run.Dispose();
            slots.Release();
            wake.Set();
        }
    }

    private static string? TraceIdOf(string? traceParent) =>
        traceParent is { Length: >= 55 } && traceParent[2] == '-' ? traceParent.Substring(3, 32) : null;

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {WorkerId} is draining: finishing held jobs, claiming no more")]
    private partial void LogDraining(string workerId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Claiming jobs failed; retrying")]
    private partial void LogClaimFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} threw an unexpected exception")]
    private partial void LogUnexpected(Exception error, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} failed with {ErrorCode}: {Message}; retry at {RetryAt}")]
    private partial void LogFailed(Guid jobId, string errorCode, string message, DateTimeOffset? retryAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId}: {What} not recorded, this attempt no longer owns the job (rescued or cancelled)")]
    private partial void LogAbandoned(Guid jobId, string what);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} stopped from outside ({Reason}); nothing to record")]
    private partial void LogStoppedFromOutside(Guid jobId, StopReason reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording the outcome of job {JobId} failed")]
    private partial void LogRecordFailed(Exception error, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} is no longer owned by this worker; stopping it")]
    private partial void LogLostOwnership(Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Heartbeat failed; retrying at the next interval")]
    private partial void LogHeartbeatFailed(Exception error);
}
