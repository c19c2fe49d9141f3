using System.ClientModel;
using System.ClientModel.Primitives;
using GhostHands.Execution.Apply;
using GhostHands.Execution.Artifacts;
using GhostHands.Execution.Assist;
using GhostHands.Execution.Browser;
using GhostHands.Execution.Custom;
using GhostHands.Execution.Scrape;
using GhostHands.Execution.Targets;
using GhostHands.Jobs;
using GhostHands.Jobs.Handling;
using GhostHands.Jobs.Outbound;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using OpenAI;

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
        AddLanguageModel(builder);
        // Answers given on resume are stored with their embedding; the model loads on the first such answer only.
        builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(Forms.Meaning.MiniLmEmbeddings.Shared);

        // The guard sits in the socket connect of resume downloads, so redirects and re-resolved names pass it too; a
        // refusal is final, so no resilience handler retries it.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; it is the documented way to opt out.
        builder.Services.AddHttpClient(nameof(ResumeFiles), c => c.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedHttp.CreateHandler(sp.GetRequiredService<TargetUrlGuard>().Addresses, TimeSpan.FromSeconds(10)))
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.AddSingleton(sp => new TargetUrlGuard(sp.GetRequiredService<IOptions<ExecutionOptions>>().Value.TargetAllowList));
        // Disposed by the container on shutdown, which closes the browser.
        builder.Services.AddSingleton<BrowserPool>();
        builder.Services.AddSingleton<ArtifactRecorder>();
        builder.Services.AddSingleton<SavedSessions>();
        builder.Services.AddSingleton<BrowserJobRunner>();
        builder.Services.AddSingleton<ResumeFiles>();
        builder.Services.AddSingleton<SubmissionRecord>();
        // The form engine's sentence-embedding model: one per process, loaded on first use (docs/execution.md).
        builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(Forms.Meaning.MiniLmEmbeddings.Shared);
        builder.Services.AddSingleton<IJobHandler, ApplyHandler>();
        builder.Services.AddSingleton<IJobHandler, FillFormHandler>();
        builder.Services.AddSingleton<IJobHandler, ScrapeHandler>();
        builder.Services.AddSingleton<IJobHandler, CustomHandler>();
        return builder;
    }

    /// <summary>The API side: the endpoint that serves job artifacts, and the language model's health probe.</summary>
    public static IHostApplicationBuilder AddExecutionEndpoints(this IHostApplicationBuilder builder)
    {
        AddArtifacts(builder);
        AddLanguageModel(builder);
        // Answers given on resume are stored with their embedding; the model loads on the first such answer only.
        builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(Forms.Meaning.MiniLmEmbeddings.Shared);
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

    /// <summary>
    /// Options (validated at start-up), the health probe and, when a model is configured, the <see cref="IChatClient"/>
    /// over its OpenAI-compatible endpoint and the assistant the form engine asks. Without one neither is registered.
    /// </summary>
    private static void AddLanguageModel(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LanguageModelOptions>().BindConfiguration(LanguageModelOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<LanguageModelOptions>, LanguageModelValidator>();
        builder.Services.AddSingleton<LanguageModelProbe>();
        var configured = builder.Configuration.GetSection(LanguageModelOptions.Section).Get<LanguageModelOptions>() ?? new LanguageModelOptions();
        if (!configured.IsConfigured || builder.Services.Any(d => d.ServiceType == typeof(ScreeningAssistant)))
        {
            return;
        }

        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<LanguageModelOptions>>().Value;
            var client = new OpenAIClientOptions { NetworkTimeout = o.Timeout, RetryPolicy = new ClientRetryPolicy(maxRetries: 1) };
            if (!string.IsNullOrWhiteSpace(o.BaseUrl))
            {
                client.Endpoint = new Uri(o.BaseUrl);
            }

            // Local OpenAI-compatible servers take no key; the client insists on one.
            return new OpenAI.Chat.ChatClient(o.Model, new ApiKeyCredential(string.IsNullOrWhiteSpace(o.ApiKey) ? "none" : o.ApiKey), client).AsIChatClient();
        });
        builder.Services.AddSingleton<ScreeningAssistant>();
    }

    private sealed class LanguageModelValidator : IValidateOptions<LanguageModelOptions>
    {
        public ValidateOptionsResult Validate(string? name, LanguageModelOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
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
