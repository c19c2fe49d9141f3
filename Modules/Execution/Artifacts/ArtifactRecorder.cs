using GhostHands.Jobs.Handling;

namespace GhostHands.Execution.Artifacts;

/// <summary>
/// Stores an artifact and appends its URL to the job's <c>screenshot_urls</c> through the job context, whose write is
/// fenced like every worker write: it applies only while this worker's attempt still owns the job.
/// </summary>
internal sealed class ArtifactRecorder(IArtifactStore store)
{
    public async Task<string> SaveScreenshotAsync(JobContext context, string fileName, byte[] png)
    {
        await store.SaveAsync(context.Job.Id, fileName, png);
        var url = ArtifactNames.Url(context.Job.Id, fileName);
        // False means the attempt lost the job; the file stays on disk and nothing else needs doing.
        await context.AddArtifactsAsync([url], []);
        return url;
    }
}
