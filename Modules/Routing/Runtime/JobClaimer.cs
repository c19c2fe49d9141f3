using GhostHands.Jobs;
using GhostHands.Routing.Pickup;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GhostHands.Routing.Runtime;

/// <summary>
/// The claim loop: whenever the worker has free slots and may claim, claims up to that many jobs (they come back
/// <c>running</c> and ours, docs/contract.md#routing) and hands each to <see cref="JobRunner"/>; otherwise waits for a
/// notification, a freed slot or the poll interval.
/// </summary>
internal sealed partial class JobClaimer(
    NpgsqlDataSource db,
    WorkerOptions options,
    HeldJobs held,
    JobRunner runner,
    CancellationWatch cancellations,
    JobWrites writes,
    TimeProvider time,
    ILogger logger)
{
    private static readonly TimeSpan ErrorBackoff = TimeSpan.FromSeconds(1);

    private readonly ILogger logger = logger;

    /// <summary>Claims until <paramref name="stopping"/>; each attempt runs until <paramref name="stopJobs"/> at the latest.</summary>
    public async Task RunAsync(CancellationToken stopping, CancellationToken stopJobs)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var free = held.FreeSlots;
                if (!held.MayClaim || free == 0)
                {
                    await held.Wake.WaitAsync(options.PollInterval, stopping);
                    continue;
                }

                var jobs = await ClaimJobs.ExecuteAsync(db, options.WorkerId, free, options.PreferredAffinityWait, stopping);
                held.Claimed(free, jobs.Count);
                if (jobs.Count > 0)
                {
                    await StartAsync(jobs, stopJobs);
                }

                if (jobs.Count < free)
                {
                    await held.Wake.WaitAsync(options.PollInterval, stopping);
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

    /// <summary>Runs jobs the claim has just started (they are <c>running</c> and ours), each on a free slot.</summary>
    private async Task StartAsync(List<Job> jobs, CancellationToken stopJobs)
    {
        foreach (var job in jobs)
        {
            var run = new RunningJob(job, options.WorkerId, writes, logger, time, stopJobs);
            await held.AddAsync(run);
            await StartAsync(run);
        }
    }

    /// <summary>Runs jobs claimed together with completions, each on a slot a completed job kept (<see cref="CompletionWriter"/>).</summary>
    public async Task StartOnKeptSlotsAsync(List<Job> jobs, CancellationToken stopJobs)
    {
        foreach (var job in jobs)
        {
            var run = new RunningJob(job, options.WorkerId, writes, logger, time, stopJobs);
            held.AddOnKeptSlot(run);
            await StartAsync(run);
        }
    }

    private async Task StartAsync(RunningJob run)
    {
        await cancellations.CheckRegisteredAsync(run);
        run.Execution = Task.Run(() => runner.ExecuteAsync(run), CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Claiming jobs failed; retrying")]
    private partial void LogClaimFailed(Exception error);
}
