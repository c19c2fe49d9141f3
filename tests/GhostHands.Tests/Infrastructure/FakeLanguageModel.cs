using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GhostHands.Tests.Infrastructure;

/// <summary>
/// A stand-in for an external OpenAI-compatible service on 127.0.0.1: <c>POST /v1/chat/completions</c> answers
/// <see cref="Answer"/> with the usage counts below, in the shape the OpenAI API uses; <c>GET /v1/models</c> lists the
/// model. Every request body is kept, so tests can read what the worker sent.
/// </summary>
public sealed class FakeLanguageModel : IAsyncDisposable
{
    public const string Model = "fake-model-1";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<string> requests = new();

    private FakeLanguageModel(WebApplication app) => this.app = app;

    /// <summary>Base URL to configure (<c>LanguageModel:BaseUrl</c>), ending in <c>/v1</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>What the model says; default "UNKNOWN".</summary>
    public string Answer { get; set; } = "UNKNOWN";

    public int PromptTokens { get; set; } = 1200;

    public int CompletionTokens { get; set; } = 8;

    public IReadOnlyList<string> Requests => [.. requests];

    public static async Task<FakeLanguageModel> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRouting();
        builder.Services.AddSingleton<IHostLifetime, NoLifetime>();
        var app = builder.Build();
        var fake = new FakeLanguageModel(app);
        app.MapPost("/v1/chat/completions", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            fake.requests.Enqueue(await reader.ReadToEndAsync());
            return Results.Json(new Dictionary<string, object>
            {
                ["id"] = "chatcmpl-fake",
                ["object"] = "chat.completion",
                ["created"] = 1_760_000_000,
                ["model"] = Model,
                ["choices"] = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["index"] = 0,
                        ["message"] = new Dictionary<string, object> { ["role"] = "assistant", ["content"] = fake.Answer },
                        ["finish_reason"] = "stop",
                    },
                },
                ["usage"] = new Dictionary<string, object>
                {
                    ["prompt_tokens"] = fake.PromptTokens,
                    ["completion_tokens"] = fake.CompletionTokens,
                    ["total_tokens"] = fake.PromptTokens + fake.CompletionTokens,
                },
            });
        });
        app.MapGet("/v1/models", () => Results.Json(new { @object = "list", data = new[] { new { id = Model, @object = "model" } } }));
        await app.StartAsync();
        fake.BaseUrl = app.Urls.Single().TrimEnd('/') + "/v1";
        return fake;
    }

    /// <summary>Forgets the requests and goes back to answering "UNKNOWN".</summary>
    public void Reset()
    {
        requests.Clear();
        Answer = "UNKNOWN";
        PromptTokens = 1200;
        CompletionTokens = 8;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private sealed class NoLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
