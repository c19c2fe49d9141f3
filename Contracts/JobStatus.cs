namespace GhostHands.Contracts;

/// <summary>
/// The closed set of job states (stored as lower-case text; CHECK constraint <c>gh_jobs_status_known</c>).
/// Each transition has one owner:
/// <list type="bullet">
/// <item>pending → running: the claim (<c>gh_claim_jobs</c>, run by the workers and by <c>gh_pickup_next_job</c>),
/// which claims and starts in one statement; the claim itself no longer leaves jobs <c>queued</c>.</item>
/// <item>running → completed | failed | paused: the owning worker, fenced by worker id and attempt.</item>
/// <item>queued | running → pending: the owning worker on shutdown or retry, or the stuck-job rescuer (Recovery).</item>
/// <item>pending | queued | running | paused → cancelled: the cancel endpoint (Jobs).</item>
/// <item>pending → expired: the expirer (Recovery).</item>
/// <item>paused → pending: the resume endpoint; failed | cancelled | expired → pending: the retry endpoint (Jobs).</item>
/// </list>
/// </summary>
public enum JobStatus
{
    /// <summary>Waiting to be claimed.</summary>
    Pending,
    /// <summary>Claimed, not yet started; the claim now starts jobs in the same statement.</summary>
    Queued,
    /// <summary>Owned by a worker, which heartbeats while it runs.</summary>
    Running,
    /// <summary>Waiting for a person: a question, a captcha, a sign-in wall or a submission to review.</summary>
    Paused,
    /// <summary>Finished with a result.</summary>
    Completed,
    /// <summary>Finished with an error and no retries left.</summary>
    Failed,
    /// <summary>Stopped on request.</summary>
    Cancelled,
    /// <summary>Never claimed within its wait limit (docs/failure-modes.md).</summary>
    Expired,
}

/// <summary>The statuses as stored and sent: lower-case text.</summary>
public static class JobStatuses
{
    /// <summary>Every status's text, in <see cref="JobStatus"/> order.</summary>
    public static IReadOnlyList<string> All { get; } =
        ["pending", "queued", "running", "paused", "completed", "failed", "cancelled", "expired"];

    /// <summary>The status as stored and sent (<c>pending</c>).</summary>
    public static string ToDb(this JobStatus status) => All[(int)status];

    /// <summary>True for completed, failed, cancelled and expired: the job will not change again unless retried.</summary>
    public static bool IsTerminal(this JobStatus status) =>
        status is JobStatus.Completed or JobStatus.Failed or JobStatus.Cancelled or JobStatus.Expired;

    /// <summary>Reads a status's text, case-sensitively; false for anything else.</summary>
    public static bool TryParse(string? value, out JobStatus status)
    {
        var index = value is null ? -1 : IndexOf(value);
        status = index < 0 ? default : (JobStatus)index;
        return index >= 0;
    }

    /// <summary>Reads a status's text; <see cref="FormatException"/> for anything else.</summary>
    public static JobStatus Parse(string value) =>
        TryParse(value, out var status) ? status : throw new FormatException($"Unknown job status '{value}'.");

    private static int IndexOf(string value)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
