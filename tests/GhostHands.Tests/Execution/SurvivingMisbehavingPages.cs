using System.Text.Json;
using GhostHands.Fixtures;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Execution;

/// <summary>
/// Pages that misbehave (a control under a layer that never leaves, a control the page locks, a form that never
/// settles, dates the page fills itself), through the API, a real worker, Chromium and the fixture site: each ends in
/// a stated outcome, never a crash of the engine or the job's own timeout.
/// </summary>
public sealed class WhenPagesMisbehave(ExecutionHost host) : IClassFixture<ExecutionHost>, IAsyncLifetime
{
    private static readonly TimeSpan JobDeadline = TimeSpan.FromSeconds(90);

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Buttons_under_a_layer_that_never_leaves_are_answered_without_the_pointer()
    {
        const string form = "widget-stubborn-controls";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput());

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to finish");

        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage} {job.ErrorDetails}");
        var only = Assert.Single(host.Site.Submissions, s => s.Form == form);
        Assert.True(only.Accepted);
        Assert.Equal("yes", only.Value("move"));
    }

    [Fact]
    public async Task A_required_control_the_page_locks_pauses_the_job_naming_it_after_the_other_fields_are_filled()
    {
        const string form = "widget-locked-control";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput(), maxRetries: 3);

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to stop");

        Assert.True(job.Status == JobStatus.Paused, $"{job.Status} {job.ErrorCode} {job.StatusMessage} {job.ErrorDetails}");
        Assert.Equal(0, job.RetryCount);
        Assert.Contains("Would you relocate to the region this role serves?", job.StatusMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Site.Submissions, s => s.Form == form);
        var events = await host.EventsAsync(id);
        var blocked = Assert.Single(events, e => e.Type == "blocker_detected");
        Assert.Equal("control", JsonDocument.Parse(blocked.Metadata).RootElement.GetProperty("blocker").GetString());
        Assert.Contains(events, e => e.Type == "field_filled" && e.Message?.Contains("Full name", StringComparison.Ordinal) == true);
        Assert.Contains(events, e => e.Type == "field_filled" && e.Message?.Contains("Email", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Controls_detached_while_being_answered_are_found_again_and_the_form_is_sent()
    {
        const string form = "widget-redrawn-controls";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput(), maxRetries: 0);

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to finish");

        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage} {job.ErrorDetails}");
        var only = Assert.Single(host.Site.Submissions, s => s.Form == form);
        Assert.True(only.Accepted);
        Assert.Equal("+1 US", only.Value("dialCode"));
        Assert.Empty(FixtureCatalog.Expected(form).Problems(only));
    }

    [Fact]
    public async Task Answer_buttons_without_state_are_pressed_again_once_when_the_page_flags_them_as_unanswered()
    {
        const string form = "widget-stateless-answer-buttons";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput(), maxRetries: 0);

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to finish");

        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage} {job.ErrorDetails}");
        var only = Assert.Single(host.Site.Submissions, s => s.Form == form);
        Assert.Equal("yes", only.Value("relocate"));
        var events = await host.EventsAsync(id);
        var answered = events.Count(e => e.Type == "field_filled" && e.Message?.Contains("relocate to another city", StringComparison.Ordinal) == true);
        Assert.Equal(2, answered);
    }

    [Fact]
    public async Task Answer_buttons_without_state_pressed_again_under_a_flag_the_page_keeps_are_judged_by_the_next_submit()
    {
        const string form = "widget-stateless-kept-flags";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput(), maxRetries: 0);

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to finish");

        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage} {job.ErrorDetails}");
        Assert.Equal("yes", Assert.Single(host.Site.Submissions, s => s.Form == form).Value("relocate"));
    }

    [Fact]
    public async Task A_form_that_never_settles_ends_on_the_engines_own_deadline_with_its_last_step()
    {
        const string form = "widget-restless-form";
        const int timeout = 40;
        var body = JobJson.NewJob(new Dictionary<string, object?>
        {
            ["job_type"] = JobTypes.Apply,
            ["target_url"] = host.Site.FormUrl(form).ToString(),
            ["input_data"] = host.ApplicantInput(),
            ["timeout_seconds"] = timeout,
            ["max_retries"] = 0,
        });
        var response = await host.Client.PostJson("/api/v1/gh/jobs", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var id = (await response.Read<Job>()).Id;

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to stop");

        Assert.True(job.Status == JobStatus.Failed, $"{job.Status} {job.ErrorCode} {job.StatusMessage}");
        Assert.Equal("submission_not_confirmed", job.ErrorCode);
        Assert.StartsWith("Stopped after ", job.StatusMessage, StringComparison.Ordinal);
        Assert.Contains($"of the job's {timeout} s without a confirmation, at \"Continue\" (click ", job.StatusMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Site.Submissions, s => s.Form == form);
    }

    [Fact]
    public async Task Dates_the_page_filled_with_the_day_of_signing_are_sent_as_the_page_filled_them()
    {
        const string form = "widget-signed-date";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput());

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to finish");

        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage} {job.ErrorDetails}");
        var only = Assert.Single(host.Site.Submissions, s => s.Form == form);
        Assert.True(only.Accepted);
        var today = DateTime.Now.ToString("MM/dd/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(today, only.Value("signedOn"));
        Assert.Equal(today, only.Value("completedOn"));
        Assert.Equal("01/15/2026", only.Value("available"));
    }

    [Fact]
    public async Task A_form_inside_a_closed_shadow_root_pauses_saying_so_and_naming_its_element()
    {
        const string form = "widget-closed-shadow";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput(), maxRetries: 3);

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to stop");

        Assert.True(job.Status == JobStatus.Paused, $"{job.Status} {job.ErrorCode} {job.StatusMessage}");
        Assert.Contains("closed shadow root (<wt-apply>)", job.StatusMessage, StringComparison.Ordinal);
        var events = await host.EventsAsync(id);
        var blocked = Assert.Single(events, e => e.Type == "blocker_detected");
        Assert.Equal("closed_shadow_root", JsonDocument.Parse(blocked.Metadata).RootElement.GetProperty("blocker").GetString());
        Assert.DoesNotContain(host.Site.Submissions, s => s.Form == form);
    }

    [Fact]
    public async Task A_rich_text_editor_in_a_same_origin_frame_is_answered_by_the_question_outside_it()
    {
        const string form = "widget-framed-editor";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput());

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to finish");

        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage} {job.ErrorDetails}");
        var only = Assert.Single(host.Site.Submissions, s => s.Form == form);
        Assert.Equal("Tailspin Toys", only.Value("employer"));
    }
}
