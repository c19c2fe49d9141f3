using System.Diagnostics;
using GhostHands.Jobs.Handling;
using GhostHands.ServiceDefaults;

namespace GhostHands.Execution.Browser;

/// <summary>
/// One span per browser step (<c>browser navigate</c>, <c>browser fill_fields</c>, <c>browser submit</c>, ...) from the
/// <c>GhostHands</c> source. Started inside the worker's job span, which continues the trace stored with the job, so a
/// job's steps sit in the trace of the request that created it. Each carries <c>gh.job_id</c> and <c>gh.step</c>.
/// </summary>
internal static class BrowserSteps
{
    public const string OpenContext = "open_context";
    public const string Navigate = "navigate";
    public const string WaitForForm = "wait_for_form";
    public const string FillFields = "fill_fields";
    public const string Upload = "upload";
    public const string ClickNext = "click_next";
    public const string Submit = "submit";
    public const string ConfirmationCheck = "confirmation_check";
    public const string Screenshot = "screenshot";
    public const string Extract = "extract";

    public static Activity? Start(JobContext context, string step)
    {
        var activity = GhostHandsTelemetry.ActivitySource.StartActivity($"browser {step}");
        activity?.SetTag("gh.job_id", context.Job.Id.ToString());
        activity?.SetTag("gh.step", step);
        return activity;
    }

    /// <summary>Marks the step failed with the first line of <paramref name="message"/>.</summary>
    public static void Fail(this Activity? activity, string message) =>
        activity?.SetStatus(ActivityStatusCode.Error, message.Split('\n')[0]);
}
