using System.Text.Json;
using GhostHands.Jobs;
using GhostHands.Tests.Answers;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Execution;

/// <summary>
/// The worker's side of the applicant-profile contract: a row inserted by plain SQL skips submission's validation,
/// so a malformed profile must end the job with a permanent error, and answers given on a real pause are kept.
/// </summary>
public sealed class WhenAWorkerMeetsTheApplicantProfile(ExecutionHost host) : IClassFixture<ExecutionHost>, IAsyncLifetime
{
    private static readonly TimeSpan JobDeadline = TimeSpan.FromSeconds(60);

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_profile_with_a_wrong_type_inserted_by_sql_fails_the_job_once_with_invalid_input()
    {
        var id = await host.Api.DataSource.Scalar<Guid>(
            "INSERT INTO gh_automation_jobs (user_id, job_type, target_url, input_data, max_retries) VALUES (gen_random_uuid(), 'apply', $1, $2::jsonb, 3) RETURNING id",
            host.Site.FormUrl("workable-clearance-question").ToString(),
            """{"userData": {"first_name": "Ada", "years_experience": "lots"}}""");

        var job = await host.WaitForStatusAsync(id, s => s.IsTerminal(), JobDeadline, "the job to fail");

        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Equal("invalid_input", job.ErrorCode);
        Assert.Equal(0, job.RetryCount);
        Assert.Contains("input_data.userData.years_experience", job.StatusMessage + job.ErrorDetails?.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(host.Site.Submissions);
    }

    [Fact]
    public async Task The_answer_given_to_resume_a_job_paused_on_a_question_is_kept_for_the_user()
    {
        const string form = "workable-clearance-question";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(form), host.ApplicantInput());
        var paused = await host.WaitForStatusAsync(id, s => s.IsTerminal() || s == JobStatus.Paused, JobDeadline, "the job to pause");
        Assert.Equal(JobStatus.Paused, paused.Status);
        var hitl = Assert.Single(await host.EventsAsync(id), e => e.Type == "hitl_paused");
        var question = JsonDocument.Parse(hitl.Metadata).RootElement.GetProperty("questions")[0].GetProperty("question").GetString()!;

        var resumed = await host.Client.ResumeAsync(id, new() { [question] = "DISS-7731-4420" });
        Assert.True(resumed.IsSuccessStatusCode, await resumed.Content.ReadAsStringAsync());

        var saved = Assert.Single(await host.Client.AnswersAsync(paused.UserId))!;
        Assert.Equal(question, (string?)saved["question"]);
        Assert.Equal("DISS-7731-4420", (string?)saved["answer"]);
        Assert.Equal(id, (Guid)saved["source_job_id"]!);
        await host.WaitForStatusAsync(id, s => s.IsTerminal(), JobDeadline, "the resumed job to finish");
    }
}
