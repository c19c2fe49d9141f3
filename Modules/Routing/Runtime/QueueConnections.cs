using GhostHands.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GhostHands.Routing.Runtime;

/// <summary>
/// The connections of the worker's own queue statements: claims, completions, outcomes and heartbeats
/// (<see cref="JobClaimer"/>, <see cref="JobWrites"/>). Pooled without the reset on close (<c>No Reset On Close</c>):
/// with prepared statements on the connection, Npgsql otherwise runs seven statements (<c>CLOSE ALL</c>,
/// <c>UNLISTEN *</c>, <c>pg_advisory_unlock_all()</c>, <c>DISCARD SEQUENCES</c>, <c>DISCARD TEMP</c>, <c>RESET ALL</c>,
/// <c>SET SESSION AUTHORIZATION DEFAULT</c>) ahead of every next command, so ahead of every claim, on the path from a
/// new job's notification to its start; about 1.7 times per job in the latency benchmark (bench/RESULTS.md). Skipping
/// them is safe because the queue's own statements leave nothing on a connection: no <c>SET</c>, <c>LISTEN</c>,
/// advisory lock, temporary table or explicit transaction (the claim function's <c>SET enable_sort</c> is scoped to
/// the function, and Npgsql still rolls back a transaction left open). Keep it so when adding a statement here.
/// The LISTEN connection, Wolverine and Marten keep the process's shared data source, which resets. The two pools
/// are separate, each up to the connection string's <c>Maximum Pool Size</c>; the queue's holds at most a few
/// connections at once (one claim at a time, plus batched writes).
/// </summary>
internal static class QueueConnections
{
    public const string Key = "gh-queue";

    public static void AddQueueDataSource(this IServiceCollection services, IConfiguration configuration, string applicationName, string workerId) =>
        services.AddKeyedSingleton(Key, (_, _) =>
        {
            var builder = new NpgsqlDataSourceBuilder(configuration.GetConnectionString(PostgresExtensions.ConnectionName));
            var connection = builder.ConnectionStringBuilder;
            connection.ApplicationName ??= applicationName;
            if (connection.MaxAutoPrepare == 0)
            {
                connection.MaxAutoPrepare = PostgresExtensions.DefaultMaxAutoPrepare;
                connection.AutoPrepareMinUsages = 2;
            }

            // As the worker's shared data source (WorkerApp): events written here name this worker as their actor.
            connection.Options = $"{connection.Options} -c gh.actor=worker:{workerId}".Trim();
            connection.NoResetOnClose = true;
            return builder.Build();
        });
}
