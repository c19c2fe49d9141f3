using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using GhostHands.Fixtures;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Execution;

/// <summary>
/// Apply, scrape and cancel through the API, a real worker and Chromium against the fixture ATS pages. Each submitted
/// form is applied to in the parts of <see cref="SubmittingEachFixtureForm"/>.
/// </summary>
public sealed class WhenApplyingToFixtureForms(ExecutionHost host) : IClassFixture<ExecutionHost>, IAsyncLifetime
{
    private static readonly TimeSpan JobDeadline = TimeSpan.FromSeconds(60);

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public void Every_submitted_form_is_in_exactly_one_part()
    {
        TheoryData<string>[] parts = [WhenApplyingToFixtureFormsPart1.Forms, WhenApplyingToFixtureFormsPart2.Forms, WhenApplyingToFixtureFormsPart3.Forms, WhenApplyingToFixtureFormsPart4.Forms];

        Assert.Equal(SubmittingEachFixtureForm.SubmittedForms, parts.SelectMany(p => p.Select(row => row.Data)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unanswerable_required_question_pauses_and_resuming_with_the_answer_completes()
    {
        const string form = "workable-clearance-question";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput());

        var paused = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, "the job to pause");
        Assert.Equal(JobStatus.Paused, paused.Status);
        Assert.Empty(host.Site.Submissions);
        var events = await host.EventsAsync(id);
        var hitl = Assert.Single(events, e => e.Type == "hitl_paused");
        var question = JsonDocument.Parse(hitl.Metadata).RootElement.GetProperty("questions")[0].GetProperty("question").GetString()!;
        Assert.Equal(FixtureCatalog.Expected(form).Outcome.Question, question);

        var resumed = await host.Client.PostJson($"/api/v1/gh/jobs/{id}/resume", new { answers = new Dictionary<string, string> { [question] = "DISS-7731-4420" } });
        Assert.True(resumed.IsSuccessStatusCode, await resumed.Content.ReadAsStringAsync());

        var done = await host.WaitForStatusAsync(id, s => s.IsTerminal(), JobDeadline, "the resumed job to finish");
        Assert.True(done.Status == JobStatus.Completed, $"{done.Status} {done.ErrorCode} {done.StatusMessage}");
        var submission = await host.Site.WaitForSubmissionAsync(form, TimeSpan.FromSeconds(5));
        Assert.Equal("DISS-7731-4420", submission.Value("QA_5218807"));
        Assert.Empty(FixtureCatalog.Expected(form).Problems(submission));
    }

    [Theory]
    [InlineData("jazzhr-recaptcha", "captcha")]
    [InlineData("successfactors-login-wall", "login")]
    public async Task A_captcha_or_login_wall_pauses_with_the_blocker_and_nothing_is_submitted(string form, string blocker)
    {
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput());

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to stop");

        Assert.Equal(JobStatus.Paused, job.Status);
        var events = await host.EventsAsync(id);
        var blocked = Assert.Single(events, e => e.Type == "blocker_detected");
        Assert.Equal(blocker, JsonDocument.Parse(blocked.Metadata).RootElement.GetProperty("blocker").GetString());
        Assert.DoesNotContain(host.Site.Submissions, s => s.Accepted);
    }

    [Theory]
    [InlineData("northwind-senior-software-engineer")]
    [InlineData("fabrikam-data-analyst")]
    public async Task Scraping_a_posting_extracts_its_fields(string posting)
    {
        var id = await host.SubmitAsync(JobTypes.Scrape, host.Site.PostingUrl(posting));

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal(), JobDeadline, "the scrape to finish");

        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage}");
        var expected = FixtureCatalog.ExpectedPosting(posting);
        var result = job.ResultData!.Value;
        Assert.Equal(expected.Title, result.GetProperty("title").GetString());
        Assert.Equal(expected.Company, result.GetProperty("company").GetString());
        Assert.Equal(expected.Location, result.GetProperty("location").GetString());
        Assert.Equal(new Uri(host.Site.BaseUrl, expected.ApplyPath).ToString(), result.GetProperty("apply_url").GetString());
        Assert.Equal(expected.HasJsonLd ? "json-ld" : "html", result.GetProperty("source").GetString());
        if (expected.EmploymentType is { } type)
        {
            Assert.Equal(type, result.GetProperty("employment_type").GetString());
        }

        var description = result.GetProperty("description").GetString()!;
        Assert.All(expected.DescriptionIncludes, sentence => Assert.Contains(sentence, description, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_target_on_a_refused_address_fails_without_retry()
    {
        var id = await host.SubmitAsync(JobTypes.Apply, new Uri("http://169.254.169.254/latest/meta-data"), host.ApplicantInput());

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal(), JobDeadline, "the job to fail");

        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Equal("target_url_refused", job.ErrorCode);
    }

    [Fact]
    public async Task Cancelling_a_running_apply_closes_its_browser_context_within_a_second()
    {
        // A server that accepts the connection and never answers keeps the job inside navigation.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = silent.AcceptTcpClientAsync();
        var url = new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/apply");
        var id = await host.SubmitAsync(JobTypes.Apply, url, host.ApplicantInput());
        using var connection = await accepted.WaitAsync(JobDeadline);
        Assert.Equal(1, host.Browser.OpenContexts);

        var cancel = await host.Client.PostAsync($"/api/v1/gh/jobs/{id}/cancel", null);
        Assert.True(cancel.IsSuccessStatusCode, await cancel.Content.ReadAsStringAsync());

        await Eventually.Until(() => Task.FromResult(host.Browser.OpenContexts), n => n == 0, TimeSpan.FromSeconds(1), "the job's browser context to close");
        Assert.Equal(JobStatus.Cancelled, (await host.GetAsync(id)).Status);
    }
}
