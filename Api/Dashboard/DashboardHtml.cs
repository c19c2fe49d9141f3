using System.Globalization;
using System.Net;
using System.Text;
using GhostHands.Jobs;
using GhostHands.Jobs.Monitoring;

namespace GhostHands.Api.Dashboard;

/// <summary>
/// The dashboard's HTML, rendered here and nowhere else: the page, and the fragments the live feed swaps into it.
/// Every fragment is one element with an id (or, for job rows, a <c>tr</c> with one), so the page script only ever
/// replaces an element by id or adds a row. Every value from the database is HTML-encoded.
/// </summary>
internal static class DashboardHtml
{
    private static readonly string[] Unfinished = ["pending", "queued", "running", "paused"];

    public static string Page(QueueOverview overview, Job? selected, string assetVersion)
    {
        var html = new StringBuilder();
        html.Append(Head("GhostHands dashboard", assetVersion, withScript: true));
        html.Append("<body><header class=\"bar\"><h1>GhostHands</h1>")
            .Append("<span id=\"live\" class=\"live\" data-state=\"connecting\">connecting</span>")
            .Append("<form method=\"post\" action=\"/dashboard/logout\" class=\"signout\"><button type=\"submit\" class=\"link\">Sign out</button></form>")
            .Append("</header><main class=\"grid\">");
        html.Append(Queue(overview));
        html.Append(selected is null ? "<section id=\"detail\" class=\"panel detail\" hidden></section>" : Detail(selected));
        html.Append("<section class=\"panel jobs\" aria-labelledby=\"jobs-title\"><h2 id=\"jobs-title\">Jobs</h2>")
            .Append("<table class=\"rows\"><thead><tr><th>Job</th><th>Status</th><th>Worker</th><th>Created</th><th>Note</th></tr></thead>")
            .Append(JobsBody(overview.Jobs ?? []))
            .Append("</table></section>");
        html.Append(Workers(overview));
        html.Append(Failures(overview));
        html.Append("</main></body></html>");
        return html.ToString();
    }

    public static string Login(string? error, string assetVersion)
    {
        var html = new StringBuilder();
        html.Append(Head("Sign in · GhostHands dashboard", assetVersion, withScript: false));
        html.Append("<body class=\"login\"><main class=\"panel login-panel\"><h1>GhostHands</h1>")
            .Append("<p>Sign in with the service secret (<code>GH_SERVICE_SECRET</code>), the value VALET sends as <code>X-GH-Service-Key</code>.</p>")
            .Append("<form method=\"post\" action=\"/dashboard/login\">")
            .Append("<label for=\"secret\">Service secret</label>")
            .Append("<input id=\"secret\" name=\"secret\" type=\"password\" autocomplete=\"current-password\" required autofocus>");
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(E(error)).Append("</p>");
        }

        html.Append("<button type=\"submit\">Sign in</button></form></main></body></html>");
        return html.ToString();
    }

    public static string Queue(QueueOverview overview)
    {
        var html = new StringBuilder("<section id=\"queue\" class=\"panel queue\" aria-label=\"Queue by status\">");
        if (overview.Paused is { } paused)
        {
            html.Append("<p class=\"paused\" role=\"status\">Queue paused (emergency stop) since ").Append(Time(paused.ChangedAt))
                .Append(paused.Reason is { Length: > 0 } reason ? $": {E(reason)}" : "")
                .Append(". Workers claim nothing until it is resumed.</p>");
        }

        html.Append("<div class=\"tiles\">");
        foreach (var status in JobStatuses.All)
        {
            var count = overview.Counts.Where(c => c.Status == status).Sum(c => c.Count);
            html.Append("<div class=\"tile s-").Append(status).Append("\" data-status=\"").Append(status).Append("\"><span class=\"n\">")
                .Append(count.ToString(CultureInfo.InvariantCulture)).Append("</span><span class=\"l\">").Append(status)
                .Append(Unfinished.Contains(status) ? "" : " <small>last hour</small>").Append("</span></div>");
        }

        return html.Append("</div></section>").ToString();
    }

    public static string Workers(QueueOverview overview)
    {
        var html = new StringBuilder("<section id=\"workers\" class=\"panel workers\" aria-labelledby=\"workers-title\" data-now=\"")
            .Append(Iso(overview.Now)).Append("\"><h2 id=\"workers-title\">Workers</h2>");
        if (overview.Workers.Count == 0)
        {
            return html.Append("<p class=\"empty\">No worker has registered yet.</p></section>").ToString();
        }

        html.Append("<ul class=\"cards\">");
        foreach (var w in overview.Workers)
        {
            var age = Math.Max(0, (overview.Now - w.LastHeartbeat).TotalSeconds);
            html.Append("<li class=\"card\" data-worker=\"").Append(E(w.WorkerId)).Append("\"><div class=\"card-top\"><strong>").Append(E(w.WorkerId))
                .Append("</strong>").Append(Badge(w.Status)).Append("<span class=\"age\" data-since=\"").Append(Iso(w.LastHeartbeat))
                .Append("\" title=\"last heartbeat\">").Append(Age(age)).Append(" ago</span></div><div class=\"meta\">")
                .Append(w.CurrentJobs.Count.ToString(CultureInfo.InvariantCulture)).Append('/').Append(w.MaxConcurrentJobs.ToString(CultureInfo.InvariantCulture))
                .Append(" slots busy · ").Append(w.JobsCompleted.ToString(CultureInfo.InvariantCulture)).Append(" completed · ")
                .Append(w.JobsFailed.ToString(CultureInfo.InvariantCulture)).Append(" failed</div>");
            if (w.CurrentJobs.Count > 0)
            {
                html.Append("<ul class=\"held\">");
                foreach (var job in w.CurrentJobs)
                {
                    html.Append("<li>").Append(JobLink(job)).Append(Badge(job.Status)).Append("</li>");
                }

                html.Append("</ul>");
            }

            html.Append("</li>");
        }

        return html.Append("</ul></section>").ToString();
    }

    public static string Failures(QueueOverview overview)
    {
        var html = new StringBuilder("<section id=\"failures\" class=\"panel failures\" aria-labelledby=\"failures-title\"><h2 id=\"failures-title\">Recent failures</h2>");
        if (overview.ErrorCodes.Count > 0)
        {
            html.Append("<p class=\"chips\" aria-label=\"Error codes in the last hour\">");
            foreach (var (code, count) in overview.ErrorCodes)
            {
                html.Append("<span class=\"chip\"><code>").Append(E(code)).Append("</code> ").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</span>");
            }

            html.Append("<small>last hour</small></p>");
        }

        if (overview.Failures.Count == 0)
        {
            return html.Append("<p class=\"empty\">No failed jobs.</p></section>").ToString();
        }

        html.Append("<ul class=\"list\">");
        foreach (var job in overview.Failures)
        {
            html.Append("<li data-job-failed=\"").Append(job.Id).Append("\"><div class=\"card-top\">").Append(JobLink(job))
                .Append("<code class=\"code\">").Append(E(job.ErrorCode ?? "failed")).Append("</code>")
                .Append(Time(job.CompletedAt ?? job.CreatedAt)).Append("</div>");
            if (job.StatusMessage is { Length: > 0 } message)
            {
                html.Append("<p class=\"message\">").Append(E(Short(message, 200))).Append("</p>");
            }

            html.Append("</li>");
        }

        return html.Append("</ul></section>").ToString();
    }

    public static string JobsBody(IEnumerable<JobLine> jobs)
    {
        var html = new StringBuilder("<tbody id=\"jobs-body\">");
        foreach (var job in jobs)
        {
            html.Append(JobRow(job));
        }

        return html.Append("</tbody>").ToString();
    }

    public static string JobRow(JobLine job)
    {
        var worker = job.WorkerId ?? (job.TargetWorkerId is { } target ? $"→ {target}" : "any");
        var note = job.ErrorCode ?? job.StatusMessage ?? "";
        var retries = job.RetryCount > 0 ? $"<small class=\"retries\">retry {job.RetryCount}/{job.MaxRetries}</small>" : "";
        return $"<tr id=\"job-{job.Id}\" data-job=\"{job.Id}\" data-status=\"{E(job.Status)}\">" +
            $"<td data-label=\"Job\">{JobLink(job)}</td>" +
            $"<td data-label=\"Status\">{Badge(job.Status)}{retries}</td>" +
            $"<td data-label=\"Worker\">{E(worker)}</td>" +
            $"<td data-label=\"Created\">{Time(job.CreatedAt)}</td>" +
            $"<td data-label=\"Note\" class=\"note\">{(job.ErrorCode is null ? "" : "<code>")}{E(Short(note, 90))}{(job.ErrorCode is null ? "" : "</code>")}</td></tr>";
    }

    public static string Detail(Job job) =>
        $"<section id=\"detail\" class=\"panel detail\" data-job=\"{job.Id}\" aria-labelledby=\"detail-title\">" +
        "<a class=\"close\" href=\"/dashboard\" data-close aria-label=\"Close the job\">×</a>" +
        DetailHead(job) +
        "<p id=\"detail-msg\" class=\"msg\" role=\"status\"></p>" +
        "<h3>Timeline</h3><ol id=\"timeline\" class=\"timeline\" aria-live=\"polite\"></ol></section>";

    public static string DetailHead(Job job)
    {
        var status = job.Status.ToDb();
        var html = new StringBuilder("<div id=\"detail-head\" data-status=\"").Append(status).Append("\">")
            .Append("<h2 id=\"detail-title\">").Append(E(job.JobType)).Append(' ').Append(Badge(status)).Append("</h2><dl>");
        Row(html, "Job id", $"<code>{job.Id}</code>");
        Row(html, "Worker", E(job.WorkerId ?? "none yet") + (job.TargetWorkerId is { } t ? $" <small>(asked for {E(t)}, {E(job.WorkerAffinity ?? "strict")})</small>" : ""));
        Row(html, "Attempt", $"{job.Attempt} · retries {job.RetryCount}/{job.MaxRetries}");
        Row(html, "Created", Time(job.CreatedAt, withDate: true));
        if (job.StartedAt is { } started)
        {
            Row(html, "Started", Time(started, withDate: true));
        }

        if (job.CompletedAt is { } completed)
        {
            Row(html, "Finished", Time(completed, withDate: true) + (job.StartedAt is { } s ? $" <small>after {Age((completed - s).TotalSeconds)}</small>" : ""));
        }

        if (job.TargetUrl is { } url)
        {
            Row(html, "Target", $"<span class=\"wrap\">{E(url)}</span>");
        }

        if (job.StatusMessage is { Length: > 0 } message)
        {
            Row(html, "Message", $"<span class=\"wrap\">{E(message)}</span>");
        }

        if (job.ErrorCode is { } code)
        {
            Row(html, "Error", $"<code class=\"code\">{E(code)}</code>");
        }

        if (job.TraceParent is { Length: >= 55 } trace)
        {
            Row(html, "Trace", $"<code class=\"wrap\">{E(trace.Substring(3, 32))}</code>");
        }

        html.Append("</dl><div class=\"actions\">");
        if (!job.Status.IsTerminal())
        {
            html.Append("<button type=\"button\" class=\"danger\" data-action=\"cancel\" data-job=\"").Append(job.Id).Append("\">Cancel job</button>");
        }

        if (job.Status is JobStatus.Failed or JobStatus.Cancelled or JobStatus.Expired)
        {
            html.Append("<button type=\"button\" data-action=\"retry\" data-job=\"").Append(job.Id).Append("\">Retry job</button>");
        }

        return html.Append("</div></div>").ToString();
    }

    public static string NotFound(Guid id) =>
        $"<section id=\"detail\" class=\"panel detail\" aria-label=\"Job not found\"><a class=\"close\" href=\"/dashboard\" data-close aria-label=\"Close\">×</a>" +
        $"<p class=\"empty\">No job {id}.</p></section>";

    private static string Head(string title, string assetVersion, bool withScript) =>
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        $"<title>{E(title)}</title><link rel=\"stylesheet\" href=\"/dashboard/assets/dashboard.css?v={assetVersion}\">" +
        (withScript ? $"<script src=\"/dashboard/assets/dashboard.js?v={assetVersion}\" defer></script>" : "") +
        "</head>";

    private static void Row(StringBuilder html, string label, string valueHtml) =>
        html.Append("<dt>").Append(label).Append("</dt><dd>").Append(valueHtml).Append("</dd>");

    private static string JobLink(JobLine job) =>
        $"<a href=\"/dashboard?job={job.Id}\" data-job=\"{job.Id}\" class=\"job\">{E(job.JobType)} <small>{job.Id.ToString()[..8]}</small></a>";

    private static string Badge(string status) => $"<span class=\"badge s-{E(status)}\">{E(status)}</span>";

    private static string Time(DateTimeOffset at, bool withDate = false) =>
        $"<time datetime=\"{Iso(at)}\"{(withDate ? " data-date" : "")}>{at.UtcDateTime.ToString(withDate ? "yyyy-MM-dd HH:mm:ss 'UTC'" : "HH:mm:ss", CultureInfo.InvariantCulture)}</time>";

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Age(double seconds) => seconds switch
    {
        < 90 => $"{Math.Round(seconds).ToString(CultureInfo.InvariantCulture)} s",
        < 5400 => $"{Math.Round(seconds / 60).ToString(CultureInfo.InvariantCulture)} min",
        _ => $"{Math.Round(seconds / 3600, 1).ToString(CultureInfo.InvariantCulture)} h",
    };

    private static string Short(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
