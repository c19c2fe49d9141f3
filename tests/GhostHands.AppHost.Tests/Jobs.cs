using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GhostHands.AppHost.Tests;

/// <summary>Submits <c>system.ping</c> jobs over the API and follows them to their end.</summary>
internal static class Jobs
{
    private static readonly TimeSpan JobDeadline = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>The terminal states of <c>GhostHands.Contracts.JobStatus</c>; every other state can still change.</summary>
    private static readonly string[] TerminalStatuses = ["completed", "failed", "cancelled", "expired"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<JobView> PingAndWait(HttpClient client, string? targetWorkerId, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync(
            "/api/v1/gh/jobs", new PingRequest("system.ping", Guid.NewGuid(), targetWorkerId), Json, cancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var job = (await response.Content.ReadFromJsonAsync<JobView>(Json, cancellationToken))!;

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

    private sealed record PingRequest(string JobType, Guid UserId, string? TargetWorkerId);
}

internal sealed record JobView(Guid Id, string Status, string? WorkerId, string? TargetWorkerId);
