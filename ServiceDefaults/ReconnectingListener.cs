using Npgsql;

namespace GhostHands.ServiceDefaults;

/// <summary>
/// One dedicated LISTEN connection that is reopened whenever it drops, until the process stops. A failed connection
/// is retried after <see cref="FirstBackoff"/>, doubling up to <see cref="MaxBackoff"/>, and back to the first delay
/// once LISTEN succeeds again. Notifications sent while the connection was down are lost, so the caller's
/// <c>onListening</c> runs after every (re)connect and is where it reads the database again.
/// </summary>
public static class ReconnectingListener
{
    /// <summary>The wait after the first failure: 0.5 s.</summary>
    public static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait between two attempts: 30 s.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>The wait after another failure when the last wait was <paramref name="backoff"/>: twice as long, capped at <see cref="MaxBackoff"/>.</summary>
    public static TimeSpan NextBackoff(TimeSpan backoff) => TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));

    /// <summary>
    /// Listens on <paramref name="channels"/> until <paramref name="stoppingToken"/> is cancelled, then returns.
    /// <paramref name="onListening"/> runs once LISTEN is in place (at start and after each reconnect);
    /// <paramref name="onLost"/> runs with the error and the wait before the next attempt. Errors other than a lost
    /// connection (an <see cref="NpgsqlException"/>, a timeout, an I/O error or a broken connector) are not caught.
    /// </summary>
    public static async Task RunAsync(
        NpgsqlDataSource db,
        IReadOnlyCollection<string> channels,
        NotificationEventHandler onNotification,
        Action onListening,
        Action<Exception, TimeSpan> onLost,
        CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfZero(channels.Count);
        var listenSql = string.Join("; ", channels.Select(channel => $"LISTEN {channel}"));
        var backoff = FirstBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await db.OpenConnectionAsync(stoppingToken);
                connection.Notification += onNotification;
                await using (var listen = new NpgsqlCommand(listenSql, connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                backoff = FirstBackoff;
                onListening();
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
                onLost(e, backoff);
                try
                {
                    await Task.Delay(backoff, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                backoff = NextBackoff(backoff);
            }
        }
    }
}
