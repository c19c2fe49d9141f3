using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using GhostHands.Execution.Browser;
using GhostHands.Jobs;
using GhostHands.Jobs.Handling;

namespace GhostHands.Execution.Scrape;

/// <summary>
/// <c>scrape</c>: structured extraction of a job posting (title, company, location, description, apply link,
/// employment type). A schema.org <c>JobPosting</c> in JSON-LD is preferred, being what the site publishes for
/// machines; visible-HTML heuristics fill whatever it lacks. Read-only, so redelivery is harmless.
/// </summary>
internal sealed partial class ScrapeHandler(BrowserJobRunner runner) : IJobHandler
{
    private static readonly string Script = Load();

    public string JobType => JobTypes.Scrape;

    public Task<JobOutcome> ExecuteAsync(JobContext context) =>
        runner.RunAsync(context, context.Job.TargetUrl, async session =>
        {
            await session.CountActionAsync("extract");
            JsonElement raw;
            using (BrowserSteps.Start(context, BrowserSteps.Extract))
            {
                raw = await session.Page.EvaluateAsync<JsonElement>(Script);
            }

            var html = raw.Deserialize<HtmlPosting>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            var ld = raw.GetProperty("jsonLd").EnumerateArray().Select(s => JobPosting(s.GetString())).FirstOrDefault(p => p is not null);
            var posting = new Posting(
                Title: Str(ld, "title") ?? html.Title,
                Company: Str(ld, "hiringOrganization", "name") ?? html.Company,
                Location: LdLocation(ld) ?? html.Location,
                Description: Str(ld, "description") is { } d ? HtmlText(d) : html.Description,
                ApplyUrl: Absolute(session.Page.Url, Str(ld, "url") ?? html.ApplyUrl),
                EmploymentType: Str(ld, "employmentType") ?? NullIfEmpty(html.EmploymentType),
                Source: ld is null ? "html" : "json-ld");
            await session.NarrateAsync("step_completed", $"Extracted \"{posting.Title}\" at {posting.Company} from {posting.Source}.");
            await session.ScreenshotAsync("posting");
            return JobOutcome.Complete(Summary(posting), posting);
        });

    /// <summary>The job's status message: only the parts the page gave, so a page that is no posting says so.</summary>
    internal static string Summary(Posting posting)
    {
        var title = NullIfEmpty(posting.Title);
        var company = NullIfEmpty(posting.Company);
        var location = NullIfEmpty(posting.Location);
        if (company is null && location is null)
        {
            return title is null ? "Scraped a page with no title, company or location: it does not look like a job posting."
                : $"Scraped \"{title}\", with no company or location: it may not be a job posting.";
        }

        var summary = title is null ? "Scraped a posting with no title" : $"Scraped \"{title}\"";
        summary += company is null ? "" : $" at {company}";
        return location is null ? summary + "." : $"{summary} ({location}).";
    }

    private static JsonElement? JobPosting(string? json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json ?? "");
            var root = doc.RootElement;
            IEnumerable<JsonElement> items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray()
                : root.TryGetProperty("@graph", out var graph) ? graph.EnumerateArray() : [root];
            var posting = items.FirstOrDefault(i => i.TryGetProperty("@type", out var t) && t.ToString().Contains("JobPosting", StringComparison.Ordinal));
            return posting.ValueKind == JsonValueKind.Object ? posting.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Str(JsonElement? e, params string[] path)
    {
        if (e is not { } node)
        {
            return null;
        }

        foreach (var p in path)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(p, out node))
            {
                return null;
            }
        }

        return node.ValueKind == JsonValueKind.String ? NullIfEmpty(node.GetString()) : node.ValueKind == JsonValueKind.Array ? string.Join(", ", node.EnumerateArray()) : null;
    }

    private static string? LdLocation(JsonElement? ld)
    {
        if (ld is not { } e || !e.TryGetProperty("jobLocation", out var loc))
        {
            return null;
        }

        var first = loc.ValueKind == JsonValueKind.Array ? loc.EnumerateArray().FirstOrDefault() : loc;
        var parts = new[] { Str(first, "address", "addressLocality"), Str(first, "address", "addressRegion") }.OfType<string>();
        return NullIfEmpty(string.Join(", ", parts));
    }

    private static string HtmlText(string html) =>
        Spaces().Replace(System.Net.WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    private static string? Absolute(string page, string? link) =>
        string.IsNullOrWhiteSpace(link) ? null : Uri.TryCreate(new Uri(page), link, out var u) ? u.ToString() : link;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GhostHands.Execution.Scrape.scrape.js")!;
        return new StreamReader(stream).ReadToEnd();
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private sealed record HtmlPosting(string Title, string Company, string Location, string EmploymentType, string Description, string ApplyUrl);

    internal sealed record Posting(string Title, string Company, string? Location, string Description, string? ApplyUrl, string? EmploymentType, string Source);
}
