using System.Text.Json.Nodes;
using GhostHands.Client;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Cli;

/// <summary>The <c>ghosthands</c> process against the real API, with real worker processes adam and sarah.</summary>
[Collection(ApiWithWorkersCollection.Name)]
public sealed class WhenSubmittingATestJobFromTheCommandLine(ApiWithWorkers stack) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await stack.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task With_worker_id_sarah_and_wait_it_runs_on_sarah_shows_its_progress_and_exits_0()
    {
        var result = await stack.RunCliAsync("submit-test-job", "--worker-id=sarah", "--wait", "--json");

        Assert.True(result.ExitCode == 0, $"{result}\nworkers:\n{stack.WorkerOutput}");
        var job = result.Json();
        Assert.Equal("completed", (string?)job["status"]);
        Assert.Equal("sarah", (string?)job["worker_id"]);
        Assert.Equal("sarah", (string?)job["target_worker_id"]);
        Assert.Equal("system.ping", (string?)job["job_type"]);
        var id = Guid.Parse((string)job["id"]!);
        Assert.Equal("sarah", await stack.Db.Scalar<string>("SELECT worker_id FROM gh_automation_jobs WHERE id = $1", id));
        Assert.Contains("-> running (worker:sarah)", result.Stderr);
        Assert.Contains("-> completed (worker:sarah)", result.Stderr);
    }

    [Fact]
    public async Task Without_wait_it_prints_the_job_which_then_runs_on_its_target()
    {
        var result = await stack.RunCliAsync("submit-test-job", "-w", "adam");

        Assert.True(result.ExitCode == 0, result.ToString());
        var id = Guid.Parse(result.Stdout.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2]);
        Assert.Contains("for worker adam", result.Stdout);
        using var client = stack.CreateClient();
        var done = await client.PollForCompletionAsync(id, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(60));
        Assert.Equal("adam", done.WorkerId);
        Assert.Equal("cli", done.CreatedBy);
    }

    [Fact]
    public async Task A_job_that_fails_exits_1_with_its_error()
    {
        var result = await stack.RunCliAsync("submit-test-job", "--worker-id", "adam", "--input", """{"sleep_ms": "soon"}""", "--wait");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("failed on worker adam [invalid_input]", result.Stdout);
    }

    [Fact]
    public async Task An_invalid_worker_id_is_refused_by_the_api_and_exits_2()
    {
        var result = await stack.RunCliAsync("submit-test-job", "--worker-id", "not a worker id", "--json");

        Assert.Equal(2, result.ExitCode);
        var error = JsonNode.Parse(result.Stderr)!;
        Assert.Equal("validation_failed", (string?)error["code"]);
        Assert.NotNull(error["errors"]!["target_worker_id"]);
        Assert.Equal(0L, await stack.Db.Scalar<long>("SELECT count(*) FROM gh_automation_jobs"));
    }

    [Fact]
    public async Task A_taken_idempotency_key_exits_4()
    {
        var first = await stack.RunCliAsync("submit-test-job", "--worker-id", "nobody", "--idempotency-key", "cli-once");
        var second = await stack.RunCliAsync("submit-test-job", "--worker-id", "nobody", "--idempotency-key", "cli-once");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(4, second.ExitCode);
        Assert.Contains("duplicate_idempotency_key", second.Stderr);
    }

    [Fact]
    public async Task Waiting_past_the_timeout_exits_5_and_leaves_the_job_alone()
    {
        var result = await stack.RunCliAsync("submit-test-job", "--worker-id", "nobody", "--wait", "--timeout", "1");

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("is pending and goes on", result.Stderr);
        Assert.Equal("pending", await stack.Db.Scalar<string>("SELECT status FROM gh_automation_jobs"));
    }
}

[Collection(ApiWithWorkersCollection.Name)]
public sealed class WhenManagingJobsFromTheCommandLine(ApiWithWorkers stack) : IAsyncLifetime
{
    private readonly GhostHandsClient client = stack.CreateClient();

    public async ValueTask InitializeAsync() => await stack.ResetAsync();

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Jobs_list_json_is_the_api_page_and_its_filters_apply()
    {
        var mine = await Pending("nobody");
        await Pending("someone-else");

        var result = await stack.RunCliAsync("jobs", "list", "--target-worker-id", "nobody", "--status", "pending,queued", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var page = result.Json();
        Assert.Equal(1, (int)page["total"]!);
        Assert.Equal(mine.Id.ToString(), (string?)page["jobs"]![0]!["id"]);
    }

    [Fact]
    public async Task Jobs_get_cancel_and_retry_answer_the_job_as_json()
    {
        var job = await Pending("nobody");

        var got = await stack.RunCliAsync("jobs", "get", job.Id.ToString(), "--json");
        var cancelled = await stack.RunCliAsync("jobs", "cancel", job.Id.ToString(), "--reason", "wrong posting", "--json");
        var cancelledAgain = await stack.RunCliAsync("jobs", "cancel", job.Id.ToString());
        var retried = await stack.RunCliAsync("jobs", "retry", job.Id.ToString(), "--json");

        Assert.Equal("pending", (string?)got.Json()["status"]);
        Assert.Equal("cancelled", (string?)cancelled.Json()["status"]);
        Assert.Contains("wrong posting", (string?)cancelled.Json()["status_message"]);
        Assert.Equal(4, cancelledAgain.ExitCode);
        Assert.Contains("invalid_status_transition", cancelledAgain.Stderr);
        Assert.Equal("pending", (string?)retried.Json()["status"]);
    }

    [Fact]
    public async Task Jobs_get_of_an_unknown_job_exits_4()
    {
        var result = await stack.RunCliAsync("jobs", "get", Guid.NewGuid().ToString());

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("job_not_found", result.Stderr);
    }

    [Fact]
    public async Task Jobs_watch_streams_the_events_of_a_completing_job_as_json_lines_and_exits_0()
    {
        var job = await client.CreateJobAsync(JobJson.UserId, new CreateJobOptions
        {
            JobType = JobTypes.SystemPing, TargetWorkerId = "sarah", InputData = new { sleep_ms = 500 },
        });

        var result = await stack.RunCliAsync("jobs", "watch", job.Id.ToString(), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        var recorded = await client.GetEventsAsync(job.Id);
        Assert.Equal(recorded.Select(e => e.Id), lines.Select(l => (long)l["id"]!));
        Assert.Equal("completed", (string?)lines[^1]["to_status"]);
    }

    [Fact]
    public async Task Jobs_watch_of_a_cancelled_job_exits_1()
    {
        var job = await Pending("nobody");
        await client.CancelJobAsync(job.Id);

        var result = await stack.RunCliAsync("jobs", "watch", job.Id.ToString());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("pending -> cancelled", result.Stdout);
        Assert.Contains($"Job {job.Id} cancelled", result.Stdout);
    }

    [Fact]
    public async Task Jobs_events_json_lists_the_events_so_far()
    {
        var job = await Pending("nobody");

        var result = await stack.RunCliAsync("jobs", "events", job.Id.ToString(), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var events = result.Json()["events"]!.AsArray();
        Assert.Equal("job_created", (string?)Assert.Single(events)!["event_type"]);
    }

    private Task<Job> Pending(string target) =>
        client.CreateJobAsync(JobJson.UserId, new CreateJobOptions { JobType = JobTypes.SystemPing, TargetWorkerId = target });
}

/// <summary>Mistakes on the command line, and an API that is not there.</summary>
public sealed class WhenTheCommandLineIsWrong
{
    private static readonly Dictionary<string, string?> Configured = new()
    {
        ["GH_SERVICE_SECRET"] = "any-secret-of-sixteen-chars",
        ["GH_API_URL"] = "http://127.0.0.1:9",
    };

    [Theory]
    [InlineData("no-such-command")]
    [InlineData("jobs")]
    [InlineData("jobs", "get", "not-a-uuid")]
    [InlineData("submit-test-job", "--timeout", "0")]
    [InlineData("submit-test-job", "--input", "[1, 2]")]
    [InlineData("jobs", "list", "--status", "sleeping")]
    public async Task Bad_arguments_exit_2(params string[] args)
    {
        var result = await CliProcess.RunAsync(args, Configured);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task A_missing_service_key_exits_2_and_names_the_variable()
    {
        var result = await CliProcess.RunAsync(["jobs", "list"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("GH_SERVICE_SECRET", result.Stderr);
    }

    [Fact]
    public async Task An_unreachable_api_exits_3_with_a_json_error_under_json()
    {
        var result = await CliProcess.RunAsync(["workers", "list", "--json"], Configured);

        Assert.Equal(3, result.ExitCode);
        var error = JsonNode.Parse(result.Stderr)!;
        Assert.Equal("unavailable", (string?)error["code"]);
        Assert.Contains("http://127.0.0.1:9", (string?)error["error"]);
    }
}
