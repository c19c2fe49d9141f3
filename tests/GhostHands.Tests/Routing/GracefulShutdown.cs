using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Routing;

/// <summary>SIGTERM to a real worker process while it runs a job (docs/contract.md, Runbook: graceful shutdown).</summary>
public sealed class WhenAWorkerIsTerminatedMidJob(PostgresServer postgres) : IAsyncLifetime
{
    private string connectionString = "";
    private NpgsqlDataSource db = null!;

    public async ValueTask InitializeAsync()
    {
        connectionString = await postgres.CreateDatabaseAsync();
        db = NpgsqlDataSource.Create(connectionString);
    }

    public async ValueTask DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task A_job_that_finishes_within_the_shutdown_timeout_completes_and_the_worker_exits_0()
    {
        await using var worker = WorkerProcess.Start(connectionString, "term-a", new Dictionary<string, string> { ["Worker__ShutdownTimeout"] = "00:00:20" });
        var job = await db.InsertJob(target: "term-a", inputData: """{"sleep_ms": 2000}""");
        await WaitForStatus(job, "running", worker);

        worker.Terminate();
        var exitCode = await worker.WaitForExitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal(0, exitCode);
        Assert.Equal("completed", await Status(job));
        Assert.Equal("offline", await db.Scalar<string>("SELECT status FROM gh_worker_registry WHERE worker_id = 'term-a'"));
    }

    [Fact]
    public async Task A_job_still_running_at_the_timeout_goes_back_to_pending_with_a_reason_and_the_worker_exits_0()
    {
        await using var worker = WorkerProcess.Start(connectionString, "term-b", new Dictionary<string, string> { ["Worker__ShutdownTimeout"] = "00:00:01" });
        var job = await db.InsertJob(target: "term-b", inputData: """{"sleep_ms": 120000}""");
        await WaitForStatus(job, "running", worker);

        worker.Terminate();
        var exitCode = await worker.WaitForExitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal(0, exitCode);
        Assert.Equal("pending", await Status(job));
        Assert.Null(await db.Scalar<object>("SELECT worker_id FROM gh_automation_jobs WHERE id = $1", job) as string);
        Assert.Contains("shut down", await db.Scalar<string>("SELECT status_message FROM gh_automation_jobs WHERE id = $1", job));
        Assert.Equal("shutdown", await db.Scalar<string>("SELECT error_details->>'recovered_by' FROM gh_automation_jobs WHERE id = $1", job));
        Assert.Equal(0L, await db.Scalar<long>("SELECT count(*) FROM gh_automation_jobs WHERE status IN ('queued', 'running')"));
    }

    private Task<string> Status(Guid job) => db.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", job);

    private async Task WaitForStatus(Guid job, string status, WorkerProcess worker)
    {
        try
        {
            await Eventually.Until(() => Status(job), s => s == status, TimeSpan.FromSeconds(30), $"job to be {status}");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\nworker output:\n{worker.Output}", e);
        }
    }
}
