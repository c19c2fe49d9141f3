using GhostHands.Execution.Apply;
using GhostHands.Execution.Artifacts;
using GhostHands.Execution.Browser;
using GhostHands.Execution.Custom;
using GhostHands.Execution.Scrape;
using GhostHands.Execution.Targets;
using GhostHands.Jobs;
using GhostHands.Jobs.Handling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GhostHands.Execution;

/// <summary>The Execution module: browser jobs on workers (apply, fill_form, scrape, custom) and the artifact endpoint.</summary>
public static class ExecutionModule
{
    /// <summary>The worker side: the shared browser, the handlers, the target guard and artifact storage.</summary>
    public static IHostApplicationBuilder AddExecutionModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExecutionOptions>()
            .BindConfiguration(ExecutionOptions.Section)
            .Validate(o => o.NavigationTimeout >= TimeSpan.FromSeconds(1), "Execution:NavigationTimeout must be at least 1 s.")
            .Validate(o => o.SettleTimeout >= TimeSpan.FromMilliseconds(500), "Execution:SettleTimeout must be at least 500 ms.")
            .Validate(o => o.MaxSubmitAttempts is >= 1 and <= 10, "Execution:MaxSubmitAttempts must be between 1 and 10.")
            .Validate(o => TryGuard(o.TargetAllowList), "GH_TARGET_ALLOWLIST (Execution:TargetAllowList) holds an entry that is neither a keyword, a host nor a CIDR.")
            .ValidateOnStart();
        AddArtifacts(builder);

        builder.Services.AddHttpClient(nameof(ResumeFiles), c => c.Timeout = TimeSpan.FromSeconds(30));
        builder.Services.AddSingleton(sp => new TargetUrlGuard(sp.GetRequiredService<IOptions<ExecutionOptions>>().Value.TargetAllowList));
        // Disposed by the container on shutdown, which closes the browser.
        builder.Services.AddSingleton<BrowserPool>();
        builder.Services.AddSingleton<ArtifactRecorder>();
        builder.Services.AddSingleton<BrowserJobRunner>();
        builder.Services.AddSingleton<ResumeFiles>();
        builder.Services.AddSingleton<IJobHandler, ApplyHandler>();
        builder.Services.AddSingleton<IJobHandler, FillFormHandler>();
        builder.Services.AddSingleton<IJobHandler, ScrapeHandler>();
        builder.Services.AddSingleton<IJobHandler, CustomHandler>();
        return builder;
    }

    /// <summary>The API side: the endpoint that serves job artifacts.</summary>
    public static IHostApplicationBuilder AddExecutionEndpoints(this IHostApplicationBuilder builder)
    {
        AddArtifacts(builder);
        builder.ConfigureMessaging(wolverine => wolverine.Discovery.IncludeAssembly(typeof(ExecutionModule).Assembly));
        return builder;
    }

    private static void AddArtifacts(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ArtifactsOptions>()
            .BindConfiguration(ArtifactsOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Root) && Path.IsPathFullyQualified(o.Root), "GH_ARTIFACTS_ROOT (Artifacts:Root) must be an absolute path.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IArtifactStore, LocalArtifactStore>();
    }

    private static bool TryGuard(string allowList)
    {
        try
        {
            _ = new TargetUrlGuard(allowList);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
