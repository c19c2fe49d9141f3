using System.Threading.Channels;
using GhostHands.ServiceDefaults;
using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Streaming;

/// <summary>The LISTEN loop the API's job event hub runs on, against a real server whose connection is cut.</summary>
public sealed class WhenTheListenConnectionDrops(PostgresServer postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private readonly Channel<string> seen = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource stopping = new();
    private NpgsqlDataSource db = null!;
    private Task listening = Task.CompletedTask;

    public async ValueTask InitializeAsync() => db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await listening;
        await db.DisposeAsync();
        stopping.Dispose();
    }

    [Fact]
    public async Task Notifications_on_every_channel_reach_the_handler()
    {
        Listen("gh_test_first", "gh_test_second");
        Assert.Equal("listening", await NextAsync());

        await db.Execute("SELECT pg_notify('gh_test_first', 'one'), pg_notify('gh_test_second', 'two')");

        Assert.Equal("gh_test_first:one", await NextAsync());
        Assert.Equal("gh_test_second:two", await NextAsync());
    }

    [Fact]
    public async Task A_terminated_connection_is_reported_with_the_first_wait_then_listens_again()
    {
        Listen("gh_test_first");
        Assert.Equal("listening", await NextAsync());

        Assert.Equal(1, await db.Scalar<int>("""
            SELECT count(pg_terminate_backend(pid))::int FROM pg_stat_activity
            WHERE datname = current_database() AND query = 'LISTEN gh_test_first'
            """));

        Assert.Equal("lost, next attempt in 500 ms", await NextAsync());
        Assert.Equal("listening", await NextAsync());
        await db.Execute("SELECT pg_notify('gh_test_first', 'after')");
        Assert.Equal("gh_test_first:after", await NextAsync());
    }

    [Fact]
    public async Task Stopping_ends_the_loop_without_an_error()
    {
        Listen("gh_test_first");
        Assert.Equal("listening", await NextAsync());

        await stopping.CancelAsync();
        await listening;

        Assert.True(listening.IsCompletedSuccessfully);
        Assert.False(seen.Reader.TryRead(out var more), $"Nothing is reported on a clean stop, but saw: {more}");
    }

    [Fact]
    public void The_wait_doubles_from_half_a_second_and_stops_at_thirty_seconds()
    {
        var waits = new List<double> { ReconnectingListener.FirstBackoff.TotalSeconds };
        var wait = ReconnectingListener.FirstBackoff;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            wait = ReconnectingListener.NextBackoff(wait);
            waits.Add(wait.TotalSeconds);
        }

        Assert.Equal([0.5, 1, 2, 4, 8, 16, 30, 30, 30], waits);
    }

    private void Listen(params string[] channels) => listening = ReconnectingListener.RunAsync(
        db,
        channels,
        (_, e) => seen.Writer.TryWrite($"{e.Channel}:{e.Payload}"),
        () => seen.Writer.TryWrite("listening"),
        (_, wait) => seen.Writer.TryWrite($"lost, next attempt in {wait.TotalMilliseconds} ms"),
        stopping.Token);

    private async Task<string> NextAsync()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        return await seen.Reader.ReadAsync(deadline.Token);
    }
}
