using System.Globalization;
using System.Text.Json;
using GhostHands.Jobs.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Wolverine.Http;

namespace GhostHands.Jobs.Streaming;

/// <summary>
/// <c>GET /api/v1/gh/jobs/{id}/stream</c>: the job's events as Server-Sent Events. First the events after
/// <c>Last-Event-ID</c> (header) or <c>?last_event_id=</c> (0, the default, replays all), then each new one as it is
/// committed: <c>id: event id</c>, <c>event: event_type</c>, <c>data: the JobEvent as JSON</c>. Once the job is
/// completed, failed, cancelled or expired the stream ends with <c>data: [DONE]</c>. A comment every 15 s keeps proxies
/// from closing an idle stream, and the stream reads the job's events again then (<see cref="JobEventHub"/>). A job's event ids increase in commit order (migration 013), so a client that
/// reconnects with the last id it saw misses nothing and receives nothing twice.
/// </summary>
public static class StreamJobEndpoint
{
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(15);

    [WolverineGet("/api/v1/gh/jobs/{id}/stream", OperationId = "streamJob")]
    public static IResult Get(Guid id, HttpRequest request)
    {
        var raw = request.Headers["Last-Event-ID"].ToString() is { Length: > 0 } header ? header : request.Query["last_event_id"].ToString();
        long after = 0;
        if (raw.Length > 0 && (!long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out after) || after < 0))
        {
            return JobProblems.Validation(new Dictionary<string, string[]>
            {
                ["last_event_id"] = ["Last-Event-ID / last_event_id must be an event id (an integer >= 0)."],
            }).ToResult();
        }

        return new JobEventStream(id, after);
    }

    private sealed class JobEventStream(Guid jobId, long after) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            var db = context.RequestServices.GetRequiredService<NpgsqlDataSource>();
            var hub = context.RequestServices.GetRequiredService<JobEventHub>();
            var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            // Shutting down ends the stream without [DONE]: the client reconnects, with its last id, to another instance.
            using var end = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            var ct = end.Token;

            // Registered before anything is read: an event committed after the backlog query still wakes this stream.
            using var subscription = await hub.SubscribeAsync(jobId, ct);
            if (await GetJobEndpoint.FindAsync(db, jobId, ct) is not { } job)
            {
                await JobProblems.NotFound(jobId).ToResult().ExecuteAsync(context);
                return;
            }

            var response = context.Response;
            context.Features.GetRequiredFeature<IHttpResponseBodyFeature>().DisableBuffering();
            response.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-cache";
            response.Headers["X-Accel-Buffering"] = "no";
            try
            {
                await response.Body.FlushAsync(ct);
                await StreamAsync(response, db, subscription, job.Status, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // The client went away or the host is stopping: nothing left to tell anyone.
            }
        }

        private async Task StreamAsync(HttpResponse response, NpgsqlDataSource db, JobEventSubscription subscription, JobStatus status,
            CancellationToken ct)
        {
            var lastSent = after;
            while (true)
            {
                List<JobEvent> page;
                do
                {
                    // Only ids above the last one sent: replays and wake-ups may overlap, the client never sees a repeat.
                    page = await GetJobEventsEndpoint.ReadPageAsync(db, jobId, lastSent, GetJobEventsEndpoint.MaxLimit, ct);
                    foreach (var e in page)
                    {
                        await response.WriteAsync(Format(e), ct);
                        lastSent = e.Id;
                        status = JobStatuses.TryParse(e.ToStatus, out var to) ? to : status;
                    }
                }
                while (page.Count == GetJobEventsEndpoint.MaxLimit);

                if (status.IsTerminal())
                {
                    await response.WriteAsync("data: [DONE]\n\n", ct);
                    await response.Body.FlushAsync(ct);
                    return;
                }

                await response.Body.FlushAsync(ct);
                while (true)
                {
                    var notified = await subscription.WaitAsync(KeepAliveInterval, ct);
                    if (notified > lastSent)
                    {
                        break;
                    }

                    if (notified is null)
                    {
                        // Read again at every keep-alive, notified or not: the bound for anything a notification missed.
                        await response.WriteAsync(": keep-alive\n\n", ct);
                        await response.Body.FlushAsync(ct);
                        break;
                    }
                }
            }
        }

        private static string Format(JobEvent e) =>
            $"id: {e.Id.ToString(CultureInfo.InvariantCulture)}\nevent: {e.EventType.ReplaceLineEndings(" ")}\n" +
            $"data: {JsonSerializer.Serialize(e, JobsModule.JsonOptions)}\n\n";
    }
}
