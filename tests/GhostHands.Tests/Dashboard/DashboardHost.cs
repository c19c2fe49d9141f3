using System.Text.Json.Nodes;
using GhostHands.Execution;
using GhostHands.Fixtures;
using GhostHands.Jobs;
using GhostHands.Routing.Runtime;
using GhostHands.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace GhostHands.Tests.Dashboard;

/// <summary>
/// What a browser needs to use the dashboard, shared by one test class: the API on a real loopback port (Kestrel,
/// not the in-memory test server), a real worker (<see cref="WorkerId"/>) that may open the fixture ATS site, and
/// Debian's Chromium driven through Playwright.
/// </summary>
public sealed class DashboardHost(PostgresServer postgres) : IAsyncLifetime
{
    public const string WorkerId = "dash-1";

    private WebApplicationFactory<Program>? server;
    private IPlaywright? playwright;

    public ApiFactory Api { get; } = new(postgres);

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Talks to the real port with the service key, as VALET does.</summary>
    public HttpClient Client { get; private set; } = null!;

    public FixtureSite Site { get; private set; } = null!;

    public IHost Worker { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string ArtifactsRoot { get; } = Directory.CreateTempSubdirectory("gh-dashboard-artifacts-").FullName;

    /// <summary>Screenshots for people to look at: <c>TestResults/dashboard</c> next to the test assembly.</summary>
    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "TestResults", "dashboard");

    public async ValueTask InitializeAsync()
    {
        await Api.InitializeAsync();
        server = Api.WithWebHostBuilder(web =>
        {
            web.UseSetting("urls", "http://127.0.0.1:0");
            web.UseSetting("Artifacts:Root", ArtifactsRoot);
        });
        server.UseKestrel();
        server.StartServer();
        var address = server.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseUrl = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseUrl };
        Client.DefaultRequestHeaders.Add("X-GH-Service-Key", ApiFactory.ServiceSecret);

        Site = await FixtureSite.StartAsync();
        Worker = await WorkerHosts.StartAsync(Api.ConnectionString, WorkerId, new Dictionary<string, string?>
        {
            ["Execution:TargetAllowList"] = "loopback",
            ["Artifacts:Root"] = ArtifactsRoot,
        });
        // Live updates are waited for, never timed: a loaded machine only makes them slower.
        Assertions.SetDefaultExpectTimeout(20_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutionOptions.DefaultBrowserPath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>
    /// Cancels whatever is unfinished (so the worker lets go of it) and empties the tables: each test starts from nothing.
    /// </summary>
    public async Task ResetAsync()
    {
        await Api.DataSource.Execute(
            "UPDATE gh_automation_jobs SET status = 'cancelled', completed_at = now() WHERE status IN ('pending', 'queued', 'running', 'paused')");
        var runtime = Worker.Services.GetRequiredService<WorkerRuntime>();
        await Eventually.Until(() => Task.FromResult(runtime.RunningCount), n => n == 0, TimeSpan.FromSeconds(15), "the worker to let go of its jobs");
        await Api.ResetAsync();
        Site.Reset();
    }

    /// <summary>A fresh browser context of the given width, signed in through the dashboard's form.</summary>
    public async Task<IPage> SignedInPageAsync(int width, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/dashboard");
        await page.FillAsync("#secret", ApiFactory.ServiceSecret);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("#live")).ToHaveAttributeAsync("data-state", "live");
        return page;
    }

    /// <summary>Submits a job over REST; returns its id.</summary>
    public async Task<Guid> SubmitAsync(string jobType, JsonObject inputData, string? targetWorker = WorkerId, Uri? target = null)
    {
        var response = await Client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new Dictionary<string, object?>
        {
            ["job_type"] = jobType,
            ["target_url"] = target?.ToString(),
            ["input_data"] = inputData,
            ["target_worker_id"] = targetWorker,
            ["max_retries"] = 0,
        }));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Read<Job>()).Id;
    }

    public Task<string> StatusAsync(Guid id) =>
        Api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", id);

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await WorkerHosts.StopAllAsync([Worker]);
        await Site.DisposeAsync();
        Client.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        await Api.DisposeAsync();
        Directory.Delete(ArtifactsRoot, recursive: true);
    }
}
