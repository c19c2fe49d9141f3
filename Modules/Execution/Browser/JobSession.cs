using GhostHands.Execution.Artifacts;
using GhostHands.Execution.Forms;
using GhostHands.Jobs.Handling;
using GhostHands.Usage;
using Microsoft.Playwright;

namespace GhostHands.Execution.Browser;

/// <summary>One job's page plus what every step needs: narration, screenshots, cancellation and the attempt's cost meter.</summary>
internal sealed class JobSession(JobContext context, IPage page, ArtifactRecorder artifacts, JobMeter meter)
{
    private int screenshots;

    public IPage Page => page;

    /// <summary>Whether the page has stopped working; watching from before the first navigation, so no request of the page is missed.</summary>
    public PageQuiet Quiet { get; } = new(page);

    public JobContext Context => context;

    public JobMeter Meter => meter;

    public CancellationToken CancellationToken => context.CancellationToken;

    /// <summary>The job signed in with a stored credential during this attempt; its cookies are worth keeping.</summary>
    public bool SignedIn { get; set; }

    public Task NarrateAsync(string eventType, string message, object? metadata = null) =>
        context.NarrateAsync(eventType, message, metadata);

    /// <summary>Counts one browser action (navigate, fill, click, ...) before it is taken; throws <see cref="UsageLimitException"/> past the limit.</summary>
    public Task CountActionAsync(string kind) => meter.CountActionAsync(kind);

    /// <summary>
    /// A full-page PNG stored as an artifact (a <c>browser screenshot</c> span); returns its URL. A failure to capture
    /// is narrated, never fatal (null).
    /// </summary>
    public async Task<string?> ScreenshotAsync(string name)
    {
        if (page.IsClosed || context.CancellationToken.IsCancellationRequested)
        {
            return null;
        }

        using var step = BrowserSteps.Start(context, BrowserSteps.Screenshot);
        step?.SetTag("gh.artifact", name);
        try
        {
            var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Timeout = 5000 });
            var file = $"{Interlocked.Increment(ref screenshots):D2}-{name}.png";
            var url = await artifacts.SaveScreenshotAsync(context, file, bytes);
            await context.NarrateAsync("screenshot_taken", $"Screenshot \"{name}\".", new { url });
            return url;
        }
        catch (PlaywrightException e)
        {
            step.Fail(e.Message);
            await context.NarrateAsync("screenshot_failed", $"Screenshot \"{name}\" failed: {e.Message.Split('\n')[0]}");
            return null;
        }
    }
}
