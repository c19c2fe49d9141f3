using System.Collections.Concurrent;
using GhostHands.Jobs.Handling;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace GhostHands.Tests.Routing;

/// <summary>
/// A job put back to pending while this worker still runs its attempt (a stale-heartbeat rescue, an operator's
/// recover-stuck) and claimed again by the same worker: each attempt is held, stopped and released on its own.
/// </summary>
public sealed class WhenAWorkerClaimsAJobItStillRuns(PostgresServer postgres) : IAsyncLifetime
{
    private readonly GatedHandler handler = new();
    private NpgsqlDataSource db = null!;
    private IHost worker = null!;

    public async ValueTask InitializeAsync()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        db = NpgsqlDataSource.Create(connectionString);
        worker = await WorkerHosts.StartAsync(connectionString, "adam",
            new Dictionary<string, string?> { ["Worker:MaxConcurrentJobs"] = "2", ["Worker:PollInterval"] = "00:00:00.100" },
            services => services.AddSingleton<IJobHandler>(handler));
    }

    public async ValueTask DisposeAsync()
    {
        handler.OpenAll();
        await WorkerHosts.StopAllAsync([worker]);
        await db.DisposeAsync();
    }

    [Fact]
    public async Task Both_attempts_end_and_each_gives_its_slot_back()
    {
        var job = await db.InsertJob(GatedHandler.Type);
        await handler.Entered(job, 1);
        // The sweep hands attempt 1 back while its handler is still busy; adam has a free slot and claims attempt 2.
        await db.Execute("""
            UPDATE gh_automation_jobs SET status = 'pending', worker_id = NULL, last_heartbeat = NULL, started_at = NULL
            WHERE id = $1
            """, job);
        await handler.Entered(job, 2);

        handler.Open(job, 1);
        handler.Open(job, 2);
        await Eventually.Until(() => db.Scalar<string>("SELECT status || ':' || attempt FROM gh_automation_jobs WHERE id = $1", job),
            s => s == "completed:2", TimeSpan.FromSeconds(15), "attempt 2 to complete");

        // Both slots are free again: two new jobs run side by side.
        var first = await db.InsertJob(GatedHandler.Type);
        var second = await db.InsertJob(GatedHandler.Type);
        await handler.Entered(first, 1);
        await handler.Entered(second, 1);
    }

    /// <summary>Job type <c>test.gated</c>: each attempt runs until the test opens its gate, heedless of its token.</summary>
    private sealed class GatedHandler : IJobHandler
    {
        public const string Type = "test.gated";

        private readonly ConcurrentDictionary<(Guid, int), TaskCompletionSource> gates = new();
        private readonly ConcurrentDictionary<(Guid, int), TaskCompletionSource> entered = new();

        public string JobType => Type;

        public async Task<JobOutcome> ExecuteAsync(JobContext context)
        {
            var key = (context.Job.Id, context.Attempt);
            Signal(entered, key).TrySetResult();
            await Signal(gates, key).Task;
            return JobOutcome.Complete($"Attempt {context.Attempt} done.");
        }

        public Task Entered(Guid job, int attempt) =>
            Signal(entered, (job, attempt)).Task.WaitAsync(TimeSpan.FromSeconds(15));

        public void Open(Guid job, int attempt) => Signal(gates, (job, attempt)).TrySetResult();

        public void OpenAll()
        {
            foreach (var gate in gates.Values)
            {
                gate.TrySetResult();
            }
        }

        private static TaskCompletionSource Signal(ConcurrentDictionary<(Guid, int), TaskCompletionSource> signals, (Guid, int) key) =>
            signals.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }
}
