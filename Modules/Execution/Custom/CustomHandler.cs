using GhostHands.Execution.Browser;
using GhostHands.Jobs;
using GhostHands.Jobs.Handling;
using GhostHands.Schema;
using Microsoft.Playwright;

namespace GhostHands.Execution.Custom;

/// <summary>
/// <c>custom</c>: runs the step list in <c>input_data.steps</c> (see <see cref="CustomStep"/>) from <c>target_url</c>,
/// if given. Every <c>goto</c> passes the target guard. A step whose selector never appears fails the job with
/// <c>invalid_input</c>, since retrying the same steps would fail the same way.
/// </summary>
internal sealed class CustomHandler(BrowserJobRunner runner, Apply.SubmissionRecord record) : IJobHandler
{
    public string JobType => JobTypes.Custom;

    public async Task<JobOutcome> ExecuteAsync(JobContext context)
    {
        var (steps, error) = CustomStep.Parse(context.Job.InputData);
        if (error is { } problem)
        {
            // Submission refuses such steps; a row inserted by other means can still hold them.
            return JobOutcome.Fail(ErrorCodes.InvalidInput, problem.Message, retryable: false);
        }

        // A click of an earlier attempt may have sent something; the steps are not replayed over it.
        if (await record.ReadAsync(context) is { } earlier)
        {
            return await runner.RunAsync(context, context.Job.TargetUrl, session => Apply.SubmissionRecovery.ReviewAsync(session, earlier));
        }

        return await runner.RunAsync(context, context.Job.TargetUrl, async session =>
        {
            var extracted = new Dictionary<string, string>();
            for (var i = 0; i < steps.Count; i++)
            {
                var step = steps[i];
                if (step.Action == "goto" && await runner.CheckTargetAsync(step.Url, session.CancellationToken) is { } refusal)
                {
                    return JobOutcome.Fail(ErrorCodes.TargetUrlRefused, $"input_data.steps[{i}] url refused: {refusal}", retryable: false);
                }

                using var span = BrowserSteps.Start(context, step.Action);
                span?.SetTag("gh.step_index", i);
                await session.NarrateAsync("step_started", $"Step {i + 1}: {step.Action} {step.Selector ?? step.Url}".TrimEnd(), new { index = i, step.Action });
                if (step.Action != "screenshot")
                {
                    await session.CountActionAsync(step.Action);
                }

                try
                {
                    await RunStepAsync(session, step, i, extracted);
                }
                catch (System.TimeoutException e) when (!session.CancellationToken.IsCancellationRequested)
                {
                    span.Fail(e.Message);
                    await session.ScreenshotAsync($"step-{i + 1}-failed");
                    return JobOutcome.Fail(ErrorCodes.InvalidInput, $"input_data.steps[{i}] ({step.Action} {step.Selector}) timed out: {e.Message.Split('\n')[0]}", retryable: false);
                }
                catch (PlaywrightException e) when (!session.CancellationToken.IsCancellationRequested && !session.Page.IsClosed)
                {
                    // The page changed under the step (navigated, its frame removed) or refused it: the step's failure, said as such.
                    span.Fail(e.Message);
                    await session.ScreenshotAsync($"step-{i + 1}-failed");
                    return JobOutcome.Fail(ErrorCodes.InvalidInput, $"input_data.steps[{i}] ({step.Action} {step.Selector}) failed: {Forms.PageChanges.Describe(e)}", retryable: false);
                }

                await session.NarrateAsync("step_completed", $"Step {i + 1} done.", new { index = i });
            }

            return JobOutcome.Complete($"Ran {steps.Count} custom step(s); extracted {extracted.Count} value(s).", new { steps = steps.Count, extracted });
        });
    }

    private static async Task RunStepAsync(JobSession session, CustomStep step, int index, Dictionary<string, string> extracted)
    {
        var page = session.Page;
        var timeout = step.TimeoutMs is { } ms ? (float)ms : (float?)null;
        switch (step.Action)
        {
            case "goto":
                await page.GotoAsync(step.Url!, new() { Timeout = timeout });

                break;
            case "click":
                await page.Locator(step.Selector!).First.ClickAsync(new() { Timeout = timeout });
                break;
            case "fill":
                await page.Locator(step.Selector!).First.FillAsync(step.Value!, new() { Timeout = timeout });
                break;
            case "select":
                var select = page.Locator(step.Selector!).First;
                var byLabel = await select.Locator("option").AllInnerTextsAsync();
                await (byLabel.Any(t => t.Trim() == step.Value)
                    ? select.SelectOptionAsync(new SelectOptionValue { Label = step.Value }, new() { Timeout = timeout })
                    : select.SelectOptionAsync(new SelectOptionValue { Value = step.Value }, new() { Timeout = timeout }));
                break;
            case "wait_for":
                await page.Locator(step.Selector!).First.WaitForAsync(new() { Timeout = timeout });
                break;
            case "screenshot":
                await session.ScreenshotAsync(step.Name is { } n && Artifacts.ArtifactNames.IsSafe(n) ? n : $"step-{index + 1}");
                break;
            case "extract_text":
                extracted[step.Name ?? $"step_{index}"] = (await page.Locator(step.Selector!).First.InnerTextAsync(new() { Timeout = timeout })).Trim();
                break;
        }
    }
}
