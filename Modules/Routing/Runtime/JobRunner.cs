using System.Diagnostics;
using GhostHands.Jobs;
using GhostHands.Jobs.Handling;
using GhostHands.Recovery;
using GhostHands.ServiceDefaults;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GhostHands.Routing.Runtime;

/// <summary>
/// Runs one claimed attempt through <see cref="JobDispatcher"/> inside the job's span and records its outcome with a
/// write fenced by worker id and attempt: completions go to <see cref="CompletionWriter"/>, which writes them in
/// batches; failures, pauses and snoozes are written here, one statement each.
/// </summary>
internal sealed partial class JobRunner(
    string workerId,
    JobDispatcher dispatcher,
    RetryPolicy retryPolicy,
    HeldJobs held,
    JobWrites writes,
    CompletionWriter completions,
    TimeProvider time,
    ILogger logger)
{
    private readonly ILogger logger = logger;

    public async Task ExecuteAsync(RunningJob run)
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
            // Left held on purpose: WorkerRuntime.StopAsync hands it back.
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
            completions.Add(run, completed);
            return; // The completion writer writes it, then releases the slot.
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

        held.Release(run);
    }

    /// <summary>A child of the job's span around the write of its outcome; none when the job's span is not recorded.</summary>
    internal static Activity? StartOutcomeSpan(RunningJob run, string name)
    {
        if (run.Span is not { } job)
        {
            return null;
        }

        var span = GhostHandsTelemetry.ActivitySource.StartActivity(name, ActivityKind.Internal, job.Context);
        span?.SetTag("gh.job_id", run.Job.Id);
        return span;
    }

    private static string? TraceIdOf(string? traceParent) =>
        traceParent is { Length: >= 55 } && traceParent[2] == '-' ? traceParent.Substring(3, 32) : null;

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
}
