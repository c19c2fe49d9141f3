using System.Text.Json;
using System.Text.Json.Nodes;
using GhostHands.Fixtures;
using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Recovery;

/// <summary>
/// A real worker process killed with SIGKILL at the two moments that decide whether an application goes out twice:
/// after the page confirmed the submission but before the completion is written, and after the submit went out but
/// before any answer. The next attempt, in a new process, completes the first from the record and pauses the second
/// for review; the fixture ATS receives exactly one submission either way.
/// </summary>
[Collection(nameof(CrashTests))]
public sealed class WhenAWorkerDiesAroundTheSubmit(PostgresServer postgres) : IAsyncLifetime
{
    private const string Form = "greenhouse-single-page";
    private const string WorkerId = "once";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    // Any key of our own: the completion trigger waits on it while the test holds it.
    private const long CompletionLock = 16_0001;

    private readonly string artifacts = Path.Combine(Path.GetTempPath(), $"gh-once-{Guid.NewGuid():N}");
    private readonly List<WorkerProcess> workers = [];
    private FixtureSite site = null!;
    private NpgsqlDataSource db = null!;
    private string connectionString = "";

    public async ValueTask InitializeAsync()
    {
        connectionString = await postgres.CreateDatabaseAsync();
        db = NpgsqlDataSource.Create(connectionString);
        site = await FixtureSite.StartAsync();
        Directory.CreateDirectory(artifacts);
        await File.WriteAllBytesAsync(Path.Combine(artifacts, FixtureCatalog.ResumeFileName), FixtureCatalog.ResumePdf());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in workers)
        {
            await worker.DisposeAsync();
        }

        site.ReleaseSubmissions();
        await site.DisposeAsync();
        await db.DisposeAsync();
        Directory.Delete(artifacts, recursive: true);
    }

    [Fact]
    public async Task Killed_after_the_confirmation_and_before_completion_the_job_completes_from_the_record_with_one_submission()
    {
        var first = await StartWorkerAsync();
        // The test holds the lock the completion write waits for, so the worker is stopped exactly between the
        // recorded confirmation and the completion, however fast it runs.
        await db.Execute($"""
            CREATE FUNCTION test_hold_completion() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.status = 'completed' THEN
                    PERFORM pg_advisory_lock_shared({CompletionLock});
                    RAISE EXCEPTION 'completion held by the test';
                END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER test_hold_completion BEFORE UPDATE ON gh_automation_jobs
                FOR EACH ROW EXECUTE FUNCTION test_hold_completion();
            """);
        var holder = await db.OpenConnectionAsync();
        await using (var hold = new NpgsqlCommand($"SELECT pg_advisory_lock({CompletionLock})", holder))
        {
            await hold.ExecuteNonQueryAsync();
        }

        var id = await InsertApplyJobAsync();
        await Eventually.Until(
            () => db.Scalar<long>("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"),
            n => n == 1, Deadline, "the worker to reach the completion write");
        Assert.Equal(1L, await db.Scalar<long>("SELECT count(*) FROM gh_job_events WHERE job_id = $1 AND event_type = 'step_completed' AND metadata ? 'matched_text'", id));

        first.Kill();
        await first.WaitForExitAsync(TimeSpan.FromSeconds(10));
        await holder.DisposeAsync();
        await Eventually.Until(() => db.Scalar<long>("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"),
            n => n == 0, TimeSpan.FromSeconds(30), "the held completion to give up");
        await db.Execute("DROP TRIGGER test_hold_completion ON gh_automation_jobs");
        Assert.Equal("running", await db.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", id));

        await StartWorkerAsync();
        var status = await WaitForStatusAsync(id, s => s is "completed" or "failed" or "paused");

        Assert.True(status == "completed", await Describe(id));
        var result = JsonNode.Parse(await db.Scalar<string>("SELECT result_data::text FROM gh_automation_jobs WHERE id = $1", id))!;
        Assert.Equal(1, (int?)result["recovered_from_attempt"]);
        Assert.False(string.IsNullOrEmpty((string?)result["confirmation"]?["text"]));
        Assert.Contains("confirmation", (string?)result["screenshot"], StringComparison.Ordinal);
        Assert.Equal(2, await db.Scalar<int>("SELECT attempt FROM gh_automation_jobs WHERE id = $1", id));
        Assert.Single(site.Submissions);
    }

    [Fact]
    public async Task Killed_after_the_submit_before_any_answer_the_job_pauses_for_review_without_a_second_submission()
    {
        site.HoldSubmissions();
        var first = await StartWorkerAsync();
        var id = await InsertApplyJobAsync();

        // The fixture ATS has the application and has not answered: the page cannot have confirmed anything.
        await site.WaitForAttemptAsync(Form, 1, Deadline);
        first.Kill();
        await first.WaitForExitAsync(TimeSpan.FromSeconds(10));

        await StartWorkerAsync();
        var status = await WaitForStatusAsync(id, s => s is "completed" or "failed" or "paused");

        Assert.True(status == "paused", await Describe(id));
        var details = JsonNode.Parse(await db.Scalar<string>("SELECT error_details::text FROM gh_automation_jobs WHERE id = $1", id))!;
        Assert.Equal("needs_review", (string?)details["reason"]);
        Assert.Equal(1, (int?)details["submitted_in_attempt"]);
        Assert.StartsWith($"/api/v1/gh/jobs/{id}/artifacts/", (string?)details["screenshot"], StringComparison.Ordinal);
        Assert.Equal(1L, await db.Scalar<long>("SELECT count(*) FROM gh_job_events WHERE job_id = $1 AND event_type = 'needs_review'", id));
        site.ReleaseSubmissions();
        Assert.Single(site.Submissions);
    }

    private async Task<WorkerProcess> StartWorkerAsync()
    {
        var worker = WorkerProcess.Start(connectionString, WorkerId, new Dictionary<string, string>
        {
            ["GH_TARGET_ALLOWLIST"] = "loopback",
            ["GH_ARTIFACTS_ROOT"] = artifacts,
            ["Worker__HeartbeatInterval"] = "00:00:00.500",
            ["Worker__PollInterval"] = "00:00:00.500",
            ["Worker__MaxConcurrentJobs"] = "1",
            ["Recovery__RescueAfter"] = "00:00:03",
            ["Recovery__SweepSchedule"] = "* * * * * *",
            ["Retry__BaseDelay"] = "00:00:00.100",
            ["Retry__MaxDelay"] = "00:00:00.500",
            ["Logging__LogLevel__Default"] = "Warning",
        });
        workers.Add(worker);
        // Up once it has registered, which also means the schema is migrated (the first worker migrates it).
        await Eventually.Until(
            async () => await db.Scalar<bool>("SELECT to_regclass('gh_worker_registry') IS NOT NULL")
                && await db.Scalar<long>("SELECT count(*) FROM gh_worker_registry WHERE worker_id = $1 AND process_id = $2", WorkerId, worker.Id) == 1,
            up => up, Deadline, "the worker to register");
        return worker;
    }

    private Task<Guid> InsertApplyJobAsync()
    {
        var input = JsonNode.Parse(FixtureCatalog.ApplicantJson)!.AsObject();
        input["resumePath"] = Path.Combine(artifacts, FixtureCatalog.ResumeFileName);
        return db.Scalar<Guid>("""
            INSERT INTO gh_automation_jobs (user_id, job_type, target_url, input_data, max_retries)
            VALUES (gen_random_uuid(), 'apply', $1, $2::jsonb, 3) RETURNING id
            """, site.FormUrl(Form).ToString(), input.ToJsonString());
    }

    private async Task<string> WaitForStatusAsync(Guid id, Func<string, bool> done)
    {
        try
        {
            return await Eventually.Until(() => db.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", id), done, Deadline, "the job to finish");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{await Describe(id)}", e);
        }
    }

    private async Task<string> Describe(Guid id)
    {
        var events = await db.Rows("SELECT event_type || ' ' || coalesce(to_status, '') || ' ' || coalesce(message, '') FROM gh_job_events WHERE job_id = $1 ORDER BY id",
            r => r.GetString(0), id);
        return $"{string.Join("\n", events)}\n{string.Join("\n---\n", workers.Select(w => w.Output))}";
    }
}
