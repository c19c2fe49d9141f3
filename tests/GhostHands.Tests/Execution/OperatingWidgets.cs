using System.Text.Json;
using GhostHands.Fixtures;
using GhostHands.Jobs;

namespace GhostHands.Tests.Execution;

/// <summary>
/// Widgets, the browser's own validation and server-side repair, through the API, a real worker, Chromium and the
/// fixture site. Every submitted fixture form (the <c>widget-*</c> ones included) also runs end to end in
/// <see cref="SubmittingEachFixtureForm"/>; the map below says which form covers which widget kind.
/// </summary>
public sealed class WhenOperatingWidgetsAndRepairingSubmissions(ExecutionHost host) : IClassFixture<ExecutionHost>, IAsyncLifetime
{
    private static readonly TimeSpan JobDeadline = TimeSpan.FromSeconds(90);

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("native inputs, selects and multi-selects", "multi-select", "ashby-toggles-and-multi")]
    [InlineData("radio groups", "radio-group", "workday-wizard")]
    [InlineData("radio cards", "radio-cards", "widget-choices")]
    [InlineData("radio cards over hidden inputs", "radio-cards-hidden-input", "widget-formats")]
    [InlineData("checkbox groups", "checkbox-group", "ashby-toggles-and-multi")]
    [InlineData("yes/no aria-pressed toggles", "aria-pressed-toggle", "ashby-toggles-and-multi")]
    [InlineData("yes/no plain buttons", "yes-no-buttons", "widget-choices")]
    [InlineData("listbox popups attached to body", "portalled-listbox", "widget-choices")]
    [InlineData("type-ahead location", "type-ahead", "widget-choices")]
    [InlineData("type=date", "date-field", "ashby-toggles-and-multi")]
    [InlineData("MM/DD/YYYY text", "date-text-format", "widget-formats")]
    [InlineData("separate month and year", "month-year-selects", "widget-choices")]
    [InlineData("calling-code select and national number", "calling-code-select", "widget-choices")]
    [InlineData("E.164 phone", "phone-e164", "widget-formats")]
    [InlineData("country-flag phone picker preset to another country", "country-flag-phone", "dev-workable-flag-phone-and-units")]
    [InlineData("confirm-email", "confirm-email", "widget-choices")]
    [InlineData("file input behind a button", "hidden-file-input", "lever-wrapped-labels")]
    [InlineData("shadow DOM", "shadow-dom", "smartrecruiters-shadow-dom")]
    [InlineData("same-origin iframe", "iframe", "icims-iframe")]
    [InlineData("wizard with a review step", "review-step", "widget-choices")]
    [InlineData("rendered and submitted by script", "json-submit", "widget-choices")]
    [InlineData("required only by constraint validation", "constraint-validation", "widget-repair")]
    [InlineData("a submit button in a nested shadow root", "nested-shadow-submit", "widget-nested-shadow")]
    [InlineData("a calendar popup over a read-only input", "calendar-popup", "widget-dates")]
    [InlineData("separate day, month and year selects", "day-month-year-selects", "widget-dates")]
    [InlineData("questions shown after an earlier answer", "progressive-reveal", "widget-conditional")]
    [InlineData("checkboxes named one per box", "checkbox-group", "widget-conditional")]
    [InlineData("required marks apart from the label", "separate-required-mark", "widget-conditional")]
    [InlineData("step buttons worded unusually", "unusual-step-buttons", "widget-wizard-wording")]
    [InlineData("a 422 JSON error body", "json-error-body", "widget-json-errors")]
    [InlineData("combobox menus that exist only while focused", "focus-combobox", "dev-rippling-combobox-wizard")]
    [InlineData("a calling-code combobox beside a national number", "calling-code-combobox", "dev-rippling-combobox-wizard")]
    [InlineData("a type-to-search multi-select with chips", "multi-select", "dev-rippling-combobox-wizard")]
    [InlineData("a step's check note naming no field", "step-check", "dev-rippling-combobox-wizard")]
    [InlineData("a native select hidden behind a drawn picker", "drawn-select", "dev-jobvite-drawn-selects")]
    [InlineData("answer buttons under a layer that never leaves", "covered-control", "widget-stubborn-controls")]
    [InlineData("dates the page fills with today beside a typed signature", "prefilled-date", "widget-signed-date")]
    [InlineData("a rich-text editor filling a same-origin frame", "framed-rich-text", "widget-framed-editor")]
    public void Each_widget_kind_is_covered_by_a_form_submitted_end_to_end(string kind, string capability, string form)
    {
        var expected = FixtureCatalog.Expected(form);

        Assert.True(expected.Capabilities.Contains(capability), $"{form} does not name '{capability}' ({kind}).");
        Assert.Contains(form, SubmittingEachFixtureForm.SubmittedForms);
    }

    [Fact]
    public async Task A_control_only_the_browser_requires_is_filled_before_the_server_sees_the_form_and_named_formats_are_repaired()
    {
        const string form = "widget-repair";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput());

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to finish");

        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage} {job.ErrorDetails}");
        var attempts = host.Site.Submissions.Where(s => s.Form == form).OrderBy(s => s.Attempt).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.False(attempts[0].Accepted);
        Assert.Equal(["phone", "start"], attempts[0].Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("linkedin", attempts[0].Value("source"));
        Assert.True(attempts[1].Accepted);
        Assert.Empty(FixtureCatalog.Expected(form).Problems(attempts[1]));
        Assert.Equal(2, job.ResultData!.Value.GetProperty("submissions").GetInt32());
        var events = await host.EventsAsync(id);
        Assert.Contains(events, e => e.Type == "validation_errors"
            && JsonDocument.Parse(e.Metadata).RootElement.TryGetProperty("source", out var source) && source.GetString() == "constraint_validation");
    }

    [Fact]
    public async Task A_wizard_whose_buttons_avoid_the_usual_words_is_walked_through_by_its_forward_buttons_only()
    {
        const string form = "widget-wizard-wording";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput());

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to finish");

        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage} {job.ErrorDetails}");
        var events = await host.EventsAsync(id);
        var clicked = events.Where(e => e.Type == "step_started")
            .Select(e => JsonDocument.Parse(e.Metadata).RootElement)
            .Where(m => m.TryGetProperty("button", out _))
            .Select(m => m.GetProperty("button").GetString())
            .ToList();
        Assert.Equal(["Step 2: Your experience", "Preview your application", "Finish"], clicked);
        Assert.Single(host.Site.Submissions, s => s.Form == form && s.Accepted);
    }

    [Fact]
    public async Task A_rejection_nothing_can_repair_fails_the_job_once_with_the_permanent_code()
    {
        const string form = "widget-rejects";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput(), maxRetries: 3);

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to fail");

        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Equal("submission_rejected", job.ErrorCode);
        Assert.Equal(0, job.RetryCount);
        var attempts = host.Site.Submissions.Where(s => s.Form == form).ToList();
        var only = Assert.Single(attempts);
        Assert.False(only.Accepted);
        Assert.Contains("workEmail", only.Errors.Keys);
        // The values themselves were the applicant's: the server refused the address, not a wrong fill.
        Assert.Empty(FixtureCatalog.Expected(form).Problems(only with { Accepted = true, Errors = new Dictionary<string, string>() }));
    }
}
