using Microsoft.Extensions.Logging;
using Npgsql;

namespace GhostHands.Routing.Runtime;

/// <summary>
/// Keeps the held claims alive and follows the worker's control state: every <see cref="WorkerOptions.HeartbeatInterval"/>
/// one statement renews every claim, reports which attempts are no longer ours (they are stopped), and reads back
/// draining and the queue pause; control notifications change the same state at once.
/// </summary>
internal sealed partial class HeartbeatsAndControl(WorkerOptions options, HeldJobs held, JobWrites writes, TimeProvider time, ILogger logger)
{
    private readonly ILogger logger = logger;

    /// <summary>
    /// Runs until the hand-back, not just until claiming stops: jobs finishing during the shutdown wait must keep fresh
    /// heartbeats, or a ShutdownTimeout near RescueAfter would let the sweep take them mid-run.
    /// </summary>
    public async Task RunAsync(CancellationToken stopping)
    {
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
    public async Task HeartbeatAsync()
    {
        var runs = held.All.ToList();
        try
        {
            var result = await writes.HeartbeatAsync(runs.ConvertAll(r => r.Claim), CancellationToken.None);
            // The job is ours in one attempt at most: an older attempt held beside a newer one was handed back.
            foreach (var run in runs.Where(r => (!result.Owned.Contains(r.Job.Id) || runs.Exists(n => n.Job.Id == r.Job.Id && n.Job.Attempt > r.Job.Attempt))
                && held.Holds(r)))
            {
                LogLostOwnership(run.Job.Id);
                run.Stop(StopReason.LostOwnership);
            }

            var wasIdle = !held.MayClaim;
            held.Draining = result.RegistryStatus == "draining";
            held.QueuePaused = result.QueuePaused;
            if (wasIdle && held.MayClaim)
            {
                held.WakeForWork();
            }
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            LogHeartbeatFailed(e);
        }
    }

    public void OnControlChanged(string state)
    {
        switch (state)
        {
            case "draining":
                held.Draining = true;
                LogDraining(options.WorkerId);
                break;
            case "active":
                held.Draining = false;
                break;
            case "paused":
                held.QueuePaused = true;
                break;
            case "resumed":
                held.QueuePaused = false;
                break;
        }

        held.WakeForWork();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {WorkerId} is draining: finishing held jobs, claiming no more")]
    private partial void LogDraining(string workerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} is no longer owned by this worker; stopping it")]
    private partial void LogLostOwnership(Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Heartbeat failed; retrying at the next interval")]
    private partial void LogHeartbeatFailed(Exception error);
}
