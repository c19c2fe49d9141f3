using GhostHands.Routing.Runtime;
using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Streaming;

/// <summary>
/// A narration that starts while a status change of the same job is still uncommitted (migration 013): it waits for
/// that commit and gets the higher id, so a client streaming the job sees both, in commit order.
/// </summary>
public sealed class WhenANarrationRacesAStatusChange(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private readonly HttpClient client = api.CreateAuthenticatedClient();

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("worker")]
    [InlineData("sql")]
    public async Task The_narration_waits_for_the_commit_and_the_stream_delivers_both_in_order(string narrator)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var id = await api.DataSource.InsertJob();
        await api.DataSource.Execute(
            "UPDATE gh_automation_jobs SET status = 'queued', worker_id = 'adam', attempt = 1, last_heartbeat = now() WHERE id = $1", id);
        using var stream = await EventStream.OpenAsync(client, $"/api/v1/gh/jobs/{id}/stream", null, deadline.Token);
        var seen = await stream.ReadAsync(deadline.Token, count: 2);

        await using var connection = await api.DataSource.OpenConnectionAsync();
        await using var statusChange = await connection.BeginTransactionAsync();
        await using (var start = new NpgsqlCommand("UPDATE gh_automation_jobs SET status = 'running', started_at = now() WHERE id = $1", connection))
        {
            start.Parameters.Add(new NpgsqlParameter { Value = id });
            await start.ExecuteNonQueryAsync();
        }

        var narration = narrator == "worker"
            ? new JobWrites(api.DataSource, "adam").NarrateAsync(new Attempt(id, 1), "step_started", "Opening the form.", null, deadline.Token)
            : api.DataSource.Execute("INSERT INTO gh_job_events (job_id, event_type, actor, message) VALUES ($1, 'step_started', 'sql', 'Opening the form.')", id)
                .ContinueWith(t => t.Result == 1, TaskScheduler.Default);
        await Eventually.Until(async () => narration.IsCompleted || await WaitingOnALock(), done => done, Deadline,
            "the narration to finish or to wait for a lock");
        Assert.False(narration.IsCompleted, "The narration was committed before the status change it started after.");

        await statusChange.CommitAsync();
        Assert.True(await narration);
        while (seen[^1].Event != "step_started")
        {
            seen.Add((await stream.NextAsync(deadline.Token))!);
        }

        var ids = await api.DataSource.Rows("SELECT id FROM gh_job_events WHERE job_id = $1 ORDER BY id", r => r.GetInt64(0), id);
        Assert.Equal(ids, seen.Select(m => m.Id!.Value));
        Assert.Equal(["job_created", "status_changed", "status_changed", "step_started"], seen.Select(m => m.Event));
        Assert.Equal("running", seen[2].JobEvent.ToStatus);
    }

    private Task<bool> WaitingOnALock() => api.DataSource.Scalar<bool>("""
        SELECT count(*) > 0 FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO gh_job_events%'
        """);
}
