using System.Threading.Channels;
using GhostHands.Schema;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GhostHands.Tests.Streaming;

/// <summary>
/// The event trigger notifies <c>gh_job_event</c> only for jobs registered in <c>gh_job_watchers</c> (migration 022),
/// on a migrated database with no API. Notifications reach a listener in commit order, so an event that was not
/// notified is one whose notification did not arrive before the next, notified one.
/// </summary>
public sealed class WhenJobEventsAreWatchedOrNot(PostgresServer postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private static readonly Guid Watcher = Guid.NewGuid();
    private readonly Channel<string> heard = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource stopping = new();
    private NpgsqlDataSource db = null!;
    private NpgsqlConnection listener = null!;
    private Task listening = Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());
        await new SchemaMigrator(db, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        listener = await db.OpenConnectionAsync();
        listener.Notification += (_, e) => heard.Writer.TryWrite(e.Payload);
        await using (var listen = new NpgsqlCommand("LISTEN gh_job_event", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        listening = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    await listener.WaitAsync(stopping.Token);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // Disposal stops the listener; any other end of it fails the test below.
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await listening;
        await listener.DisposeAsync();
        await db.DisposeAsync();
        stopping.Dispose();
    }

    [Fact]
    public async Task Nothing_is_notified_for_a_job_nobody_watches_nor_for_its_creation()
    {
        var unwatched = await db.InsertJob();
        var watched = await db.InsertJob();
        await Watch(watched, TimeSpan.FromMinutes(1));

        var quiet = await Step(unwatched);
        var loud = await Step(watched);

        Assert.Equal($"{watched}:{loud}", await NextAsync());
        Assert.False(heard.Reader.TryRead(out var more), $"Also heard {more}, unwatched step {quiet}.");
    }

    [Fact]
    public async Task A_watched_job_notifies_its_status_changes_and_steps_in_commit_order()
    {
        var id = await db.InsertJob();
        await Watch(id, TimeSpan.FromMinutes(1));

        await db.Execute("UPDATE gh_automation_jobs SET status = 'cancelled', completed_at = now() WHERE id = $1", id);
        var step = await Step(id);

        var cancelled = await db.Scalar<long>("SELECT id FROM gh_job_events WHERE job_id = $1 AND to_status = 'cancelled'", id);
        Assert.Equal([$"{id}:{cancelled}", $"{id}:{step}"], [await NextAsync(), await NextAsync()]);
    }

    [Fact]
    public async Task A_registration_for_every_job_notifies_every_event_including_creation()
    {
        await Watch(Guid.Empty, TimeSpan.FromMinutes(1));

        var id = await db.InsertJob();
        var step = await Step(id);

        var created = await db.Scalar<long>("SELECT id FROM gh_job_events WHERE job_id = $1 AND event_type = 'job_created'", id);
        Assert.Equal([$"{id}:{created}", $"{id}:{step}"], [await NextAsync(), await NextAsync()]);
    }

    [Fact]
    public async Task An_expired_registration_notifies_nothing()
    {
        var crashed = await db.InsertJob();
        var watched = await db.InsertJob();
        await Watch(crashed, TimeSpan.FromSeconds(-1));
        await Watch(Guid.Empty, TimeSpan.FromSeconds(-1));
        await Watch(watched, TimeSpan.FromMinutes(1));

        await Step(crashed);
        var loud = await Step(watched);

        Assert.Equal($"{watched}:{loud}", await NextAsync());
    }

    [Fact]
    public async Task A_transaction_that_is_not_read_committed_notifies_whatever_is_watched()
    {
        var id = await db.InsertJob();

        await using var connection = await db.OpenConnectionAsync();
        await using (var tx = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead))
        {
            await using var step = new NpgsqlCommand("INSERT INTO gh_job_events (job_id, event_type, actor) VALUES ($1, 'step', 'sql')", connection, tx);
            step.Parameters.Add(new NpgsqlParameter { Value = id });
            await step.ExecuteNonQueryAsync();
            await tx.CommitAsync();
        }

        var ids = await db.Rows("SELECT id FROM gh_job_events WHERE job_id = $1 AND event_type = 'step'", r => r.GetInt64(0), id);
        Assert.Equal($"{id}:{ids[0]}", await NextAsync());
    }

    private Task Watch(Guid key, TimeSpan lifetime) => db.Execute(
        "INSERT INTO gh_job_watchers (job_id, watcher, expires_at) VALUES ($1, $2, now() + $3)", key, Watcher, lifetime);

    private Task<long> Step(Guid id) => db.Scalar<long>(
        "INSERT INTO gh_job_events (job_id, event_type, actor) VALUES ($1, 'step', 'sql') RETURNING id", id);

    private async Task<string> NextAsync()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        return await heard.Reader.ReadAsync(deadline.Token);
    }
}
