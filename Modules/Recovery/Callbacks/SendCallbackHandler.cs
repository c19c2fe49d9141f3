using System.Net.Http.Json;
using GhostHands.Jobs;
using GhostHands.Jobs.Queries;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GhostHands.Recovery.Callbacks;

/// <summary>The receiver answered with a status other than 2xx; Wolverine's error policy retries with cooldowns.</summary>
public sealed class CallbackFailedException(string message) : Exception(message);

/// <summary>
/// POSTs the job, exactly as <c>GET /jobs/{id}</c> returns it, to its <c>callback_url</c> with headers
/// <c>X-GH-Event: job.finished</c> and <c>X-GH-Job-Id</c>. Failures are retried by Wolverine (1 s, 5 s, 30 s, 2 min,
/// 10 min) and then go to its dead-letter storage. Delivery is at least once: a receiver should treat a repeated
/// job id as the same event. Redelivery-safe: an already delivered callback is not sent again.
/// </summary>
public static partial class SendCallbackHandler
{
    public const string HttpClientName = "ghosthands-callbacks";

    public static async Task Handle(SendCallback message, NpgsqlDataSource db, IHttpClientFactory http, ILogger<SendCallback> logger, CancellationToken ct)
    {
        var job = await GetJobEndpoint.LoadAsync(db, message.JobId, ct);
        if (job?.CallbackUrl is null || !job.Status.IsTerminal())
        {
            return;
        }

        await using (var sent = db.CreateCommand("SELECT callback_sent_at IS NOT NULL FROM gh_automation_jobs WHERE id = $1"))
        {
            sent.Parameters.Add(new NpgsqlParameter { Value = job.Id });
            if (await sent.ExecuteScalarAsync(ct) is true)
            {
                return;
            }
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, job.CallbackUrl)
        {
            Content = JsonContent.Create(job, options: JobsModule.JsonOptions),
        };
        request.Headers.Add("X-GH-Event", "job.finished");
        request.Headers.Add("X-GH-Job-Id", job.Id.ToString());
        using var response = await http.CreateClient(HttpClientName).SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new CallbackFailedException($"Callback for job {job.Id} to {job.CallbackUrl} answered {(int)response.StatusCode}.");
        }

        await using var mark = db.CreateCommand("UPDATE gh_automation_jobs SET callback_sent_at = now() WHERE id = $1");
        mark.Parameters.Add(new NpgsqlParameter { Value = job.Id });
        await mark.ExecuteNonQueryAsync(ct);
        LogDelivered(logger, job.Id, job.Status.ToDb());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered the callback of job {JobId} ({Status})")]
    private static partial void LogDelivered(ILogger logger, Guid jobId, string status);
}
