using Microsoft.Extensions.Logging;

namespace GhostHands.Jobs.Handling;

/// <summary>What a handler gets for one attempt of one job.</summary>
public abstract class JobContext
{
    public abstract Job Job { get; }

    public abstract string WorkerId { get; }

    /// <summary>The fencing token of this attempt; every write the worker makes names it.</summary>
    public int Attempt => Job.Attempt;

    /// <summary>Fires on cancel, on the job's <c>timeout_seconds</c>, on loss of ownership and on forced shutdown.</summary>
    public abstract CancellationToken CancellationToken { get; }

    /// <summary>A logger whose scope carries job id, worker id and trace id.</summary>
    public abstract ILogger Logger { get; }

    /// <summary>
    /// Records a step as a <c>gh_job_events</c> row (for example <c>step_started</c>, <c>form_submitted</c>) with a short
    /// human narration. Ignored, and reported false, when this attempt no longer owns the job.
    /// </summary>
    public abstract Task<bool> NarrateAsync(string eventType, string message, object? metadata = null);

    /// <summary>
    /// Appends screenshot and artifact URLs (as the API serves them) to the job's <c>screenshot_urls</c> and
    /// <c>artifact_urls</c>. Ignored, and reported false, when this attempt no longer owns the job.
    /// </summary>
    public abstract Task<bool> AddArtifactsAsync(IReadOnlyList<string> screenshotUrls, IReadOnlyList<string> artifactUrls);
}
