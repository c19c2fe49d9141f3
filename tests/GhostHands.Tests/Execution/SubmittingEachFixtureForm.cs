using GhostHands.Fixtures;
using GhostHands.Jobs;

namespace GhostHands.Tests.Execution;

/// <summary>
/// Every development form whose expected outcome is a submission, end to end through the API, a real worker and
/// Chromium against the fixture site. A form takes several seconds, most of them the engine waiting for the page to
/// settle, so the forms are dealt into <see cref="Parts"/> classes, each with a host of its own (database, worker,
/// Chromium, fixture site), which the runner runs side by side instead of one form after another.
/// </summary>
public abstract class SubmittingEachFixtureForm(ExecutionHost host) : IAsyncLifetime
{
    /// <summary>Classes the forms are dealt into; each more runs one more worker and Chromium at once.</summary>
    public const int Parts = 4;

    private static readonly TimeSpan JobDeadline = TimeSpan.FromSeconds(60);

    /// <summary>Every development form expected to be submitted, sorted.</summary>
    public static IReadOnlyList<string> SubmittedForms { get; } =
        [.. FixtureCatalog.Forms.Where(f => FixtureCatalog.Expected(f).Outcome.Kind == OutcomeKind.Submitted)];

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>One part's forms: every <see cref="Parts"/>th of the sorted list, so that the parts take about as long.</summary>
    protected static TheoryData<string> Part(int part) => [.. SubmittedForms.Where((_, i) => i % Parts == part)];

    protected async Task SubmitsWithEveryRequiredFieldCorrectAsync(string form)
    {
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput());

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, $"{form} to finish");

        var expected = FixtureCatalog.Expected(form);
        var submission = await host.Site.WaitForSubmissionAsync(form, TimeSpan.FromSeconds(5));
        Assert.Empty(expected.Problems(submission));
        if (expected.Resume is { } resume)
        {
            Assert.Equal(FixtureCatalog.ResumeSha256, submission.File(resume.Field)?.Sha256);
        }

        Assert.True(job.Status == JobStatus.Completed, $"{form}: {job.Status} {job.ErrorCode} {job.StatusMessage} {job.ErrorDetails}");
        Assert.NotEmpty(job.ScreenshotUrls);
        Assert.All(job.ScreenshotUrls, u => Assert.StartsWith($"/api/v1/gh/jobs/{id}/artifacts/", u, StringComparison.Ordinal));
        var result = job.ResultData!.Value;
        Assert.NotEmpty(result.GetProperty("fields").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("confirmation").GetProperty("text").GetString()));
        var events = await host.EventsAsync(id);
        Assert.Contains(events, e => e.Type == "field_filled");
        Assert.Contains(events, e => e.Type == "form_submitted");
    }
}

/// <summary>The first of the <see cref="SubmittingEachFixtureForm.Parts"/> parts of the submitted fixture forms.</summary>
public sealed class WhenApplyingToFixtureFormsPart1(ExecutionHost host) : SubmittingEachFixtureForm(host), IClassFixture<ExecutionHost>
{
    public static TheoryData<string> Forms => Part(0);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Each_form_is_submitted_with_every_required_field_correct(string form) => SubmitsWithEveryRequiredFieldCorrectAsync(form);
}

/// <summary>The second of the <see cref="SubmittingEachFixtureForm.Parts"/> parts of the submitted fixture forms.</summary>
public sealed class WhenApplyingToFixtureFormsPart2(ExecutionHost host) : SubmittingEachFixtureForm(host), IClassFixture<ExecutionHost>
{
    public static TheoryData<string> Forms => Part(1);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Each_form_is_submitted_with_every_required_field_correct(string form) => SubmitsWithEveryRequiredFieldCorrectAsync(form);
}

/// <summary>The third of the <see cref="SubmittingEachFixtureForm.Parts"/> parts of the submitted fixture forms.</summary>
public sealed class WhenApplyingToFixtureFormsPart3(ExecutionHost host) : SubmittingEachFixtureForm(host), IClassFixture<ExecutionHost>
{
    public static TheoryData<string> Forms => Part(2);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Each_form_is_submitted_with_every_required_field_correct(string form) => SubmitsWithEveryRequiredFieldCorrectAsync(form);
}

/// <summary>The fourth of the <see cref="SubmittingEachFixtureForm.Parts"/> parts of the submitted fixture forms.</summary>
public sealed class WhenApplyingToFixtureFormsPart4(ExecutionHost host) : SubmittingEachFixtureForm(host), IClassFixture<ExecutionHost>
{
    public static TheoryData<string> Forms => Part(3);

    [Theory]
    [MemberData(nameof(Forms))]
    public Task Each_form_is_submitted_with_every_required_field_correct(string form) => SubmitsWithEveryRequiredFieldCorrectAsync(form);
}
