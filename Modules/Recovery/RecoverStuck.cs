using GhostHands.Jobs;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Npgsql;
using Wolverine.Http;

namespace GhostHands.Recovery;

/// <summary>Optional body of <c>POST /jobs/recover-stuck</c>: a threshold other than the configured one.</summary>
public sealed record RecoverStuck(int? OlderThanSeconds);

/// <summary>
/// <c>POST /api/v1/gh/jobs/recover-stuck</c>: the runbook's manual recovery (docs/contract.md, Runbook) as one call. Answers
/// how many jobs went back to pending and how many failed out of retries.
/// </summary>
public static class RecoverStuckEndpoint
{
    [WolverinePost("/api/v1/gh/jobs/recover-stuck", OperationId = "recoverStuckJobs")]
    public static async Task<IResult> Post(
        HttpRequest http, NpgsqlDataSource db, IOptions<RecoveryOptions> options, TimeProvider time, CancellationToken ct)
    {
        var body = await http.ReadJsonBodyAsync<RecoverStuck>(ct);
        if (body?.OlderThanSeconds is < 1)
        {
            return JobProblems.Validation(new Dictionary<string, string[]>
            {
                ["older_than_seconds"] = ["older_than_seconds must be a whole number of seconds >= 1."],
            }).ToResult();
        }

        var threshold = body?.OlderThanSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : options.Value.RescueAfter;
        var result = await RescueStuckJobs.ExecuteAsync(db, time.GetUtcNow(), threshold, int.MaxValue, "manual", ct);
        return Results.Ok(new RecoverStuckResult(result.Requeued, result.Failed, (int)threshold.TotalSeconds));
    }
}
