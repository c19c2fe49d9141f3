namespace GhostHands.Contracts;

/// <summary>
/// Job types the API accepts. The column itself takes any well-formed name so that a row inserted by SQL with a
/// type no worker knows fails visibly with <c>unsupported_job_type</c> instead of being rejected unseen.
/// </summary>
public static class JobTypes
{
    /// <summary>Fills and submits a job application at <c>target_url</c>.</summary>
    public const string Apply = "apply";
    /// <summary>Reads the job posting at <c>target_url</c> (docs/execution.md).</summary>
    public const string Scrape = "scrape";
    /// <summary>Runs the <c>apply</c> engine on any form at <c>target_url</c> (contact, registration, questionnaire).</summary>
    public const string FillForm = "fill_form";
    /// <summary>Runs the steps of <c>input_data.steps</c>.</summary>
    public const string Custom = "custom";

    /// <summary>Completes at once without a browser: smoke tests and queue benchmarks.</summary>
    public const string SystemPing = "system.ping";

    /// <summary>Every type the API accepts.</summary>
    public static IReadOnlyList<string> Known { get; } = [Apply, Scrape, FillForm, Custom, SystemPing];

    /// <summary>Types that act on a page and so need <c>target_url</c>.</summary>
    public static bool NeedsTargetUrl(string jobType) => jobType is Apply or Scrape or FillForm;
}
