using System.Globalization;
using GhostHands.ServiceDefaults;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GhostHands.Jobs.Streaming;

/// <summary>
/// The API's one LISTEN connection on <c>gh_job_event</c> (payload <c>job_id:event_id</c>, migration 012), fanned out
/// in memory to the streams watching each job and to the feeds watching all jobs (the dashboard), however many clients
/// there are. A dropped connection is reopened by <see cref="ReconnectingListener"/> (0.5 s doubling to 30 s); every
/// (re)connect wakes every subscriber, because notifications sent while it was down are lost and the subscribers must
/// read the database again.
/// </summary>
public sealed partial class JobEventHub(NpgsqlDataSource db, ILogger<JobEventHub> logger) : BackgroundService
{
    public const string Channel = "gh_job_event";

    private readonly Dictionary<Guid, List<JobEventSubscription>> subscribers = [];
    private readonly List<JobFeedSubscription> feeds = [];
    private volatile bool listening;

    /// <summary>False while the connection is down: subscribers then fall back to reading at each keep-alive.</summary>
    public bool IsListening => listening;

    /// <summary>Starts watching a job. Subscribe before reading its backlog, so that nothing committed in between is missed.</summary>
    internal JobEventSubscription Subscribe(Guid jobId)
    {
        var subscription = new JobEventSubscription(this, jobId);
        lock (subscribers)
        {
            if (!subscribers.TryGetValue(jobId, out var list))
            {
                subscribers[jobId] = list = [];
            }

            list.Add(subscription);
        }

        return subscription;
    }

    /// <summary>Starts watching every job. Subscribe before reading the first snapshot, for the same reason as above.</summary>
    public JobFeedSubscription SubscribeAll()
    {
        var feed = new JobFeedSubscription(this);
        lock (subscribers)
        {
            feeds.Add(feed);
        }

        return feed;
    }

    internal void Unsubscribe(JobFeedSubscription feed)
    {
        lock (subscribers)
        {
            feeds.Remove(feed);
        }
    }

    internal void Unsubscribe(JobEventSubscription subscription)
    {
        lock (subscribers)
        {
            if (subscribers.TryGetValue(subscription.JobId, out var list) && list.Remove(subscription) && list.Count == 0)
            {
                subscribers.Remove(subscription.JobId);
            }
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        ReconnectingListener.RunAsync(db, [Channel], OnNotification, OnListening, OnLost, stoppingToken);

    private void OnListening()
    {
        listening = true;
        LogListening();
        WakeAll();
    }

    private void OnLost(Exception error, TimeSpan backoff)
    {
        listening = false;
        LogDisconnected(error, backoff.TotalMilliseconds);
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        var separator = e.Payload.IndexOf(':', StringComparison.Ordinal);
        if (separator < 0
            || !Guid.TryParse(e.Payload.AsSpan(0, separator), out var jobId)
            || !long.TryParse(e.Payload.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var eventId))
        {
            return;
        }

        lock (subscribers)
        {
            if (subscribers.TryGetValue(jobId, out var list))
            {
                list.ForEach(s => s.Wake(eventId));
            }

            feeds.ForEach(f => f.Changed(jobId));
        }
    }

    /// <summary>After a (re)connect nobody knows what was missed: every subscriber reads again.</summary>
    private void WakeAll()
    {
        lock (subscribers)
        {
            foreach (var list in subscribers.Values)
            {
                list.ForEach(s => s.Wake(long.MaxValue));
            }

            feeds.ForEach(f => f.ChangedEverything());
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Listening for job events on " + Channel)]
    private partial void LogListening();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job event connection lost; reconnecting in {BackoffMs} ms (streams re-read at each keep-alive meanwhile)")]
    private partial void LogDisconnected(Exception error, double backoffMs);
}
