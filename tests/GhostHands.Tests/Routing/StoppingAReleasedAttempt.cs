using System.Text.Json;
using GhostHands.Jobs;
using GhostHands.Routing.Runtime;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GhostHands.Tests.Routing;

/// <summary>
/// Shutdown and the heartbeat stop attempts from a snapshot of the held ones; an attempt in the snapshot may have been
/// released (and its tokens disposed) in between, and stopping it then must change nothing rather than throw.
/// </summary>
public sealed class WhenAReleasedAttemptIsStopped
{
    [Fact]
    public void Stopping_it_does_nothing()
    {
        using var db = NpgsqlDataSource.Create("Host=localhost");
        var run = new RunningJob(AJob(), "adam", new JobWrites(db, "adam"), NullLogger.Instance, TimeProvider.System, CancellationToken.None);
        var held = new HeldJobs(1);
        held.AddOnKeptSlot(run);
        held.Release(run, keepSlot: true);

        var thrown = Record.Exception(() => run.Stop(StopReason.Shutdown));

        Assert.Null(thrown);
        Assert.Equal(StopReason.None, run.Stopped);
    }

    private static Job AJob() => new()
    {
        Id = Guid.NewGuid(),
        UserId = Guid.NewGuid(),
        CreatedBy = "test",
        JobType = "system.ping",
        TaskDescription = "ping",
        InputData = JsonDocument.Parse("{}").RootElement,
        Priority = 5,
        MaxRetries = 3,
        RetryCount = 0,
        TimeoutSeconds = 60,
        Status = JobStatus.Running,
        ScreenshotUrls = [],
        ArtifactUrls = [],
        Metadata = JsonDocument.Parse("{}").RootElement,
        Tags = [],
        LlmCostCents = 0,
        Attempt = 1,
        ErrorHistory = JsonDocument.Parse("[]").RootElement,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };
}
