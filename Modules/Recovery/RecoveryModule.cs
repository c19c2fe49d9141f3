using GhostHands.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GhostHands.Recovery;

/// <summary>The Recovery module: retry policy, stuck-job rescue, expiry, and the recurring sweep that runs them.</summary>
public static class RecoveryModule
{
    public static IHostApplicationBuilder AddRecoveryModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetryOptions>()
            .BindConfiguration(RetryOptions.Section)
            .Validate(o => o.BaseDelay > TimeSpan.Zero, "Retry:BaseDelay must be positive.")
            .Validate(o => o.MaxDelay >= o.BaseDelay, "Retry:MaxDelay must be at least Retry:BaseDelay.")
            .Validate(o => o.JitterFraction is >= 0 and < 1, "Retry:JitterFraction must be in [0, 1).")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new RetryPolicy(sp.GetRequiredService<IOptions<RetryOptions>>().Value));

        var heartbeat = builder.Configuration.GetSection("Worker").GetValue("HeartbeatInterval", TimeSpan.FromSeconds(30));
        builder.Services.AddOptions<RecoveryOptions>()
            .BindConfiguration(RecoveryOptions.Section)
            // A rescue threshold at or under the heartbeat period would take jobs from healthy workers.
            .Validate(o => o.RescueAfter > heartbeat * 2,
                $"Recovery:RescueAfter must be more than twice Worker:HeartbeatInterval ({heartbeat}), or healthy workers lose their jobs.")
            .Validate(o => o.ExpirePendingAfter > TimeSpan.Zero, "Recovery:ExpirePendingAfter must be positive.")
            .Validate(o => o.BatchSize >= 1, "Recovery:BatchSize must be at least 1.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);

        var schedule = builder.Configuration.GetSection(RecoveryOptions.Section)[nameof(RecoveryOptions.SweepSchedule)] ?? new RecoveryOptions().SweepSchedule;
        builder.ConfigureMessaging(wolverine =>
        {
            wolverine.Discovery.IncludeAssembly(typeof(RecoveryModule).Assembly);
            wolverine.Schedules.ScheduleRecurring<SweepQueue>(schedule);
        });
        return builder;
    }
}
