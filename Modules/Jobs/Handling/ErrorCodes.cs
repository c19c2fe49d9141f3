namespace GhostHands.Jobs.Handling;

/// <summary>The <c>error_code</c> values GhostHands writes. docs/failure-modes.md says what each means.</summary>
public static class ErrorCodes
{
    public const string UnsupportedJobType = "unsupported_job_type";
    public const string Timeout = "timeout";
    public const string UnexpectedError = "unexpected_error";
    public const string StuckMaxRetries = "stuck_max_retries";
    public const string InvalidInput = "invalid_input";
    public const string TargetUrlRefused = "target_url_refused";
    public const string BrowserCrashed = "browser_crashed";
    public const string NavigationFailed = "navigation_failed";
    public const string SubmissionNotConfirmed = "submission_not_confirmed";

    /// <summary>The form's page rejected the submission and no repair changes that; never retried (see docs/failure-modes.md).</summary>
    public const string SubmissionRejected = "submission_rejected";
    public const string BudgetExceeded = "budget_exceeded";
    public const string ActionLimitExceeded = "action_limit_exceeded";
}
