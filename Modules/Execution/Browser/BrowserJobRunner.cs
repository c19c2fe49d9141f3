using GhostHands.Execution.Artifacts;
using GhostHands.Execution.Targets;
using GhostHands.Jobs.Handling;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace GhostHands.Execution.Browser;

/// <summary>
/// What every browser job shares: the target URL guard, a fresh context per job that is closed however the job
/// ends (its closing is tied to the job's cancellation token), navigation, and turning a browser crash into a
/// retryable <c>browser_crashed</c> failure after relaunching the browser.
/// </summary>
internal sealed class BrowserJobRunner(BrowserPool pool, ArtifactRecorder artifacts, TargetUrlGuard guard, IOptions<ExecutionOptions> options)
{
    public Task<string?> CheckTargetAsync(string? url, CancellationToken ct) => guard.CheckAsync(url, ct);

    public async Task<JobOutcome> RunAsync(JobContext context, string? url, Func<JobSession, Task<JobOutcome>> work)
    {
        var ct = context.CancellationToken;
        if (url is not null && await guard.CheckAsync(url, ct) is { } refusal)
        {
            return JobOutcome.Fail(ErrorCodes.TargetUrlRefused, $"target_url refused: {refusal}", retryable: false);
        }

        await using var lease = await OpenContextAsync(context, ct);
        using var closeOnCancel = lease.CloseOn(ct);
        try
        {
            var page = await lease.Context.NewPageAsync();
            page.SetDefaultTimeout((float)options.Value.SettleTimeout.TotalMilliseconds);
            page.SetDefaultNavigationTimeout((float)options.Value.NavigationTimeout.TotalMilliseconds);
            var session = new JobSession(context, page, artifacts);
            if (url is not null && await NavigateAsync(context, page, url, lease) is { } failure)
            {
                await session.ScreenshotAsync("navigation-failed");
                return JobOutcome.Fail(ErrorCodes.NavigationFailed, $"Could not open {url}: {failure}", retryable: true);
            }

            return await work(session);
        }
        catch (Exception e) when (e is PlaywrightException or System.TimeoutException && ct.IsCancellationRequested)
        {
            // Closing the context on cancellation is what made the call fail; report the cancellation itself.
            throw new OperationCanceledException("The job was stopped.", e, ct);
        }
        catch (Exception e) when (e is PlaywrightException or System.TimeoutException && lease.BrowserCrashed)
        {
            await context.NarrateAsync("browser_crash_detected", "The browser crashed during this job.", new { error = e.Message.Split('\n')[0] });
            await pool.RecoverAsync(CancellationToken.None);
            await context.NarrateAsync("browser_recovered", "A new browser is running; the job will be retried.");
            return JobOutcome.Fail(ErrorCodes.BrowserCrashed, "The browser crashed during the job.", retryable: true);
        }
    }

    private async Task<BrowserLease> OpenContextAsync(JobContext context, CancellationToken ct)
    {
        using var step = BrowserSteps.Start(context, BrowserSteps.OpenContext);
        return await pool.NewContextAsync(ct);
    }

    /// <summary>Opens <paramref name="url"/>; returns why it could not, or null once the page has loaded.</summary>
    private static async Task<string?> NavigateAsync(JobContext context, IPage page, string url, BrowserLease lease)
    {
        using var step = BrowserSteps.Start(context, BrowserSteps.Navigate);
        step?.SetTag("url.full", url);
        await context.NarrateAsync("step_started", $"Opening {url}.", new { url });
        try
        {
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        }
        catch (Exception e) when (e is PlaywrightException or System.TimeoutException && !context.CancellationToken.IsCancellationRequested && !lease.BrowserCrashed)
        {
            step.Fail(e.Message);
            return e.Message.Split('\n')[0];
        }

        await context.NarrateAsync("step_completed", $"Loaded \"{await page.TitleAsync()}\".", new { url = page.Url });
        return null;
    }
}
