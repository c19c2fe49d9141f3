using System.Collections.Concurrent;
using GhostHands.Client;
using GhostHands.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GhostHands.Tests.Client;

/// <summary>
/// The retry policy, against a local HTTP server that answers 503 to every request: what the client repeats and
/// what it must not (a repeated non-idempotent call could do its work twice).
/// </summary>
public sealed class WhenTheApiFailsTransiently : IAsyncLifetime
{
    private const int Retries = 2;

    private readonly ConcurrentQueue<string> requests = new();
    private WebApplication server = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        server = builder.Build();
        server.Run(context =>
        {
            requests.Enqueue($"{context.Request.Method} {context.Request.Path}");
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });
        await server.StartAsync();
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    public static TheoryData<string> Clients => ["constructed", "from AddGhostHandsClient"];

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task A_read_is_retried(string kind)
    {
        using var scope = Client(kind, out var client);

        await Assert.ThrowsAsync<GhostHandsException>(() => client.GetJobAsync(Guid.Empty));

        Assert.Equal(1 + Retries, requests.Count);
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task A_submission_without_idempotency_key_is_sent_once(string kind)
    {
        using var scope = Client(kind, out var client);

        var error = await Assert.ThrowsAsync<GhostHandsException>(() => client.CreateJobAsync(new CreateJobParams { JobType = "system.ping" }));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(["POST /api/v1/gh/jobs"], requests);
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task A_submission_with_idempotency_key_is_retried(string kind)
    {
        using var scope = Client(kind, out var client);

        await Assert.ThrowsAsync<GhostHandsException>(() => client.CreateJobAsync(new CreateJobParams { JobType = "system.ping", IdempotencyKey = "k" }));

        Assert.Equal(1 + Retries, requests.Count);
    }

    [Fact]
    public async Task A_batch_is_retried_only_when_every_job_has_a_key()
    {
        using var scope = Client("constructed", out var client);

        await Assert.ThrowsAsync<GhostHandsException>(() => client.CreateBatchAsync([new CreateJobParams { IdempotencyKey = "a" }, new CreateJobParams()]));
        var withoutAllKeys = requests.Count;
        await Assert.ThrowsAsync<GhostHandsException>(() => client.CreateBatchAsync([new CreateJobParams { IdempotencyKey = "a" }, new CreateJobParams { IdempotencyKey = "b" }]));

        Assert.Equal(1, withoutAllKeys);
        Assert.Equal(1 + 1 + Retries, requests.Count);
    }

    [Fact]
    public async Task Cancel_retry_and_recover_stuck_are_sent_once_and_pause_is_retried()
    {
        using var scope = Client("constructed", out var client);

        await Assert.ThrowsAsync<GhostHandsException>(() => client.CancelJobAsync(Guid.Empty));
        await Assert.ThrowsAsync<GhostHandsException>(() => client.RetryJobAsync(Guid.Empty));
        await Assert.ThrowsAsync<GhostHandsException>(() => client.RecoverStuckJobsAsync());
        var once = requests.Count;
        await Assert.ThrowsAsync<GhostHandsException>(() => client.PauseQueueAsync());

        Assert.Equal(3, once);
        Assert.Equal(3 + 1 + Retries, requests.Count);
    }

    [Fact]
    public async Task No_retry_happens_with_MaxRetryAttempts_0()
    {
        using var client = new GhostHandsClient(new GhostHandsClientOptions
        {
            BaseUrl = server.Urls.First(), ServiceKey = "key", MaxRetryAttempts = 0,
        });

        await Assert.ThrowsAsync<GhostHandsException>(() => client.GetJobAsync(Guid.Empty));

        Assert.Single(requests);
    }

    private IDisposable Client(string kind, out GhostHandsClient client)
    {
        void Configure(GhostHandsClientOptions o)
        {
            o.BaseUrl = server.Urls.First();
            o.ServiceKey = "key";
            o.MaxRetryAttempts = Retries;
            o.RetryDelay = TimeSpan.FromMilliseconds(1);
        }

        if (kind == "constructed")
        {
            var options = new GhostHandsClientOptions();
            Configure(options);
            client = new GhostHandsClient(options);
            return client;
        }

        var services = new ServiceCollection();
        services.AddGhostHandsClient(Configure);
        var provider = services.BuildServiceProvider();
        client = provider.GetRequiredService<GhostHandsClient>();
        return provider;
    }
}

/// <summary>Where requests go for each way of writing the base URL.</summary>
public sealed class ClientOptionsResolution
{
    [Theory]
    [InlineData("http://localhost:3100", "http://localhost:3100/api/v1/gh/")]
    [InlineData("http://localhost:3100/", "http://localhost:3100/api/v1/gh/")]
    [InlineData("https://ghosthands-api.fly.dev/api/v1/gh", "https://ghosthands-api.fly.dev/api/v1/gh/")]
    [InlineData("https://proxy.example.com/gh/api/v1/gh/", "https://proxy.example.com/gh/api/v1/gh/")]
    [InlineData("https://proxy.example.com/ghosthands", "https://proxy.example.com/ghosthands/api/v1/gh/")]
    public void The_api_prefix_is_added_unless_present(string baseUrl, string root)
    {
        using var client = new GhostHandsClient(baseUrl, "key");

        Assert.Equal(new Uri(root), client.ApiRoot);
    }

    [Theory]
    [InlineData("localhost:3100", "key")]
    [InlineData("ftp://example.com", "key")]
    [InlineData("http://localhost:3100", "")]
    public void A_bad_base_url_or_missing_key_is_refused_at_construction(string baseUrl, string key) =>
        Assert.Throws<ArgumentException>(() => new GhostHandsClient(baseUrl, key));

    [Fact]
    public void CreateJobOptions_become_the_snake_case_body_with_property_names_kept_inside_input_data()
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(new CreateJobOptions
        {
            JobType = "apply",
            TargetUrl = "https://example.com/careers",
            TargetWorkerId = "worker-adam",
            InputData = new { userData = new { first_name = "Ada" }, qaOverrides = new Dictionary<string, string> { ["Visa?"] = "No" } },
        }.ToParams(Guid.Parse("6f1c1f2e-0000-4000-8000-000000000001")), ContractJson.Options)!;

        Assert.Equal("worker-adam", (string?)body["target_worker_id"]);
        Assert.Equal("6f1c1f2e-0000-4000-8000-000000000001", (string?)body["user_id"]);
        Assert.Equal("Ada", (string?)body["input_data"]!["userData"]!["first_name"]);
        Assert.Equal("No", (string?)body["input_data"]!["qaOverrides"]!["Visa?"]);
    }
}
