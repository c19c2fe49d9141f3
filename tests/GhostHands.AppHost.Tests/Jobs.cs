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
        var job = await Ping(client, targetWorkerId, sleep: TimeSpan.Zero, cancellationToken);
        return await WaitFor(client, job.Id, TerminalStatuses.Contains, cancellationToken);
    }

    /// <summary>A ping that takes <paramref name="sleep"/> (<c>input_data.sleep_ms</c>) before it answers.</summary>
    public static async Task<JobView> Ping(HttpClient client, string? targetWorkerId, TimeSpan sleep, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync(
            "/api/v1/gh/jobs",
            new PingRequest("system.ping", Guid.NewGuid(), targetWorkerId, new PingInput((int)sleep.TotalMilliseconds)),
            Json,
            cancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JobView>(Json, cancellationToken))!;
    }

    /// <summary>The job once its status satisfies <paramref name="reached"/>, failing after the deadline.</summary>
    public static async Task<JobView> WaitFor(HttpClient client, Guid id, Func<string, bool> reached, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        using var poll = new PeriodicTimer(PollInterval);
        var job = (await client.GetFromJsonAsync<JobView>($"/api/v1/gh/jobs/{id}", Json, cancellationToken))!;
        while (!reached(job.Status))
        {
            Assert.True(waited.Elapsed < JobDeadline, $"Job {job.Id} was still '{job.Status}' after {JobDeadline}.");
            await poll.WaitForNextTickAsync(cancellationToken);
            job = (await client.GetFromJsonAsync<JobView>($"/api/v1/gh/jobs/{id}", Json, cancellationToken))!;
        }

        return job;
    }

    public static bool IsTerminal(string status) => TerminalStatuses.Contains(status);

    /// <summary>The job's events in order (<c>GET /jobs/{id}/events</c>).</summary>
    public static async Task<IReadOnlyList<EventView>> Events(HttpClient client, Guid id, CancellationToken cancellationToken) =>
        (await client.GetFromJsonAsync<EventPage>($"/api/v1/gh/jobs/{id}/events", Json, cancellationToken))!.Events;

    private sealed record PingRequest(string JobType, Guid UserId, string? TargetWorkerId, PingInput InputData);

    private sealed record PingInput(int SleepMs);

    private sealed record EventPage(IReadOnlyList<EventView> Events);
}

internal sealed record JobView(Guid Id, string Status, string? WorkerId, string? TargetWorkerId, int Attempt, int RetryCount);

internal sealed record EventView(string EventType, string? FromStatus, string? ToStatus, string Actor, string? Message);
