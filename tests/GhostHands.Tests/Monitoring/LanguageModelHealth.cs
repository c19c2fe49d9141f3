using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Monitoring;

/// <summary>The <c>llm</c> check of <c>/monitoring/health</c>: absent model, reachable model, unreachable model.</summary>
public sealed class WhenHealthChecksTheLanguageModel(PostgresServer postgres)
{
    [Fact]
    public async Task Without_a_model_it_is_not_configured_and_changes_nothing()
    {
        await using var api = new ApiFactory(postgres);
        await api.InitializeAsync();

        var health = await HealthAsync(api);

        Assert.Equal("not_configured", (string?)health["checks"]!["llm"]!["status"]);
        Assert.NotEqual("unhealthy", (string?)health["status"]);
    }

    [Fact]
    public async Task A_reachable_model_is_healthy_and_its_key_is_not_shown()
    {
        await using var model = await FakeLanguageModel.StartAsync();
        await using var api = new ApiFactory(postgres);
        api.Settings["LanguageModel:BaseUrl"] = model.BaseUrl;
        api.Settings["LanguageModel:ApiKey"] = "sk-test-key-never-shown";
        await api.InitializeAsync();

        var health = await HealthAsync(api);

        var llm = health["checks"]!["llm"]!;
        Assert.Equal("healthy", (string?)llm["status"]);
        Assert.Equal(model.BaseUrl + "/", (string?)llm["endpoint"]);
        Assert.DoesNotContain("sk-test-key-never-shown", health.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(model.Requests);
    }

    [Fact]
    public async Task An_unreachable_model_degrades_the_api()
    {
        using var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        await using var api = new ApiFactory(postgres);
        api.Settings["LanguageModel:BaseUrl"] = $"http://127.0.0.1:{port}/v1";
        await api.InitializeAsync();

        var health = await HealthAsync(api);

        Assert.Equal("degraded", (string?)health["checks"]!["llm"]!["status"]);
        Assert.Equal("degraded", (string?)health["status"]);
    }

    private static async Task<JsonObject> HealthAsync(ApiFactory api)
    {
        var response = await api.CreateClient().GetAsync("/monitoring/health");
        return (await response.ReadObject());
    }
}
