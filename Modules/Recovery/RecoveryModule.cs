using GhostHands.Jobs;
using GhostHands.Jobs.Outbound;
using GhostHands.Recovery.Callbacks;
using Microsoft.Extensions.Http.Resilience;
using Wolverine.ErrorHandling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GhostHands.Recovery;

/// <summary>The Recovery module: retry policy, stuck-job rescue, expiry, and the recurring sweep that runs them.</summary>
public static class RecoveryModule
{
    /// <summary>How long one callback delivery may take, connection included.</summary>
    public static readonly TimeSpan CallbackTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The configuration key behind <c>GH_SERVICE_SECRET</c>, which signs callbacks.</summary>
    public const string ServiceSecretKey = "Api:ServiceSecret";

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
        // Callbacks go to receivers we do not control: Wolverine's cooldowns are the only retries, not a resilience
        // handler retrying inside each of them.
        // The guard sits in the socket connect, so it judges the address actually connected to, and every redirect.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; it is the documented way to opt out.
        builder.Services.AddHttpClient(SendCallbackHandler.HttpClientName, client => client.Timeout = CallbackTimeout)
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedHttp.CreateHandler(sp.GetRequiredService<AddressGuard>(), CallbackTimeout))
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.TryAddSingleton(sp => AddressGuard.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        // Callbacks are signed with the service secret; a process without one (a worker started without
        // GH_SERVICE_SECRET) leaves delivering them to those that have it.
        var secret = builder.Configuration[ServiceSecretKey];
        builder.Services.AddSingleton(sp => new CallbackSettings(sp.GetRequiredService<AddressGuard>(), string.IsNullOrEmpty(secret) ? null : secret));

        var callbackSchedule = builder.Configuration.GetSection(RecoveryOptions.Section)[nameof(RecoveryOptions.CallbackSchedule)] ?? new RecoveryOptions().CallbackSchedule;
        var recurring = RecurringJobs.Read(builder.Configuration);
        builder.Services.AddSingleton<IReadOnlyList<RecurringJob>>(recurring);
        builder.ConfigureMessaging(wolverine =>
        {
            foreach (var job in recurring)
            {
                wolverine.Schedules.ScheduleRecurring($"recurring-{job.Name}", job.Cron, at => new EnqueueRecurringJob(job.Name, at));
            }

            wolverine.Discovery.IncludeAssembly(typeof(RecoveryModule).Assembly);
            wolverine.Schedules.ScheduleRecurring<SweepQueue>(schedule);
            if (!string.IsNullOrEmpty(secret))
            {
                wolverine.Schedules.ScheduleRecurring<DeliverCallbacks>(callbackSchedule);
            }

            wolverine.OnException<CallbackFailedException>().Or<HttpRequestException>().Or<TaskCanceledException>()
                .RetryWithCooldown(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10))
                .Then.MoveToErrorQueue();
        });
        return builder;
    }
}
