using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GhostHands.Recovery;

/// <summary>The Recovery module: retry policy, stuck-job rescue, expiry, batches and callbacks.</summary>
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
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
