using System.Text.Json;
using System.Text.Json.Nodes;
using GhostHands.Execution.Artifacts;
using GhostHands.Execution.Targets;
using GhostHands.Jobs;
using GhostHands.Jobs.Handling;
using GhostHands.Usage;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace GhostHands.Execution.Browser;

/// <summary>
/// What every browser job shares: the budget preflight (before any browser is touched), the target URL guard, a fresh
/// context per job that is closed however the job ends (its closing is tied to the job's cancellation token), the
/// user's saved session for the target's domain, navigation, cost accounting of every action, and turning a browser
/// crash into a retryable <c>browser_crashed</c> failure after relaunching the browser.
/// </summary>
internal sealed class BrowserJobRunner(
    BrowserPool pool, ArtifactRecorder artifacts, TargetUrlGuard guard, CostControl costs, SavedSessions sessions, IOptions<ExecutionOptions> options)
{
    public Task<string?> CheckTargetAsync(string? url, CancellationToken ct) => guard.CheckAsync(url, ct);

    public async Task<JobOutcome> RunAsync(JobContext context, string? url, Func<JobSession, Task<JobOutcome>> work)
    {
        var ct = context.CancellationToken;
        var preflight = await costs.PreflightAsync(context);
        if (preflight.Meter is not { } meter)
        {
            await context.NarrateAsync("budget_preflight_failed", preflight.Refusal!, preflight.Details);
            return JobOutcome.Fail(ErrorCodes.BudgetExceeded, preflight.Refusal!, retryable: false, preflight.Details);
        }

        if (url is not null && await guard.CheckAsync(url, ct) is { } refusal)
        {
            return JobOutcome.Fail(ErrorCodes.TargetUrlRefused, $"target_url refused: {refusal}", retryable: false);
        }

        await using var lease = await OpenContextAsync(context, ct);
        using var closeOnCancel = lease.CloseOn(ct);
        JobSession? session = null;
        try
        {
            var page = await lease.Context.NewPageAsync();
            page.SetDefaultTimeout((float)options.Value.SettleTimeout.TotalMilliseconds);
            page.SetDefaultNavigationTimeout((float)options.Value.NavigationTimeout.TotalMilliseconds);
            session = new JobSession(context, page, artifacts, meter);
            var restored = await sessions.RestoreAsync(context, lease.Context, url);
            if (url is not null)
            {
                await session.CountActionAsync("navigate");
                if (await NavigateAsync(context, page, url, lease) is { } failure)
                {
                    await session.ScreenshotAsync("navigation-failed");
                    return await RecordCostAsync(session,
                        JobOutcome.Fail(ErrorCodes.NavigationFailed, $"Could not open {url}: {failure}", retryable: true));
                }
            }

            var outcome = await work(session);
            if (session.SignedIn || (restored && outcome is JobOutcome.Completed))
            {
                await sessions.SaveAsync(context, lease.Context, page);
            }

            return await RecordCostAsync(session, outcome);
        }
        catch (UsageLimitException e)
        {
            await session!.ScreenshotAsync(e.ErrorCode.Replace('_', '-'));
            return await RecordCostAsync(session, JobOutcome.Fail(e.ErrorCode, e.Message, retryable: false, meter.Summary()));
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

    /// <summary>
    /// Narrates the attempt's bill (<c>cost_recorded</c>) and adds the job's totals, earlier attempts included, to a
    /// completed job's <c>result_data.cost</c>.
    /// </summary>
    private static async Task<JobOutcome> RecordCostAsync(JobSession session, JobOutcome outcome)
    {
        var meter = session.Meter;
        var job = session.Context.Job;
        await session.NarrateAsync("cost_recorded",
            $"This attempt took {meter.Actions} browser action(s) and {meter.InputTokens + meter.OutputTokens} model token(s), costing {meter.CostCents:0.####} cents.",
            meter.Summary());
        if (outcome is not JobOutcome.Completed completed)
        {
            return outcome;
        }

        var result = completed.ResultData is { ValueKind: JsonValueKind.Object } data ? JsonNode.Parse(data.GetRawText())!.AsObject() : [];
        result["cost"] = JsonSerializer.SerializeToNode(new
        {
            action_count = job.ActionCount + meter.Actions,
            input_tokens = job.InputTokens + meter.InputTokens,
            output_tokens = job.OutputTokens + meter.OutputTokens,
            total_tokens = job.TotalTokens + meter.InputTokens + meter.OutputTokens,
            llm_cost_cents = job.LlmCostCents + meter.CostCents,
        }, JobsModule.JsonOptions);
        return completed with { ResultData = JsonSerializer.SerializeToElement(result, JobsModule.JsonOptions) };
    }
}
