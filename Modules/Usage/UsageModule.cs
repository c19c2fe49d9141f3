using GhostHands.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GhostHands.Usage;

/// <summary>The Usage module: budgets per tier and preset, per-job cost accounting, monthly usage and its endpoint.</summary>
public static class UsageModule
{
    /// <summary>Cost options (validated at start-up), the usage ledger and the preflight; workers and the API both use them.</summary>
    public static IHostApplicationBuilder AddUsageModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CostOptions>().BindConfiguration(CostOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CostOptions>, CostOptionsValidator>();
        builder.Services.AddSingleton<UsageLedger>();
        builder.Services.AddSingleton<CostControl>();
        return builder;
    }

    /// <summary>The API side: <c>GET /api/v1/gh/users/{id}/usage</c>.</summary>
    public static IHostApplicationBuilder AddUsageEndpoints(this IHostApplicationBuilder builder)
    {
        builder.AddUsageModule();
        builder.ConfigureMessaging(wolverine => wolverine.Discovery.IncludeAssembly(typeof(UsageModule).Assembly));
        return builder;
    }

    private sealed class CostOptionsValidator : IValidateOptions<CostOptions>
    {
        public ValidateOptionsResult Validate(string? name, CostOptions options)
        {
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
