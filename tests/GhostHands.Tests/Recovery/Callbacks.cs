using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using GhostHands.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GhostHands.Tests.Recovery;

public sealed class WhenAJobHasACallbackUrl(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();
    private readonly List<IHost> workers = [];
    private readonly ConcurrentQueue<(string Body, string? JobId)> received = new();
    private WebApplication receiver = null!;
    private int calls;

    public async ValueTask InitializeAsync()
    {
        await api.ResetAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        receiver = builder.Build();
        // The first delivery fails, as a receiver that is briefly down would; the retry must get through.
        receiver.MapPost("/hooks/job", async (HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            if (Interlocked.Increment(ref calls) == 1)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            received.Enqueue((body, request.Headers["X-GH-Job-Id"]));
            return Results.Ok();
        });
        await receiver.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await WorkerHosts.StopAllAsync(workers);
        await receiver.DisposeAsync();
    }

    [Fact]
    public async Task Its_final_state_is_posted_there_once_despite_a_failed_first_delivery()
    {
        workers.Add(await WorkerHosts.StartAsync(api.ConnectionString, "adam"));
        var url = $"{receiver.Urls.First()}/hooks/job";
        var job = await (await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new { job_type = "system.ping", target_url = (string?)null, callback_url = url })))
            .Read<GhostHands.Jobs.Job>();

        await Eventually.Until(() => Task.FromResult(received.Count), n => n > 0, TimeSpan.FromSeconds(60), "the callback to arrive");
        await Eventually.Until(
            () => api.DataSource.Scalar<bool>("SELECT callback_sent_at IS NOT NULL FROM gh_automation_jobs WHERE id = $1", job.Id),
            sent => sent, TimeSpan.FromSeconds(10), "the delivery to be recorded");

        var (body, jobId) = Assert.Single(received);
        Assert.Equal(job.Id.ToString(), jobId);
        var payload = JsonNode.Parse(body)!;
        Assert.Equal("completed", (string?)payload["status"]);
        Assert.Equal("adam", (string?)payload["worker_id"]);
        Assert.True(calls >= 2);
    }
}
