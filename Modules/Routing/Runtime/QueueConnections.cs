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
/// new job's notification to its start; about 1.7 times per job in the latency benchmark (bench/RESULTS.md). Those
/// statements leave no connection state behind: each is one statement or batch whose settings are transaction-local.
/// The LISTEN connection, Wolverine and Marten keep the process's shared data source, which resets.
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
            connection.Options = $"-c gh.actor=worker:{workerId}";
            connection.NoResetOnClose = true;
            return builder.Build();
        });
}
