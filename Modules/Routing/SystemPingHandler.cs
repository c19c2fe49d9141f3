using System.Text.Json;
using GhostHands.Jobs;
using GhostHands.Jobs.Handling;

namespace GhostHands.Routing;

/// <summary>
/// <c>system.ping</c>: answers without a browser, for smoke tests and queue benchmarks. <c>input_data.sleep_ms</c>
/// (0-600000) makes it take that long first, honouring cancellation and the job's timeout, so that shutdown,
/// cancellation and crash recovery can be exercised with real jobs.
/// </summary>
public sealed class SystemPingHandler(TimeProvider time) : IJobHandler
{
    public const int MaxSleepMs = 600_000;

    public string JobType => JobTypes.SystemPing;

    public async Task<JobOutcome> ExecuteAsync(JobContext context)
    {
        var sleep = 0;
        if (context.Job.InputData.TryGetProperty("sleep_ms", out var value))
        {
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out sleep) || sleep is < 0 or > MaxSleepMs)
            {
                return JobOutcome.Fail(ErrorCodes.InvalidInput, $"input_data.sleep_ms must be an integer from 0 to {MaxSleepMs}.", retryable: false);
            }
        }

        if (sleep > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(sleep), time, context.CancellationToken);
        }

        return JobOutcome.Complete(
            $"Pong from worker {context.WorkerId}.",
            new { pong = true, worker_id = context.WorkerId, slept_ms = sleep, answered_at = time.GetUtcNow() });
    }
}
