using System.Text;
using GhostHands.Jobs.Monitoring;
using GhostHands.Jobs.Streaming;
using Microsoft.AspNetCore.Http.Features;
using Npgsql;

namespace GhostHands.Api.Dashboard;

/// <summary>
/// <c>GET /dashboard/stream</c>: the dashboard's live feed as Server-Sent Events, fed by the API's one LISTEN
/// connection (<see cref="JobEventHub"/>), not by polling. First the whole picture, then after every status change or
/// narration of any job the rows of the jobs that changed plus fresh counts, workers and failures. Each message is
/// rendered HTML: <c>event: swap</c> carries one element that replaces the element with its id, <c>event: rows</c>
/// carries job rows to replace or add. The feed shows state, not history: changes that follow each other within
/// <see cref="MinInterval"/> arrive as their result (a job's timeline, from its own stream, shows every step).
/// Every <see cref="RefreshInterval"/> the counts and workers are sent again, which keeps heartbeat ages current and
/// the connection open; a reconnecting browser gets the whole picture again.
/// </summary>
internal static class DashboardFeed
{
    /// <summary>Changes arriving closer together than this are sent together: bursts cost one read per client.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>How often counts and workers are refreshed when no job changes (worker heartbeats notify nobody).</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(15);

    public static async Task StreamAsync(HttpContext context, NpgsqlDataSource db, JobEventHub hub, IHostApplicationLifetime lifetime)
    {
        using var end = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var ct = end.Token;
        var response = context.Response;
        context.Features.GetRequiredFeature<IHttpResponseBodyFeature>().DisableBuffering();
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            // Registered before the first read, so that nothing committed in between goes unseen.
            using var feed = await hub.SubscribeAllAsync(ct);
            var changes = new JobChanges([], Everything: true);
            while (true)
            {
                var overview = await QueueOverview.ReadAsync(db, changes.Everything ? null : changes.Jobs, ct);
                await response.WriteAsync(Format(overview), ct);
                await response.Body.FlushAsync(ct);
                await Task.Delay(MinInterval, ct);
                // While the hub is reconnecting, notifications are lost: each refresh then reads everything.
                changes = await feed.WaitAsync(RefreshInterval, ct) ?? new JobChanges([], Everything: !hub.IsListening);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The browser went away or the host is stopping; the browser reconnects on its own.
        }
    }

    private static string Format(QueueOverview overview)
    {
        var text = new StringBuilder();
        if (overview.Jobs is { } jobs)
        {
            Message(text, "swap", DashboardHtml.JobsBody(jobs));
        }
        else if (overview.Changed.Count > 0)
        {
            Message(text, "rows", string.Concat(overview.Changed.Select(DashboardHtml.JobRow)));
        }

        Message(text, "swap", DashboardHtml.Queue(overview));
        Message(text, "swap", DashboardHtml.Workers(overview));
        Message(text, "swap", DashboardHtml.Failures(overview));
        return text.ToString();
    }

    private static void Message(StringBuilder text, string type, string html)
    {
        text.Append("event: ").Append(type).Append('\n');
        foreach (var line in html.Split('\n'))
        {
            text.Append("data: ").Append(line.TrimEnd('\r')).Append('\n');
        }

        text.Append('\n');
    }
}
