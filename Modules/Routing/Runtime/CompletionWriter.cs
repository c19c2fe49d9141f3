using System.Diagnostics;
using System.Threading.Channels;
using GhostHands.Jobs;
using GhostHands.Jobs.Handling;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GhostHands.Routing.Runtime;

/// <summary>
/// Writes completed attempts in batches: one fenced statement for everything that finished since the last write (up
/// to <see cref="WorkerOptions.CompletionBatchSize"/>), then frees their slots. The same round trip and transaction
/// claims jobs for those slots (as many as they are, when the worker may claim), which start on them at once: a busy
/// worker needs one round trip and one commit per batch instead of two, and its slots never stand empty between a
/// completion and the next claim. A failed write is retried until it succeeds or the worker stops; the claims stay as
/// they are meanwhile.
/// </summary>
internal sealed partial class CompletionWriter(WorkerOptions options, HeldJobs held, JobWrites writes, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan ErrorBackoff = TimeSpan.FromSeconds(1);

    private readonly Channel<(RunningJob Run, JobOutcome.Completed Outcome)> completions =
        Channel.CreateUnbounded<(RunningJob, JobOutcome.Completed)>(new UnboundedChannelOptions { SingleReader = true });

    // Held while a write that claims is in flight. WorkerRuntime.StopAsync takes it once claiming has stopped, so no
    // job claimed with a completion can start after the shutdown has counted the running jobs.
    private readonly SemaphoreSlim claiming = new(1, 1);

    private readonly ILogger logger = logger;

    public void Add(RunningJob run, JobOutcome.Completed outcome) => completions.Writer.TryWrite((run, outcome));

    /// <summary>No more completions: <see cref="RunAsync"/> ends once it has written what was added.</summary>
    public void Complete() => completions.Writer.TryComplete();

    /// <summary>
    /// Waits (at most <paramref name="grace"/>) for a write that claims to finish and start its jobs; call after
    /// cancelling the claiming token of <see cref="RunAsync"/>, which then claims no more.
    /// </summary>
    public Task StopClaimingAsync(TimeSpan grace) => claiming.WaitAsync(grace);

    /// <summary>
    /// Writes batches until <see cref="Complete"/>, claiming with them until <paramref name="stopClaiming"/>; gives up
    /// retrying a failed write once <paramref name="stopJobs"/> is cancelled.
    /// </summary>
    public async Task RunAsync(JobClaimer claimer, CancellationToken stopClaiming, CancellationToken stopJobs)
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

            var spans = batch.ConvertAll(b => JobRunner.StartOutcomeSpan(b.Run, "job complete"));
            // Claims only when the last claim did not find the queue short since the last outside wake-up: an idle
            // worker's completions then cost no claim (see WriteAndStartAsync for the slots).
            var claimLimit = 0;
            if (held.MayClaim && held.QueueMayHaveWork && !stopClaiming.IsCancellationRequested && await claiming.WaitAsync(0))
            {
                if (stopClaiming.IsCancellationRequested)
                {
                    claiming.Release();
                }
                else
                {
                    claimLimit = batch.Count;
                }
            }

            try
            {
                if (!await WriteAndStartAsync(batch, spans, claimer, claimLimit, stopJobs))
                {
                    return;
                }
            }
            finally
            {
                if (claimLimit > 0)
                {
                    claiming.Release();
                }
            }
        }
    }

    /// <summary>Writes one batch, frees or passes on its slots and starts what it claimed; false when the worker stops first.</summary>
    private async Task<bool> WriteAndStartAsync(
        List<(RunningJob Run, JobOutcome.Completed Outcome)> batch, List<Activity?> spans, JobClaimer claimer, int claimLimit, CancellationToken stopJobs)
    {
        var (written, claimed) = await WriteAsync(batch, claimLimit, stopJobs);
        // In reverse, so that each restores the one started before it and the loop is left with no current span.
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            spans[i]?.Dispose();
        }

        if (written is null)
        {
            return false;
        }

        // A claim that found fewer jobs than it asked for, now or before (with no outside wake-up since), has seen the
        // queue: the claim loop need not look again for the slots left free; a job submitted after it wakes the loop
        // by notification.
        if (claimLimit > 0)
        {
            held.Claimed(claimLimit, claimed.Count);
        }

        var queueSeen = claimLimit > 0 ? claimed.Count < claimLimit : held.MayClaim && !held.QueueMayHaveWork;
        for (var i = 0; i < batch.Count; i++)
        {
            var run = batch[i].Run;
            if (!written.Contains(run.Job.Id))
            {
                LogAbandoned(run.Job.Id, "completion");
            }

            held.Release(run, keepSlot: i < claimed.Count, wakeClaims: !queueSeen);
        }

        await claimer.StartOnKeptSlotsAsync(claimed, stopJobs);
        return true;
    }

    /// <summary>Writes a batch of completions (and claims), retrying until it succeeds; null when the worker stops first.</summary>
    private async Task<(HashSet<Guid>? Completed, List<Job> Claimed)> WriteAsync(
        List<(RunningJob Run, JobOutcome.Completed Outcome)> batch, int claimLimit, CancellationToken stopJobs)
    {
        while (true)
        {
            try
            {
                return await writes.CompleteAndClaimAsync(
                    batch.ConvertAll(b => (b.Run.Claim, b.Outcome)), claimLimit, options.PreferredAffinityWait, CancellationToken.None);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                LogRecordFailed(e, batch[0].Run.Job.Id);
                if (stopJobs.IsCancellationRequested)
                {
                    return (null, []);
                }

                await Task.Delay(ErrorBackoff, time, CancellationToken.None);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId}: {What} not recorded, this attempt no longer owns the job (rescued or cancelled)")]
    private partial void LogAbandoned(Guid jobId, string what);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording the outcome of job {JobId} failed")]
    private partial void LogRecordFailed(Exception error, Guid jobId);
}
