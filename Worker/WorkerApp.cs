using GhostHands.Credentials;
using GhostHands.Execution;
using GhostHands.Jobs;
using GhostHands.Recovery;
using GhostHands.Routing;
using GhostHands.ServiceDefaults;
using GhostHands.Usage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace GhostHands.Worker;

/// <summary>
/// Builds a worker host exactly as <c>GhostHands.Worker</c> runs it. Public so that tests can start several
/// real workers against one database.
/// </summary>
public static class WorkerApp
{
    /// <summary>Command-line switches: <c>--worker-id=NAME</c> (or <c>--worker-id NAME</c>).</summary>
    public static IReadOnlyDictionary<string, string> Switches { get; } = new Dictionary<string, string>
    {
        ["--worker-id"] = $"{WorkerOptions.Section}:{nameof(WorkerOptions.WorkerId)}",
    };

    public static HostApplicationBuilder CreateBuilder(string[] args, Action<IConfigurationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            EnvironmentName = SeedEnvironment.EnvironmentName(),
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddCommandLine(args, Switches.ToDictionary());
        configure?.Invoke(builder.Configuration);
        builder.Configuration.AddSeedEnvironmentAliases();

        var workerId = WorkerIdentity.Resolve(builder.Configuration);
        builder.AddServiceDefaults();
        builder.AddGhostHandsDataSource(npgsql => npgsql.ConnectionStringBuilder.Options = $"{npgsql.ConnectionStringBuilder.Options} -c gh.actor=worker:{workerId}".Trim());
        builder.AddJobsModule();
        builder.AddRecoveryModule();
        builder.AddWorkerRuntime(workerId);
        builder.AddUsageModule();
        builder.AddCredentialsModule();
        builder.AddExecutionModule();
        builder.AddGhostHandsMessaging();
        return builder;
    }
}
