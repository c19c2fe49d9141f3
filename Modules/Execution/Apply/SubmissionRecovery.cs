using System.Text.Json;
using System.Text.RegularExpressions;
using GhostHands.Execution.Browser;
using GhostHands.Jobs;
using GhostHands.Jobs.Handling;
using Microsoft.Playwright;

namespace GhostHands.Execution.Apply;

/// <summary>
/// What a new attempt does when an earlier one already submitted (see <see cref="SubmissionRecord"/>): an application
/// is sent at most once. A confirmed submission completes the job from the record, without opening a browser. An
/// unconfirmed one is never repeated: the attempt only looks at the target page, completes if the page says the
/// application exists, and otherwise pauses with <c>needs_review</c> and a screenshot for a person to check the ATS.
/// </summary>
internal static partial class SubmissionRecovery
{
    public const string ReviewEvent = "needs_review";

    public static async Task<JobOutcome> CompleteFromRecordAsync(JobContext context, EarlierSubmission earlier)
    {
        await context.NarrateAsync("submission_recovered",
            $"Attempt {earlier.Attempt} submitted and the page confirmed it; completing from that record instead of applying again.",
            new { recovered_from_attempt = earlier.Attempt, confirmation = earlier.ConfirmationText, screenshot = earlier.Screenshot });
        return JobOutcome.Complete(
            $"Applied in attempt {earlier.Attempt}: the page confirmed \"{earlier.ConfirmationText}\" (recovered from the record; not submitted again).",
            new
            {
                confirmation = new { url = earlier.ConfirmationUrl, text = earlier.ConfirmationText },
                screenshot = earlier.Screenshot,
                submissions = 1,
                recovered_from_attempt = earlier.Attempt,
            });
    }

    /// <summary>Runs inside the browser job: the page is the target, freshly opened, and nothing is clicked.</summary>
    public static async Task<JobOutcome> ReviewAsync(JobSession session, EarlierSubmission earlier)
    {
        var shot = await session.ScreenshotAsync("unconfirmed-submission-review");
        var text = await BodyTextAsync(session);
        if (AlreadyApplied().Match(text) is { Success: true } match)
        {
            await session.NarrateAsync("submission_recovered",
                $"Attempt {earlier.Attempt} submitted without a confirmation; the page now says \"{match.Value}\", so the application exists.",
                new { recovered_from_attempt = earlier.Attempt, matched_text = match.Value, screenshot = shot });
            return JobOutcome.Complete(
                $"Applied in attempt {earlier.Attempt}: the page shows the application exists (\"{match.Value}\"); not submitted again.",
                new
                {
                    confirmation = new { url = session.Page.Url, text = match.Value },
                    screenshot = shot,
                    submissions = 1,
                    recovered_from_attempt = earlier.Attempt,
                });
        }

        return new JobOutcome.Paused(ReviewEvent,
            $"Attempt {earlier.Attempt} clicked submit but ended before the page confirmed it. It is not submitted again: check the ATS, then resume the job to apply again, or cancel it.",
            JsonSerializer.SerializeToElement(new
            {
                reason = ReviewEvent,
                cause = "submission_unconfirmed",
                submitted_in_attempt = earlier.Attempt,
                screenshot = shot,
                before_submit_screenshot = earlier.Screenshot,
                url = session.Page.Url,
            }, JobsModule.JsonOptions));
    }

    /// <summary>The page's text; empty when the page would not give it (still loading, navigating): the review pause then stands.</summary>
    private static async Task<string> BodyTextAsync(JobSession session)
    {
        try
        {
            return await session.Page.InnerTextAsync("body", new() { Timeout = 5000 });
        }
        catch (Exception e) when (e is System.TimeoutException or PlaywrightException && !session.Page.IsClosed)
        {
            return "";
        }
    }

    /// <summary>Wording ATSs use for a second application of the same person; a rule for any form, not one site's text.</summary>
    [GeneratedRegex(@"already (applied|submitted|received)|(application|applied) (was |has been )?(already|previously) (submitted|received)|you have (already )?applied (to|for) this|previously applied|duplicate application", RegexOptions.IgnoreCase)]
    private static partial Regex AlreadyApplied();
}
