namespace GhostHands.Jobs;

/// <summary>
/// Job types the API accepts. The column itself takes any well-formed name so that a row inserted by SQL with a
/// type no worker knows fails visibly with <c>unsupported_job_type</c> instead of being rejected unseen.
/// </summary>
public static class JobTypes
{
    public const string Apply = "apply";
    public const string Scrape = "scrape";
    public const string FillForm = "fill_form";
    public const string Custom = "custom";

    /// <summary>Completes at once without a browser: smoke tests and queue benchmarks.</summary>
    public const string SystemPing = "system.ping";

    public static IReadOnlyList<string> Known { get; } = [Apply, Scrape, FillForm, Custom, SystemPing];

    /// <summary>Types that act on a page and so need <c>target_url</c>.</summary>
    public static bool NeedsTargetUrl(string jobType) => jobType is Apply or Scrape or FillForm;
}
