using System.Text.Json.Nodes;
using GhostHands.Fixtures;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GhostHands.Tests.Dashboard;

/// <summary>The dashboard in a real Chromium against the API on a real port and real workers.</summary>
public sealed class WhenWatchingTheDashboard(DashboardHost host) : IClassFixture<DashboardHost>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly List<IHost> workers = [];
    private IPage? page;

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public async ValueTask DisposeAsync()
    {
        if (page is not null)
        {
            await page.Context.CloseAsync();
        }

        await WorkerHosts.StopAllAsync(workers);
    }

    [Fact]
    public async Task A_job_shows_pending_then_running_then_completed_without_a_reload()
    {
        page = await host.SignedInPageAsync(1280);
        // Records every status the job's row shows, however briefly, and marks this document to detect a reload.
        await page.EvaluateAsync("""
            () => {
              window.notReloaded = true;
              window.statuses = {};
              const record = () => {
                for (const row of document.querySelectorAll('#jobs-body tr[data-job]')) {
                  const seen = (window.statuses[row.dataset.job] ??= []);
                  if (seen[seen.length - 1] !== row.dataset.status) seen.push(row.dataset.status);
                }
              };
              new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true });
            }
            """);

        // Aimed at a worker that is not running yet, so that it waits in pending until the test starts one.
        var id = await host.SubmitAsync(JobTypes.SystemPing, new JsonObject { ["sleep_ms"] = 4000 }, targetWorker: "late-1");
        var row = page.Locator($"#job-{id}");
        await Expect(row).ToHaveAttributeAsync("data-status", "pending");
        await Expect(page.Locator("#queue [data-status=pending] .n")).ToHaveTextAsync("1");
        workers.Add(await WorkerHosts.StartAsync(host.Api.ConnectionString, "late-1"));
        await Expect(row).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = (float)Deadline.TotalMilliseconds });

        var seen = await page.EvaluateAsync<string[]>($"() => window.statuses['{id}']");
        Assert.Equal(["pending", "running", "completed"], seen.Where(s => s != "queued"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        Assert.Equal("completed", await host.StatusAsync(id));
        await Expect(page.Locator("#workers [data-worker=late-1]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Cancel_on_the_dashboard_cancels_a_running_job_and_retry_queues_it_again()
    {
        var id = await host.SubmitAsync(JobTypes.SystemPing, new JsonObject { ["sleep_ms"] = 120_000 });
        await Eventually.Until(() => host.StatusAsync(id), s => s == "running", Deadline, "the job to run");
        page = await host.SignedInPageAsync(1280);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();

        await page.Locator($"#job-{id}").ClickAsync();
        await Expect(page.Locator($"#detail[data-job='{id}'] #detail-head")).ToHaveAttributeAsync("data-status", "running");
        await page.Locator("#detail button[data-action=cancel]").ClickAsync();

        await Eventually.Until(() => host.StatusAsync(id), s => s == "cancelled", Deadline, "the job to be cancelled");
        await Expect(page.Locator($"#job-{id}")).ToHaveAttributeAsync("data-status", "cancelled");
        await Expect(page.Locator("#detail-head")).ToHaveAttributeAsync("data-status", "cancelled");
        await Expect(page.Locator("#timeline li", new() { HasText = "cancelled" })).Not.ToHaveCountAsync(0);

        await page.Locator("#detail button[data-action=retry]").ClickAsync();
        await Eventually.Until(() => host.StatusAsync(id), s => s is "pending" or "queued" or "running", Deadline, "the job to be queued again");
        await Expect(page.Locator($"#job-{id}")).Not.ToHaveAttributeAsync("data-status", "cancelled");
        await Expect(page.Locator("#detail button[data-action=cancel]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task At_1280_and_390_pixels_wide_nothing_overflows_and_screenshots_are_saved()
    {
        var apply = await SeedAsync();
        page = await host.SignedInPageAsync(1280);
        await page.GotoAsync($"/dashboard?job={apply}");
        await Expect(page.Locator("#timeline img").First).ToBeVisibleAsync();
        await Expect(page.Locator("#failures [data-job-failed]")).ToHaveCountAsync(1);
        await WaitForImagesAsync(page);
        Assert.True(await ScrollWidthAsync(page) <= 1280, "the page is wider than 1280 px");
        var wide = await SaveAsync(page, "dashboard-1280.png");

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/dashboard");
        await Expect(page.Locator("#live")).ToHaveAttributeAsync("data-state", "live");
        var overview = await ScrollWidthAsync(page);
        await page.GotoAsync($"/dashboard?job={apply}");
        await Expect(page.Locator("#timeline img").First).ToBeVisibleAsync();
        await WaitForImagesAsync(page);
        var detail = await ScrollWidthAsync(page);
        var narrow = await SaveAsync(page, "dashboard-390.png");

        Assert.True(overview <= 390, $"the overview is {overview} px wide at 390 px");
        Assert.True(detail <= 390, $"the page with a job open is {detail} px wide at 390 px");
        Assert.True(new FileInfo(wide).Length > 0 && new FileInfo(narrow).Length > 0);
    }

    /// <summary>Something of everything: a submitted application with screenshots, a failure, a wait and a running job.</summary>
    private async Task<Guid> SeedAsync()
    {
        var resume = Path.Combine(host.ArtifactsRoot, FixtureCatalog.ResumeFileName);
        await File.WriteAllBytesAsync(resume, FixtureCatalog.ResumePdf());
        var input = JsonNode.Parse(FixtureCatalog.ApplicantJson)!.AsObject();
        input["resumePath"] = resume;
        var apply = await host.SubmitAsync(JobTypes.Apply, input, target: host.Site.FormUrl("greenhouse-single-page"));
        var failed = await host.SubmitAsync(JobTypes.SystemPing, new JsonObject { ["sleep_ms"] = "soon" });
        await Eventually.Until(() => host.StatusAsync(apply), s => s == "completed", Deadline, "the application to be submitted");
        await Eventually.Until(() => host.StatusAsync(failed), s => s == "failed", Deadline, "the bad ping to fail");
        await host.SubmitAsync(JobTypes.SystemPing, new JsonObject(), targetWorker: "carol");
        var running = await host.SubmitAsync(JobTypes.SystemPing, new JsonObject { ["sleep_ms"] = 120_000 });
        await Eventually.Until(() => host.StatusAsync(running), s => s == "running", Deadline, "the long ping to run");
        return apply;
    }

    private static Task<int> ScrollWidthAsync(IPage page) => page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");

    private static Task WaitForImagesAsync(IPage page) => page.WaitForFunctionAsync(
        "() => [...document.images].every(i => i.complete && i.naturalWidth > 0)");

    private static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(DashboardHost.ScreenshotDirectory);
        var path = Path.Combine(DashboardHost.ScreenshotDirectory, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Dashboard screenshot: {path}");
        Console.WriteLine($"Dashboard screenshot: {path}");
        return path;
    }
}
