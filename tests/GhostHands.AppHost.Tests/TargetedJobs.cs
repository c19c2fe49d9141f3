using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GhostHands.AppHost.Tests;

public sealed class WhenAPingJobTargetsSarah(RunningTopology topology)
{
    private static readonly TimeSpan JobDeadline = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>The terminal states of <c>GhostHands.Jobs.JobStatus</c>; every other state can still change.</summary>
    private static readonly string[] TerminalStatuses = ["completed", "failed", "cancelled", "expired"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    [Fact]
    public async Task Sarah_completes_it()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await topology.WaitUntilHealthy("worker-sarah", cancellationToken);
        using var client = topology.CreateApiClient();

        using var response = await client.PostAsJsonAsync(
            "/api/v1/gh/jobs", new PingRequest("system.ping", Guid.NewGuid(), TargetWorkerId: "sarah"), Json, cancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var submitted = await response.Content.ReadFromJsonAsync<JobView>(Json, cancellationToken);

        var finished = await WaitUntilFinished(client, submitted!, cancellationToken);

        Assert.Equal("completed", finished.Status);
        Assert.Equal("sarah", finished.WorkerId);
    }

    private static async Task<JobView> WaitUntilFinished(HttpClient client, JobView job, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        using var poll = new PeriodicTimer(PollInterval);
        while (!TerminalStatuses.Contains(job.Status))
        {
            Assert.True(waited.Elapsed < JobDeadline, $"Job {job.Id} was still '{job.Status}' after {JobDeadline}.");
            await poll.WaitForNextTickAsync(cancellationToken);
            job = (await client.GetFromJsonAsync<JobView>($"/api/v1/gh/jobs/{job.Id}", Json, cancellationToken))!;
        }

        return job;
    }

    private sealed record PingRequest(string JobType, Guid UserId, string TargetWorkerId);

    private sealed record JobView(Guid Id, string Status, string? WorkerId, string? TargetWorkerId);
}
