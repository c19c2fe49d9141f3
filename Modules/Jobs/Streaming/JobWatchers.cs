using Npgsql;
using NpgsqlTypes;

namespace GhostHands.Jobs.Streaming;

/// <summary>
/// One API process's rows in <c>gh_job_watchers</c> (migration 022): the jobs whose events its hub streams, so that
/// the event trigger notifies <c>gh_job_event</c> for those jobs only (<see cref="Everything"/> for all of them).
/// </summary>
internal sealed class JobWatchers(NpgsqlDataSource db)
{
    /// <summary>The key that watches every job (a dashboard feed).</summary>
    public static readonly Guid Everything = Guid.Empty;

    /// <summary>How long a registration lasts unless renewed: a crashed API stops costing notifications after this.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>How often a hub renews its registrations: three times per <see cref="Lifetime"/>.</summary>
    public static readonly TimeSpan RenewInterval = TimeSpan.FromSeconds(20);

    /// <summary>How often a catch-up looks whether the event writers in flight at a registration have finished.</summary>
    public static readonly TimeSpan CatchUpPoll = TimeSpan.FromMilliseconds(50);

    private const string RegisterSql = """
        INSERT INTO gh_job_watchers (job_id, watcher, expires_at) SELECT unnest($2::uuid[]), $1, now() + $3
        ON CONFLICT (job_id, watcher) DO UPDATE SET expires_at = EXCLUDED.expires_at
        """;

    // Transactions holding gh_job_events' insert lock (taken before the notification trigger looks for watchers and
    // held until commit). The holders are compared by virtual transaction id, which no later transaction reuses.
    private const string WritersSql = """
        SELECT coalesce(array_agg(DISTINCT virtualtransaction), '{}') FROM pg_locks
        WHERE locktype = 'relation' AND granted AND relation = 'gh_job_events'::regclass
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND pid <> pg_backend_pid() AND ($1::text[] IS NULL OR virtualtransaction = ANY ($1))
        """;

    private readonly Guid watcher = Guid.NewGuid();

    /// <summary>
    /// Registers <paramref name="keys"/> (committed when this returns), then answers the event writers in flight at
    /// that moment: they may have looked for watchers before the registration committed and so not notified, and are
    /// the only ones. Reading again once they have finished (<see cref="WaitForAsync"/>) misses none of them.
    /// </summary>
    public async Task<string[]> RegisterAsync(IReadOnlyCollection<Guid> keys, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using (var register = new NpgsqlCommand(RegisterSql, connection))
        {
            register.Parameters.Add(new NpgsqlParameter { Value = watcher });
            register.Parameters.Add(new NpgsqlParameter { Value = keys.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
            register.Parameters.Add(new NpgsqlParameter { Value = Lifetime });
            await register.ExecuteNonQueryAsync(ct);
        }

        return await WritersAsync(connection, null, ct);
    }

    /// <summary>
    /// Returns once every one of <paramref name="writers"/> (from <see cref="RegisterAsync"/>) has finished, or when
    /// <paramref name="open"/> turns false. Looks every <see cref="CatchUpPoll"/>, doubling to 1 s while any is open.
    /// </summary>
    public async Task WaitForAsync(string[] writers, Func<bool> open, CancellationToken ct)
    {
        var poll = CatchUpPoll;
        while (writers.Length > 0 && open())
        {
            await Task.Delay(poll, ct);
            await using (var connection = await db.OpenConnectionAsync(ct))
            {
                writers = await WritersAsync(connection, writers, ct);
            }

            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, TimeSpan.TicksPerSecond));
        }
    }

    /// <summary>
    /// Makes this process's rows exactly <paramref name="keys"/>, each valid for another <see cref="Lifetime"/>, and
    /// deletes every expired row (a crashed API's). Answers the database's clock at the renewal and the event writers
    /// in flight after it, as <see cref="RegisterAsync"/> does.
    /// </summary>
    public async Task<(DateTimeOffset Now, string[] Writers)> RenewAsync(IReadOnlyCollection<Guid> keys, CancellationToken ct)
    {
        // The deleted rows and the renewed ones never overlap (others' expired rows, this process's other keys).
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var renew = new NpgsqlCommand($"""
            WITH gone AS (
                DELETE FROM gh_job_watchers
                WHERE (watcher = $1 AND job_id <> ALL ($2)) OR (watcher <> $1 AND expires_at < now())
            ),
            renewed AS ({RegisterSql})
            SELECT now()
            """, connection);
        renew.Parameters.Add(new NpgsqlParameter { Value = watcher });
        renew.Parameters.Add(new NpgsqlParameter { Value = keys.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        renew.Parameters.Add(new NpgsqlParameter { Value = Lifetime });
        var now = new DateTimeOffset((DateTime)(await renew.ExecuteScalarAsync(ct))!);
        return (now, await WritersAsync(connection, null, ct));
    }

    private static async Task<string[]> WritersAsync(NpgsqlConnection connection, string[]? among, CancellationToken ct)
    {
        await using var writers = new NpgsqlCommand(WritersSql, connection);
        writers.Parameters.Add(new NpgsqlParameter { Value = (object?)among ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return (string[])(await writers.ExecuteScalarAsync(ct))!;
    }
}
