using System.Reflection;
using Npgsql;

namespace GhostHands.Routing.Registry;

/// <summary>The worker's own row in <c>gh_worker_registry</c>: written at start (active) and at stop (offline).</summary>
internal sealed class WorkerRegistry(NpgsqlDataSource db, string workerId, int maxConcurrentJobs)
{
    public static string Version { get; } =
        typeof(WorkerRegistry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private const string RegisterSql = """
        INSERT INTO gh_worker_registry (worker_id, status, hostname, process_id, version, max_concurrent_jobs)
        VALUES ($1, 'active', $2, $3, $4, $5)
        ON CONFLICT (worker_id) DO UPDATE
        SET status = 'active', hostname = EXCLUDED.hostname, process_id = EXCLUDED.process_id, version = EXCLUDED.version,
            max_concurrent_jobs = EXCLUDED.max_concurrent_jobs, started_at = now(), last_heartbeat = now(),
            current_jobs = '{}', stopped_at = NULL
        """;

    private const string OfflineSql = """
        UPDATE gh_worker_registry SET status = 'offline', current_jobs = '{}', stopped_at = now(), last_heartbeat = now()
        WHERE worker_id = $1 AND process_id = $2
        """;

    public async Task RegisterAsync(CancellationToken ct)
    {
        await using var command = db.CreateCommand(RegisterSql);
        command.Parameters.Add(new NpgsqlParameter { Value = workerId });
        command.Parameters.Add(new NpgsqlParameter { Value = Environment.MachineName });
        command.Parameters.Add(new NpgsqlParameter { Value = Environment.ProcessId });
        command.Parameters.Add(new NpgsqlParameter { Value = Version });
        command.Parameters.Add(new NpgsqlParameter { Value = maxConcurrentJobs });
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task MarkOfflineAsync(CancellationToken ct)
    {
        await using var command = db.CreateCommand(OfflineSql);
        command.Parameters.Add(new NpgsqlParameter { Value = workerId });
        command.Parameters.Add(new NpgsqlParameter { Value = Environment.ProcessId });
        await command.ExecuteNonQueryAsync(ct);
    }
}
