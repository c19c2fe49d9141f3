using System.Net.Http.Headers;
using System.Text.Json;
using GhostHands.Jobs;
using GhostHands.Jobs.Outbound;
using GhostHands.Jobs.Queries;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GhostHands.Recovery.Callbacks;

/// <summary>The receiver answered with a status other than 2xx; Wolverine's error policy retries with cooldowns.</summary>
internal sealed class CallbackFailedException(string message) : Exception(message);

/// <summary>What sending a callback needs: the address guard of job-supplied URLs and the service secret that signs.</summary>
public sealed record CallbackSettings(AddressGuard Guard, string? Secret);

/// <summary>
/// POSTs the job, exactly as <c>GET /jobs/{id}</c> returns it, to its <c>callback_url</c> with headers
/// <c>X-GH-Event: job.finished</c>, <c>X-GH-Job-Id</c> and the <see cref="CallbackSignature"/>, within 10 s. The URL
/// passes the <see cref="AddressGuard"/> on the address connected to and on every redirect; a refused one is not sent,
/// ever: the job gets a <c>callback_refused</c> event and its <c>callback_sent_at</c> closes the delivery. Failures
/// are retried by Wolverine (1 s, 5 s, 30 s, 2 min, 10 min) and then go to its dead-letter storage. Delivery is at
/// least once: a receiver should treat a repeated job id as the same event. Redelivery-safe: an already delivered
/// callback is not sent again.
/// </summary>
public static partial class SendCallbackHandler
{
    public const string HttpClientName = "ghosthands-callbacks";

    private const string RefusedSql = """
        WITH closed AS (
            UPDATE gh_automation_jobs SET callback_sent_at = now() WHERE id = $1 AND callback_sent_at IS NULL RETURNING id
        )
        INSERT INTO gh_job_events (job_id, event_type, actor, message, metadata)
        SELECT id, 'callback_refused', gh_current_actor(NULL), $2, jsonb_build_object('callback_url', $3::text, 'reason', $4::text)
        FROM closed
        """;

    public static async Task Handle(
        SendCallback message, NpgsqlDataSource db, IHttpClientFactory http, CallbackSettings settings, TimeProvider time,
        ILogger<SendCallback> logger, CancellationToken ct)
    {
        var job = await GetJobEndpoint.FindAsync(db, message.JobId, ct);
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

        if (!Uri.TryCreate(job.CallbackUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            await RefuseAsync(db, job, "it is not an absolute http(s) URL", logger, ct);
            return;
        }

        if (settings.Secret is null)
        {
            throw new CallbackFailedException($"This process has no service secret to sign the callback of job {job.Id} with.");
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(job, JobsModule.JsonOptions);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add("X-GH-Event", "job.finished");
        request.Headers.Add("X-GH-Job-Id", job.Id.ToString());
        request.Headers.Add(CallbackSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(CallbackSignature.SignatureHeader, CallbackSignature.Sign(settings.Secret, timestamp, body));
        HttpResponseMessage response;
        try
        {
            response = await http.CreateClient(HttpClientName).SendAsync(request, ct);
        }
        catch (HttpRequestException e) when (GuardedHttp.Refusal(e) is { } refused)
        {
            await RefuseAsync(db, job, refused.Message, logger, ct);
            return;
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new CallbackFailedException($"Callback for job {job.Id} to {job.CallbackUrl} answered {(int)response.StatusCode}.");
            }
        }

        await using var mark = db.CreateCommand("UPDATE gh_automation_jobs SET callback_sent_at = now() WHERE id = $1");
        mark.Parameters.Add(new NpgsqlParameter { Value = job.Id });
        await mark.ExecuteNonQueryAsync(ct);
        LogDelivered(logger, job.Id, job.Status.ToDb());
    }

    private static async Task RefuseAsync(NpgsqlDataSource db, Job job, string reason, ILogger logger, CancellationToken ct)
    {
        await using var command = db.CreateCommand(RefusedSql);
        command.Parameters.Add(new NpgsqlParameter { Value = job.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = $"The callback was not sent: {reason}" });
        command.Parameters.Add(new NpgsqlParameter { Value = job.CallbackUrl });
        command.Parameters.Add(new NpgsqlParameter { Value = reason });
        await command.ExecuteNonQueryAsync(ct);
        LogRefused(logger, job.Id, reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered the callback of job {JobId} ({Status})")]
    private static partial void LogDelivered(ILogger logger, Guid jobId, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused the callback of job {JobId}: {Reason}")]
    private static partial void LogRefused(ILogger logger, Guid jobId, string reason);
}
