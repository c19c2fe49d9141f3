using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wolverine;
using Wolverine.Marten;

namespace GhostHands.Jobs;

/// <summary>
/// Wolverine and Marten for every process, on the one PostgreSQL database: Marten documents in schema
/// <c>gh_documents</c>, Wolverine's durable inbox/outbox and scheduled messages in schema <c>gh_wolverine</c>.
/// The jobs table stays the queue of record; Wolverine carries what happens around a job (events, callbacks,
/// sweeps, delayed retries).
/// </summary>
public static class Messaging
{
    public const string DocumentSchema = "gh_documents";
    public const string MessageSchema = "gh_wolverine";

    private const string ContributionsKey = "GhostHands.Messaging.Contributions";

    /// <summary>
    /// A module's part of the Wolverine set-up (handler assemblies, recurring schedules). Applied inside
    /// <see cref="AddGhostHandsMessaging"/>, which every process calls after its modules: some of Wolverine's options
    /// register services and so cannot wait for the host to be built.
    /// </summary>
    public static IHostApplicationBuilder ConfigureMessaging(this IHostApplicationBuilder builder, Action<WolverineOptions> configure)
    {
        if (!builder.Properties.TryGetValue(ContributionsKey, out var value) || value is not List<Action<WolverineOptions>> list)
        {
            list = [];
            builder.Properties[ContributionsKey] = list;
        }

        list.Add(configure);
        return builder;
    }

    public static IHostApplicationBuilder AddGhostHandsMessaging(
        this IHostApplicationBuilder builder, Action<WolverineOptions>? configure = null)
    {
        builder.Services.AddMarten(options =>
            {
                options.DatabaseSchemaName = DocumentSchema;
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            })
            .UseNpgsqlDataSource()
            .UseLightweightSessions()
            .IntegrateWithWolverine(wolverine => wolverine.MessageStorageSchemaName = MessageSchema)
            .ApplyAllDatabaseChangesOnStartup();

        builder.UseWolverine(options =>
        {
            // Explicit: Wolverine would otherwise scan the entry assembly (and remember the first host's for the
            // whole process). Each module adds its own assembly with ConfigureMessaging.
            options.ApplicationAssembly = typeof(Messaging).Assembly;
            options.Policies.AutoApplyTransactions();
            options.Policies.UseDurableLocalQueues();
            if (builder.Properties.TryGetValue(ContributionsKey, out var contributions) && contributions is List<Action<WolverineOptions>> list)
            {
                list.ForEach(contribute => contribute(options));
            }

            configure?.Invoke(options);
        });
        return builder;
    }
}
