using GhostHands.Jobs;
using GhostHands.Jobs.Handling;
using GhostHands.Routing.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GhostHands.Routing;

/// <summary>The Routing module: worker identity, pickup, the worker runtime and the worker registry endpoints.</summary>
public static class RoutingModule
{
    /// <summary>The API side: the worker registry endpoints.</summary>
    public static IHostApplicationBuilder AddRoutingModule(this IHostApplicationBuilder builder)
    {
        builder.ConfigureMessaging(wolverine => wolverine.Discovery.IncludeAssembly(typeof(RoutingModule).Assembly));
        return builder;
    }

    /// <summary>
    /// Everything a worker process needs to claim and run jobs. <paramref name="workerId"/> comes from
    /// <see cref="WorkerIdentity.Resolve"/>, before the host is built, so that connections can carry it.
    /// </summary>
    public static IHostApplicationBuilder AddWorkerRuntime(this IHostApplicationBuilder builder, string workerId)
    {
        builder.Services.AddOptions<WorkerOptions>()
            .BindConfiguration(WorkerOptions.Section)
            .PostConfigure(o => o.WorkerId = workerId)
            .Validate(o => o.MaxConcurrentJobs is >= 1 and <= 1000, "MAX_CONCURRENT_JOBS (Worker:MaxConcurrentJobs) must be between 1 and 1000.")
            .Validate(o => o.HeartbeatInterval >= TimeSpan.FromMilliseconds(100), "Worker:HeartbeatInterval must be at least 100 ms.")
            .Validate(o => o.PollInterval >= TimeSpan.FromMilliseconds(10), "Worker:PollInterval must be at least 10 ms.")
            .Validate(o => o.ShutdownTimeout >= TimeSpan.Zero, "Worker:ShutdownTimeout must not be negative.")
            .Validate(o => o.CompletionBatchSize >= 1, "Worker:CompletionBatchSize must be at least 1.")
            .ValidateOnStart();

        // The host must wait longer than the worker's own shutdown budget, or it would cut the hand-back short.
        builder.Services.Configure<HostOptions>(host =>
        {
            var budget = builder.Configuration.GetSection(WorkerOptions.Section).GetValue(nameof(WorkerOptions.ShutdownTimeout), WorkerOptions.DefaultShutdownTimeout);
            host.ShutdownTimeout = budget + TimeSpan.FromSeconds(15);
        });

        builder.Services.AddSingleton<IJobHandler, SystemPingHandler>();
        builder.Services.AddSingleton<JobDispatcher>();
        builder.Services.AddQueueDataSource(builder.Configuration, builder.Environment.ApplicationName, workerId);
        builder.Services.AddSingleton<WorkerRuntime>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WorkerRuntime>());
        return builder;
    }
}
