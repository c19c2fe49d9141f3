using System.Text.Json;
using GhostHands.Jobs.Answers;
using GhostHands.Jobs.Outbound;
using GhostHands.Jobs.Streaming;
using GhostHands.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GhostHands.Jobs;

/// <summary>The Jobs module: the contract schema, its migrations, and the jobs REST API (Wolverine HTTP endpoints).</summary>
public static partial class JobsModule
{
    /// <summary>Registers the schema migrator (run once at start-up, before anything touches the tables) and the JSON contract.</summary>
    public static IHostApplicationBuilder AddJobsModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.TryAddSingleton(sp => AddressGuard.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddHostedService<MigrateOnStartup>();
        builder.Services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));
        builder.AddSavedAnswers();
        return builder;
    }

    /// <summary>
    /// The API side of <c>GET /jobs/{id}/stream</c>: one shared LISTEN connection for every stream. Workers do not
    /// call this; they only write the events.
    /// </summary>
    public static IHostApplicationBuilder AddJobStreaming(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<JobEventHub>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<JobEventHub>());
        return builder;
    }

    /// <summary>snake_case names and enum values, as docs/contract.md describes. Used by the API and every client (<see cref="ContractJson"/>).</summary>
    public static JsonSerializerOptions ConfigureJson(JsonSerializerOptions options) => ContractJson.Configure(options);

    public static JsonSerializerOptions JsonOptions => ContractJson.Options;

    private sealed partial class MigrateOnStartup(SchemaMigrator migrator, ILogger<MigrateOnStartup> logger) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            var applied = await migrator.MigrateAsync(cancellationToken);
            LogMigrated(applied, SchemaMigrator.All[^1].Version);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Information, Message = "Schema up to date: applied {Applied} migration(s), now at version {Version}")]
        private partial void LogMigrated(int applied, int version);
    }
}
