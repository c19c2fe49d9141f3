using System.Globalization;
using GhostHands.ServiceDefaults;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GhostHands.Jobs.Streaming;

/// <summary>
/// The API's one LISTEN connection on <c>gh_job_event</c> (payload <c>job_id:event_id</c>, migration 012), fanned out
/// in memory to the streams watching each job and to the feeds watching all jobs (the dashboard), however many clients
/// there are. The trigger notifies only the events of jobs some hub has registered in <c>gh_job_watchers</c>
/// (migration 022; <see cref="JobWatchers"/>), so a subscription registers its job before the subscriber reads
/// anything, and the hub renews its registrations every 20 s for 60 s.
/// <para>
/// A writer that looked for watchers just before a registration committed sent no notification, and may commit after
/// the subscriber's first read. Such writers are exactly those holding <c>gh_job_events</c>' insert lock when the
/// registration has committed (a READ COMMITTED writer takes it before the trigger looks, holds it to its commit, and
/// one that takes it later sees the registration; any other isolation level always notifies). The hub notes them and
/// wakes the subscriber to read again once they have all finished (looked at every 50 ms, doubling to 1 s): an event
/// committed around a subscription reaches it that soon after its commit. Streams also read at every keep-alive (15 s).
/// </para>
/// A dropped connection is reopened by <see cref="ReconnectingListener"/> (0.5 s doubling to 30 s); every (re)connect
/// wakes every subscriber, because notifications sent while it was down are lost, and registers everything again (a
/// restarted server has lost its unlogged registrations) before waking them once more.
/// </summary>
public sealed partial class JobEventHub(NpgsqlDataSource db, ILogger<JobEventHub> logger) : BackgroundService
{
    public const string Channel = "gh_job_event";

    private readonly Dictionary<Guid, List<JobEventSubscription>> subscribers = [];
    private readonly List<JobFeedSubscription> feeds = [];
    private readonly JobWatchers watchers = new(db);
    private readonly SemaphoreSlim registering = new(1, 1);
    private readonly WakeUpSignal renewNow = new();
    private readonly CancellationTokenSource stopping = new();
    private volatile bool listening;
    private volatile bool registered;
    private int wakeAllAfterRenewal;
    private int disposed;

    /// <summary>False while the connection is down or renewing failed: subscribers then read at each keep-alive.</summary>
    public bool IsListening => listening && registered;

    /// <summary>Starts watching a job: registered, and heard, when this returns. Read its backlog only after it.</summary>
    internal async Task<JobEventSubscription> SubscribeAsync(Guid jobId, CancellationToken ct)
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

        try
        {
            await RegisterAsync(jobId, () => subscription.Wake(long.MaxValue), () => !subscription.Closed, ct);
        }
        catch
        {
            subscription.Dispose();
            throw;
        }

        return subscription;
    }

    /// <summary>Starts watching every job. Read the first snapshot only after it, for the same reason as above.</summary>
    public async Task<JobFeedSubscription> SubscribeAllAsync(CancellationToken ct)
    {
        var feed = new JobFeedSubscription(this);
        lock (subscribers)
        {
            feeds.Add(feed);
        }

        try
        {
            await RegisterAsync(JobWatchers.Everything, feed.ChangedEverything, () => !feed.Closed, ct);
        }
        catch
        {
            feed.Dispose();
            throw;
        }

        return feed;
    }

    internal void Unsubscribe(JobFeedSubscription feed)
    {
        lock (subscribers)
        {
            if (!feeds.Remove(feed) || feeds.Count > 0)
            {
                return;
            }
        }

        renewNow.Set();
    }

    internal void Unsubscribe(JobEventSubscription subscription)
    {
        lock (subscribers)
        {
            if (!subscribers.TryGetValue(subscription.JobId, out var list) || !list.Remove(subscription) || list.Count > 0)
            {
                return;
            }

            subscribers.Remove(subscription.JobId);
        }

        renewNow.Set();
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await base.StopAsync(cancellationToken);
    }

    /// <summary>
    /// Cancels the loops and catch-ups. The semaphore and token source stay undisposed: a catch-up or registration still
    /// unwinding may touch them, and neither holds anything the collector does not free (no wait handle is ever made).
    /// The container calls this twice (the hub is both a singleton and a hosted service); the second call does nothing.
    /// </summary>
    public override void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        base.Dispose();
        stopping.Cancel();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(
        ReconnectingListener.RunAsync(db, [Channel], OnNotification, OnListening, OnLost, stoppingToken),
        RenewAsync(stoppingToken));

    /// <summary>Registers <paramref name="key"/>, then has <paramref name="wake"/> called once the writers in flight have finished.</summary>
    private async Task RegisterAsync(Guid key, Action wake, Func<bool> open, CancellationToken ct)
    {
        string[] writers;
        await registering.WaitAsync(ct);
        try
        {
            writers = await watchers.RegisterAsync([key], ct);
        }
        finally
        {
            registering.Release();
        }

        if (writers.Length > 0)
        {
            _ = CatchUpAsync(writers, wake, open);
        }
    }

    private async Task CatchUpAsync(string[] writers, Action wake, Func<bool> open)
    {
        try
        {
            await watchers.WaitForAsync(writers, open, stopping.Token);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or IOException)
        {
            // Not knowing whether they finished, read now; the keep-alive reads cover a later commit.
            LogCatchUpFailed(e);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return;
        }

        wake();
    }

    /// <summary>
    /// Renews this process's registrations every 20 s, at once when a key is no longer watched (its row goes) or the
    /// connection came back. After one that found them expired (a stall, a failed renewal) or a reconnect, every
    /// subscriber reads again once the writers in flight have finished: events meanwhile may not have been notified.
    /// </summary>
    private async Task RenewAsync(CancellationToken ct)
    {
        DateTimeOffset? validUntil = null;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await renewNow.WaitAsync(registered ? JobWatchers.RenewInterval : ReconnectingListener.FirstBackoff, ct);
                var wakeAll = Interlocked.Exchange(ref wakeAllAfterRenewal, 0) == 1;
                DateTimeOffset now;
                string[] writers;
                await registering.WaitAsync(ct);
                try
                {
                    (now, writers) = await watchers.RenewAsync(Keys(), ct);
                }
                finally
                {
                    registering.Release();
                }

                wakeAll |= validUntil is { } until && now >= until;
                validUntil = now + JobWatchers.Lifetime;
                registered = true;
                if (wakeAll)
                {
                    _ = CatchUpAsync(writers, WakeAll, () => true);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or IOException)
            {
                registered = false;
                Interlocked.Exchange(ref wakeAllAfterRenewal, 1);
                LogRenewalFailed(e);
            }
        }
    }

    private List<Guid> Keys()
    {
        lock (subscribers)
        {
            var keys = subscribers.Keys.ToList();
            if (feeds.Count > 0)
            {
                keys.Add(JobWatchers.Everything);
            }

            return keys;
        }
    }

    private void OnListening()
    {
        listening = true;
        LogListening();
        WakeAll();
        Interlocked.Exchange(ref wakeAllAfterRenewal, 1);
        renewNow.Set();
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

    /// <summary>After a (re)connect or a lapse nobody knows what was missed: every subscriber reads again.</summary>
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
}
