using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using GhostHands.Fixtures;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace GhostHands.Tests.Execution;

/// <summary>
/// The browser job paths besides applying from a local resume: <c>fill_form</c>, <c>custom</c> step lists, a resume
/// fetched by URL, artifacts served over HTTP, and a Chromium crash in the middle of a job.
/// </summary>
public sealed class WhenRunningOtherBrowserJobs(ExecutionHost host) : IClassFixture<ExecutionHost>, IAsyncLifetime
{
    private const string Form = "greenhouse-single-page";
    private static readonly TimeSpan JobDeadline = TimeSpan.FromSeconds(60);

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_fill_form_job_fills_and_submits_through_the_same_engine()
    {
        var id = await host.SubmitAsync(JobTypes.FillForm, host.Site.FormUrl(Form), host.ApplicantInput());

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, "the fill_form job to finish");

        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage}");
        var submission = await host.Site.WaitForSubmissionAsync(Form, TimeSpan.FromSeconds(5));
        Assert.Empty(FixtureCatalog.Expected(Form).Problems(submission));
    }

    [Fact]
    public async Task A_resume_given_by_url_is_downloaded_and_arrives_intact()
    {
        var input = host.ApplicantInput();
        input["resumePath"] = host.Site.ResumeUrl.ToString();

        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(Form), input);

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, "the apply job to finish");
        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage}");
        var submission = await host.Site.WaitForSubmissionAsync(Form, TimeSpan.FromSeconds(5));
        var resume = FixtureCatalog.Expected(Form).Resume!;
        Assert.Equal(FixtureCatalog.ResumeSha256, submission.File(resume.Field)?.Sha256);
    }

    [Fact]
    public async Task A_custom_job_runs_its_steps_and_returns_what_it_extracted()
    {
        const string posting = "northwind-senior-software-engineer";
        var steps = new JsonArray(
            new JsonObject { ["action"] = "wait_for", ["selector"] = "h1" },
            new JsonObject { ["action"] = "extract_text", ["selector"] = "h1", ["as"] = "title" },
            new JsonObject { ["action"] = "screenshot", ["name"] = "posting" });

        var id = await host.SubmitAsync(JobTypes.Custom, host.Site.PostingUrl(posting), new JsonObject { ["steps"] = steps });

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal(), JobDeadline, "the custom job to finish");
        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage}");
        var extracted = job.ResultData!.Value.GetProperty("extracted");
        Assert.Equal(FixtureCatalog.ExpectedPosting(posting).Title, extracted.GetProperty("title").GetString());
        Assert.Contains(job.ScreenshotUrls, u => u.Contains("posting", StringComparison.Ordinal));
        var events = await host.EventsAsync(id);
        Assert.Equal(3, events.Count(e => e.Type == "step_completed" && e.Message!.StartsWith("Step ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Screenshots_are_served_over_http_to_callers_with_the_service_key_only()
    {
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(Form), host.ApplicantInput());
        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, "the apply job to finish");
        Assert.Equal(JobStatus.Completed, job.Status);
        await using var api = host.Api.WithWebHostBuilder(b => b.UseSetting("Artifacts:Root", host.ArtifactsRoot));
        using var client = api.CreateClient();
        var url = job.ScreenshotUrls[0];

        using var anonymous = await client.GetAsync(url);
        client.DefaultRequestHeaders.Add("X-GH-Service-Key", ApiFactory.ServiceSecret);
        using var served = await client.GetAsync(url);
        using var missing = await client.GetAsync($"/api/v1/gh/jobs/{id}/artifacts/no-such-shot.png");
        using var traversal = await client.GetAsync($"/api/v1/gh/jobs/{id}/artifacts/..%2F..%2Fetc%2Fpasswd");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        var png = await served.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);
    }

    [Fact]
    public async Task A_browser_crash_is_detected_the_browser_relaunched_and_the_job_retried()
    {
        // A page that hangs until the browser has been crashed, then answers every later request.
        await using var page = new PageAfterCrash();
        var steps = new JsonArray(new JsonObject { ["action"] = "extract_text", ["selector"] = "h1", ["as"] = "title" });
        var id = await host.SubmitAsync(JobTypes.Custom, page.Url, new JsonObject { ["steps"] = steps }, maxRetries: 1);
        await page.FirstRequest.WaitAsync(JobDeadline);
        var crashed = host.Browser.Current!;

        var cdp = await crashed.NewBrowserCDPSessionAsync();
        _ = cdp.SendAsync("Browser.crash"); // never answered: the browser process dies
        await Eventually.Until(() => Task.FromResult(crashed.IsConnected), c => !c, JobDeadline, "the browser to go away");
        page.Answer();

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal(), JobDeadline, "the retried job to finish");
        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage}");
        Assert.Equal(2, job.Attempt);
        Assert.Equal(PageAfterCrash.Title, job.ResultData!.Value.GetProperty("extracted").GetProperty("title").GetString());
        Assert.False(crashed.IsConnected);
        Assert.True(host.Browser.Current is { IsConnected: true } relaunched && relaunched != crashed);
        var types = (await host.EventsAsync(id)).Select(e => e.Type).ToList();
        Assert.True(types.IndexOf("browser_crash_detected") is >= 0 and var detected && types.IndexOf("browser_recovered") > detected,
            string.Join(", ", types));
    }

    /// <summary>
    /// A bare HTTP server on loopback: it holds every connection open until <see cref="Answer"/>, then serves a
    /// small page to every request that follows.
    /// </summary>
    private sealed class PageAfterCrash : IAsyncDisposable
    {
        public const string Title = "Back after the crash";

        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly List<TcpClient> held = [];
        private readonly TaskCompletionSource firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly CancellationTokenSource stop = new();
        private readonly Task serving;
        private volatile bool answering;

        public PageAfterCrash()
        {
            listener.Start();
            serving = ServeAsync();
        }

        public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/page");

        public Task FirstRequest => firstRequest.Task;

        public void Answer() => answering = true;

        private async Task ServeAsync()
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    var client = await listener.AcceptTcpClientAsync(stop.Token);
                    if (!answering)
                    {
                        held.Add(client);
                        firstRequest.TrySetResult();
                        continue;
                    }

                    _ = RespondAsync(client);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // Disposed.
            }
        }

        private static async Task RespondAsync(TcpClient client)
        {
            using (client)
            {
                var stream = client.GetStream();
                var buffer = new byte[8192];
                var request = new StringBuilder();
                while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await stream.ReadAsync(buffer);
                    if (read == 0)
                    {
                        return;
                    }

                    request.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                var body = Encoding.UTF8.GetBytes($"<!doctype html><title>{Title}</title><h1>{Title}</h1>");
                var head = Encoding.ASCII.GetBytes(
                    $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(head);
                await stream.WriteAsync(body);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            listener.Stop();
            await serving;
            held.ForEach(c => c.Dispose());
            stop.Dispose();
        }
    }
}
