using GhostHands.Jobs.Handling;
using Npgsql;

namespace GhostHands.Tests.Infrastructure;

/// <summary>
/// Job type <c>test.record</c>: writes one row per execution into <c>test_executions</c> (job, worker, attempt,
/// start and end), so tests count side effects instead of trusting statuses. <c>input_data.sleep_ms</c> makes it slow.
/// </summary>
public sealed class RecordingHandler(NpgsqlDataSource db) : IJobHandler
{
    public const string Type = "test.record";

    public const string CreateTable = """
        CREATE TABLE IF NOT EXISTS test_executions (
            job_id uuid NOT NULL, worker_id text NOT NULL, attempt int NOT NULL,
            started_at timestamptz NOT NULL, finished_at timestamptz NOT NULL, seq bigint GENERATED ALWAYS AS IDENTITY)
        """;

    public string JobType => Type;

    public async Task<JobOutcome> ExecuteAsync(JobContext context)
    {
        var started = DateTimeOffset.UtcNow;
        if (context.Job.InputData.TryGetProperty("sleep_ms", out var sleep))
        {
            await Task.Delay(sleep.GetInt32(), context.CancellationToken);
        }

        await using var command = db.CreateCommand(
            "INSERT INTO test_executions (job_id, worker_id, attempt, started_at, finished_at) VALUES ($1, $2, $3, $4, now())");
        command.Parameters.Add(new NpgsqlParameter { Value = context.Job.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = context.WorkerId });
        command.Parameters.Add(new NpgsqlParameter { Value = context.Attempt });
        command.Parameters.Add(new NpgsqlParameter { Value = started });
        await command.ExecuteNonQueryAsync();
        return JobOutcome.Complete($"Recorded on {context.WorkerId}.");
    }
}
