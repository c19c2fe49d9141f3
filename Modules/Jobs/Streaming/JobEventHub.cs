using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GhostHands.Jobs.Streaming;

/// <summary>
/// The API's one LISTEN connection on <c>gh_job_event</c> (payload <c>job_id:event_id</c>, migration 012), fanned out
/// in memory to the streams watching each job and to the feeds watching all jobs (the dashboard), however many clients
/// there are. A dropped connection is reopened with backoff (0.5 s doubling to 30 s); every (re)connect wakes every
/// subscriber, because notifications sent while it was down are lost and the subscribers must read the database again.
/// </summary>
public sealed partial class JobEventHub(NpgsqlDataSource db, ILogger<JobEventHub> logger) : BackgroundService
{
    public const string Channel = "gh_job_event";
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    private readonly Dictionary<Guid, List<JobEventSubscription>> subscribers = [];
    private readonly List<JobFeedSubscription> feeds = [];
    private volatile bool listening;

    /// <summary>False while the connection is down: subscribers then fall back to reading at each keep-alive.</summary>
    public bool IsListening => listening;

    /// <summary>Starts watching a job. Subscribe before reading its backlog, so that nothing committed in between is missed.</summary>
    public JobEventSubscription Subscribe(Guid jobId)
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = FirstBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await db.OpenConnectionAsync(stoppingToken);
                connection.Notification += OnNotification;
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                listening = true;
                backoff = FirstBackoff;
                LogListening();
                WakeAll();
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or IOException or InvalidOperationException)
            {
                listening = false;
                LogDisconnected(e, backoff.TotalMilliseconds);
                try
                {
                    await Task.Delay(backoff, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
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
