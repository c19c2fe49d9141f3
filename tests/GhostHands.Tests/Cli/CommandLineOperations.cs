using System.Text.Json.Nodes;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Cli;

/// <summary>The runbook commands (docs/contract.md, Runbook) against the real API and registry.</summary>
[Collection(ApiWithWorkersCollection.Name)]
public sealed class WhenOperatingFromTheCommandLine(ApiWithWorkers stack, PostgresServer postgres) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await stack.ResetAsync();

    public async ValueTask DisposeAsync() => await stack.ResetAsync();

    [Fact]
    public async Task Workers_list_shows_adam_and_sarah_active()
    {
        var result = await stack.RunCliAsync("workers", "list", "--json");
        var table = await stack.RunCliAsync("workers", "list");

        Assert.True(result.ExitCode == 0, result.ToString());
        var workers = result.Json()["workers"]!.AsArray();
        foreach (var id in ApiWithWorkers.WorkerIds)
        {
            Assert.Equal("active", (string?)workers.Single(w => (string?)w!["worker_id"] == id)!["status"]);
            Assert.Contains(id, table.Stdout);
        }
    }

    [Fact]
    public async Task Workers_drain_makes_a_running_worker_draining_and_an_unknown_one_exits_4()
    {
        await using var carol = WorkerProcess.Start(stack.ConnectionString, "carol");
        await Eventually.Until(() => stack.Db.Scalar<long>("SELECT count(*) FROM gh_worker_registry WHERE worker_id = 'carol' AND status = 'active'"),
            n => n == 1, TimeSpan.FromSeconds(60), "carol to register");

        var drained = await stack.RunCliAsync("workers", "drain", "carol", "--json");
        var unknown = await stack.RunCliAsync("workers", "drain", "nobody");

        Assert.True(drained.ExitCode == 0, drained.ToString());
        Assert.Equal("draining", (string?)drained.Json()["status"]);
        Assert.Equal("draining", await stack.Db.Scalar<string>("SELECT status FROM gh_worker_registry WHERE worker_id = 'carol'"));
        Assert.Equal(4, unknown.ExitCode);
        Assert.Contains("worker_not_found", unknown.Stderr);
    }

    [Fact]
    public async Task Emergency_stop_pauses_the_queue_and_resume_lets_held_back_work_run()
    {
        var stopped = await stack.RunCliAsync("emergency-stop", "--reason", "bad deploy", "--json");
        var state = await stack.RunCliAsync("queue");
        var pausedInDatabase = await stack.Db.Scalar<bool>("SELECT paused FROM gh_queue_control");
        var submitted = await stack.RunCliAsync("submit-test-job", "--worker-id", "sarah", "--json");
        var resumed = await stack.RunCliAsync("resume", "--json");
        using var client = stack.CreateClient();
        var done = await client.PollForCompletionAsync(Guid.Parse((string)submitted.Json()["id"]!), TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(60));

        Assert.True(stopped.ExitCode == 0, stopped.ToString());
        Assert.True((bool)stopped.Json()["paused"]!);
        Assert.Equal("bad deploy", (string?)stopped.Json()["reason"]);
        Assert.True(pausedInDatabase);
        Assert.Contains("PAUSED", state.Stdout);
        Assert.Contains("bad deploy", state.Stdout);
        Assert.False((bool)resumed.Json()["paused"]!);
        Assert.False(await stack.Db.Scalar<bool>("SELECT paused FROM gh_queue_control"));
        Assert.Equal("sarah", done.WorkerId);
    }

    [Fact]
    public async Task Recover_stuck_requeues_a_job_whose_worker_went_silent_longer_than_asked()
    {
        // Silent for 30 s: under the API's own two-minute limit, so only the command's --older-than catches it.
        var silent = await Claimed("ghost", TimeSpan.FromSeconds(30));
        var recent = await Claimed("ghost", TimeSpan.FromSeconds(1));

        var result = await stack.RunCliAsync("recover-stuck", "--older-than", "20", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, (int)result.Json()["requeued"]!);
        Assert.Equal(20, (int)result.Json()["older_than_seconds"]!);
        Assert.Equal("pending", await stack.Db.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", silent));
        Assert.Equal("running", await stack.Db.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", recent));
    }

    [Fact]
    public async Task Migrate_brings_an_empty_database_to_the_latest_schema_once()
    {
        var connectionString = await postgres.CreateEmptyDatabaseAsync();
        var environment = new Dictionary<string, string?> { ["ConnectionStrings__ghosthands"] = connectionString };

        var first = await CliProcess.RunAsync(["migrate", "--json"], environment);
        var second = await CliProcess.RunAsync(["migrate", "--connection-string", connectionString]);

        Assert.True(first.ExitCode == 0, first.ToString());
        var latest = GhostHands.Schema.SchemaMigrator.All[^1].Version;
        Assert.Equal(latest, (int)first.Json()["applied"]!);
        Assert.Equal(latest, (int)first.Json()["version"]!);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"Applied 0 migration(s); the schema is at version {latest}.", second.Stdout);
    }

    [Fact]
    public async Task Migrate_without_a_database_exits_2_and_with_an_unreachable_one_exits_3()
    {
        var missing = await CliProcess.RunAsync(["migrate"]);
        var unreachable = await CliProcess.RunAsync(["migrate", "--connection-string", "Host=127.0.0.1;Port=9;Database=x;Username=x;Timeout=2"]);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("ConnectionStrings__ghosthands", missing.Stderr);
        Assert.Equal(3, unreachable.ExitCode);
    }

    private async Task<Guid> Claimed(string worker, TimeSpan silentFor)
    {
        var id = await stack.Db.InsertJob(target: worker);
        await stack.Db.Execute("""
            UPDATE gh_automation_jobs SET status = 'running', worker_id = $2, attempt = 1, started_at = now() - $3::interval,
                last_heartbeat = now() - $3::interval
            WHERE id = $1
            """, id, worker, silentFor);
        return id;
    }

    [Fact]
    public async Task Every_command_answers_json_that_parses()
    {
        string[][] commands = [["queue", "--json"], ["jobs", "list", "--json"], ["workers", "list", "--json"], ["recover-stuck", "--json"]];
        foreach (var command in commands)
        {
            var result = await stack.RunCliAsync(command);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.IsType<JsonObject>(result.Json());
        }
    }
}
