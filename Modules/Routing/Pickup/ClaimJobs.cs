using GhostHands.Jobs;
using GhostHands.Schema;
using Npgsql;

namespace GhostHands.Routing.Pickup;

/// <summary>
/// Claims and starts up to <c>limit</c> due pending jobs for one worker through <c>gh_claim_jobs</c> (migration 016),
/// the one definition of the claim, which <c>gh_pickup_next_job</c> also runs: nothing while the queue is paused or
/// the worker is draining; its own targeted jobs first, then the shared pool, then other workers' jobs it may take
/// (affinity <c>any</c>, or <c>preferred</c> once they have waited long enough). Claimed rows are <c>running</c>
/// with this worker as owner, a fresh heartbeat and the next attempt number (the fencing token), recorded as one
/// <c>pending → running</c> event each. One statement, one round trip, one commit per claim.
/// </summary>
public static class ClaimJobs
{
    internal static readonly string Sql = $"SELECT {JobRows.ColumnsOf("j")} FROM gh_claim_jobs($1, $2, $3) j";

    /// <summary>The claimed jobs, already running, in the order they should start.</summary>
    public static async Task<List<Job>> ExecuteAsync(
        NpgsqlDataSource db, string workerId, int limit, TimeSpan preferredWait, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand(Sql);
        AddParameters(command.Parameters, workerId, limit, preferredWait);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadAsync(reader, workerId, limit, cancellationToken);
    }

    /// <summary>The claim as one command of a batch (read its result with <see cref="ReadAsync"/>).</summary>
    internal static NpgsqlBatchCommand BatchCommand(string workerId, int limit, TimeSpan preferredWait)
    {
        var command = new NpgsqlBatchCommand(Sql);
        AddParameters(command.Parameters, workerId, limit, preferredWait);
        return command;
    }

    /// <summary>Reads the claim's current result set: the jobs in the order they should start.</summary>
    internal static async Task<List<Job>> ReadAsync(NpgsqlDataReader reader, string workerId, int limit, CancellationToken cancellationToken)
    {
        var jobs = new List<Job>(limit);
        while (await reader.ReadAsync(cancellationToken))
        {
            jobs.Add(JobRows.Read(reader));
        }

        jobs.Sort((a, b) =>
        {
            var byTarget = (a.TargetWorkerId != workerId).CompareTo(b.TargetWorkerId != workerId);
            return byTarget != 0 ? byTarget
                : a.Priority != b.Priority ? a.Priority.CompareTo(b.Priority)
                : a.CreatedAt.CompareTo(b.CreatedAt);
        });
        return jobs;
    }

    private static void AddParameters(NpgsqlParameterCollection parameters, string workerId, int limit, TimeSpan preferredWait)
    {
        parameters.Add(new NpgsqlParameter { Value = workerId });
        parameters.Add(new NpgsqlParameter { Value = limit });
        parameters.Add(new NpgsqlParameter { Value = preferredWait });
    }
}
