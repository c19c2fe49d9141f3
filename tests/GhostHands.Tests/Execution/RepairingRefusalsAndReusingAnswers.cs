using System.Text.Json;
using GhostHands.Fixtures;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Execution;

/// <summary>
/// Refusals by the browser's own validation inside shadow roots and frames, a server's JSON error body, and an answer
/// a person gave reused by a later job: each through the API, a real worker, Chromium and the fixture site.
/// </summary>
public sealed class WhenRefusalsAreRepairedAndAnswersReused(ExecutionHost host) : IClassFixture<ExecutionHost>, IAsyncLifetime
{
    private static readonly TimeSpan JobDeadline = TimeSpan.FromSeconds(90);

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("widget-nested-shadow", "source", "linkedin")]
    [InlineData("widget-frame-validation", "startDate", "2026-01-15")]
    public async Task A_control_only_the_browser_requires_inside_a_shadow_root_or_frame_is_filled_before_the_server_sees_the_form(
        string form, string field, string value)
    {
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput());

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to finish");

        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage} {job.ErrorDetails}");
        var only = Assert.Single(host.Site.Submissions, s => s.Form == form);
        Assert.True(only.Accepted);
        Assert.Equal(value, only.Value(field));
        Assert.Empty(FixtureCatalog.Expected(form).Problems(only));
        var events = await host.EventsAsync(id);
        var refusal = Assert.Single(events, e => e.Type == "validation_errors"
            && JsonDocument.Parse(e.Metadata).RootElement.TryGetProperty("source", out var source) && source.GetString() == "constraint_validation");
        Assert.Contains(field, refusal.Metadata, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_the_browser_keeps_refusing_pauses_with_its_question_instead_of_being_clicked_again()
    {
        const string form = "widget-painted-question";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput());

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to stop");

        Assert.True(job.Status == JobStatus.Paused, $"{job.Status} {job.ErrorCode} {job.StatusMessage} {job.ErrorDetails}");
        Assert.DoesNotContain(host.Site.Submissions, s => s.Form == form);
        var events = await host.EventsAsync(id);
        var hitl = Assert.Single(events, e => e.Type == "hitl_paused");
        var questions = JsonDocument.Parse(hitl.Metadata).RootElement.GetProperty("questions");
        Assert.Equal(FixtureCatalog.Expected(form).Outcome.Question, Assert.Single(questions.EnumerateArray()).GetProperty("question").GetString());
        var refusals = events.Count(e => e.Type == "validation_errors"
            && JsonDocument.Parse(e.Metadata).RootElement.TryGetProperty("source", out var source) && source.GetString() == "constraint_validation");
        Assert.Equal(2, refusals);
    }

    [Fact]
    public async Task A_category_list_none_of_whose_categories_offers_the_answer_is_cleared_and_asked_of_a_person()
    {
        const string form = "widget-category-without-answer";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput());

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to stop");

        Assert.True(job.Status == JobStatus.Paused, $"{job.Status} {job.ErrorCode} {job.StatusMessage} {job.ErrorDetails}");
        Assert.DoesNotContain(host.Site.Submissions, s => s.Form == form);
        var events = await host.EventsAsync(id);
        var hitl = Assert.Single(events, e => e.Type == "hitl_paused");
        var question = Assert.Single(JsonDocument.Parse(hitl.Metadata).RootElement.GetProperty("questions").EnumerateArray());
        Assert.Equal(FixtureCatalog.Expected(form).Outcome.Question, question.GetProperty("question").GetString());
        Assert.Equal(["Print", "Events", "Online job sites"], question.GetProperty("options").EnumerateArray().Select(o => o.GetString()));
        Assert.Contains(events, e => e.Type == "field_skipped" && e.Message!.Contains("No category of \"Channel type\"", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Type == "field_filled" && e.Message!.Contains("\"Channel type\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_422_whose_json_body_names_a_field_and_its_format_is_repaired_and_accepted()
    {
        const string form = "widget-json-errors";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput());

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to finish");

        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage} {job.ErrorDetails}");
        var attempts = host.Site.Submissions.Where(s => s.Form == form).OrderBy(s => s.Attempt).ToList();
        Assert.InRange(attempts.Count, 2, 3);
        Assert.False(attempts[0].Accepted);
        Assert.Equal(["phone", "startDate"], attempts[0].Errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(attempts.SkipLast(1), a => Assert.False(a.Accepted));
        Assert.True(attempts[^1].Accepted);
        Assert.Empty(FixtureCatalog.Expected(form).Problems(attempts[^1]));
        Assert.Equal(attempts.Count, job.ResultData!.Value.GetProperty("submissions").GetInt32());
    }

    [Fact]
    public async Task An_answer_given_on_resume_completes_a_later_job_for_the_same_user_whose_form_words_the_question_differently()
    {
        const string first = "workable-clearance-question";
        const string second = "widget-saved-answer";
        var answer = FixtureCatalog.Expected(second).Outcome.Answer!;
        var paused = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(first), host.ApplicantInput());
        await host.WaitForStatusAsync(paused, s => s == JobStatus.Paused, JobDeadline, "the first job to pause");
        var question = FixtureCatalog.Expected(first).Outcome.Question!;
        var resumed = await host.Client.PostJson($"/api/v1/gh/jobs/{paused}/resume", new { answers = new Dictionary<string, string> { [question] = answer } });
        Assert.True(resumed.IsSuccessStatusCode, await resumed.Content.ReadAsStringAsync());
        var done = await host.WaitForStatusAsync(paused, s => s.IsTerminal(), JobDeadline, "the resumed job to finish");
        Assert.Equal(JobStatus.Completed, done.Status);

        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(second), host.ApplicantInput());
        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, "the second job to finish");

        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage} {job.ErrorDetails}");
        var events = await host.EventsAsync(id);
        Assert.DoesNotContain(events, e => e.Type == "hitl_paused");
        Assert.Contains(events, e => e.Type == "field_filled" && JsonDocument.Parse(e.Metadata).RootElement.GetProperty("source").GetString() == "savedAnswers");
        var submission = await host.Site.WaitForSubmissionAsync(second, TimeSpan.FromSeconds(5));
        Assert.Equal(answer, submission.Value("clearance"));
        Assert.Empty(FixtureCatalog.Expected(second).Problems(submission));
    }

    [Fact]
    public async Task A_job_that_keeps_no_answers_pauses_on_the_differently_worded_question_again()
    {
        const string first = "workable-clearance-question";
        const string second = "widget-saved-answer";
        var input = host.ApplicantInput();
        input["rememberAnswers"] = false;
        var paused = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(first), input);
        await host.WaitForStatusAsync(paused, s => s == JobStatus.Paused, JobDeadline, "the first job to pause");
        var question = FixtureCatalog.Expected(first).Outcome.Question!;
        var resumed = await host.Client.PostJson($"/api/v1/gh/jobs/{paused}/resume", new { answers = new Dictionary<string, string> { [question] = "DISS-7731-4420" } });
        Assert.True(resumed.IsSuccessStatusCode, await resumed.Content.ReadAsStringAsync());
        await host.WaitForStatusAsync(paused, s => s.IsTerminal(), JobDeadline, "the resumed job to finish");

        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(second), host.ApplicantInput());
        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, "the second job to stop");

        Assert.Equal(JobStatus.Paused, job.Status);
        Assert.DoesNotContain(host.Site.Submissions, s => s.Form == second);
    }
}
