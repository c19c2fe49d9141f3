using System.Text.Json;
using GhostHands.Fixtures;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Execution;

/// <summary>
/// A required question nothing in the applicant's data answers, with a language model configured (the OpenAI-compatible
/// fake): the model is asked once, its answer is submitted, and its tokens and price are charged to the job and its user.
/// </summary>
public sealed class WhenTheEngineAsksALanguageModel(VaultAndModelHost host) : IClassFixture<VaultAndModelHost>, IAsyncLifetime
{
    private const string Form = "workable-clearance-question";

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_models_answer_is_submitted_and_its_tokens_and_cost_are_recorded()
    {
        host.Model.Answer = "DISS-7731-4420";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(Form), host.ApplicantInput());

        var job = await host.WaitForEndAsync(id, "the job to finish");

        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage}");
        var submission = await host.Site.WaitForSubmissionAsync(Form, TimeSpan.FromSeconds(5));
        Assert.Equal("DISS-7731-4420", submission.Value("QA_5218807"));
        Assert.Empty(FixtureCatalog.Expected(Form).Problems(submission));

        var request = Assert.Single(host.Model.Requests);
        Assert.Contains("Active DoD security clearance ID number", request, StringComparison.Ordinal);
        Assert.Contains(FakeLanguageModel.Model, request, StringComparison.Ordinal);

        // 1200 prompt tokens at 1 cent per thousand and 8 completion tokens at 4 cents per thousand.
        const decimal cost = 1.232m;
        Assert.Equal(1200, job.InputTokens);
        Assert.Equal(8, job.OutputTokens);
        Assert.Equal(1208, job.TotalTokens);
        Assert.Equal(cost, job.LlmCostCents);
        Assert.InRange(job.ActionCount, 1, 50);
        var field = job.ResultData!.Value.GetProperty("fields").EnumerateArray()
            .Single(f => f.GetProperty("field").GetString() == "QA_5218807");
        Assert.Equal("model", field.GetProperty("source").GetString());
        Assert.Equal(cost, job.ResultData!.Value.GetProperty("cost").GetProperty("llm_cost_cents").GetDecimal());

        var usage = await host.Client.GetFromJson<JsonElement>($"/api/v1/gh/users/{JobJson.UserId}/usage");
        Assert.Equal(1200, usage.GetProperty("input_tokens").GetInt64());
        Assert.Equal(8, usage.GetProperty("output_tokens").GetInt64());
        Assert.Equal(cost, usage.GetProperty("total_cost_cents").GetDecimal());
        Assert.Equal(job.ActionCount, usage.GetProperty("action_count").GetInt32());
        Assert.Equal(1, usage.GetProperty("job_count").GetInt32());
        Assert.Equal(50m - cost, usage.GetProperty("remaining_budget_cents").GetDecimal());

        var events = await host.EventsAsync(id);
        var answered = JsonDocument.Parse(Assert.Single(events, e => e.Type == "model_answered").Metadata).RootElement;
        Assert.Equal("DISS-7731-4420", answered.GetProperty("answer").GetString());
        Assert.Equal(cost, answered.GetProperty("cost_cents").GetDecimal());
        Assert.Contains(events, e => e.Type == "cost_recorded");
    }

    [Fact]
    public async Task A_model_that_does_not_know_leaves_the_question_to_a_person_and_is_still_charged()
    {
        host.Model.Answer = "UNKNOWN";
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(Form), host.ApplicantInput());

        var job = await host.WaitForEndAsync(id, "the job to pause");

        Assert.Equal(JobStatus.Paused, job.Status);
        Assert.Single(host.Model.Requests);
        var events = await host.EventsAsync(id);
        Assert.Single(events, e => e.Type == "hitl_paused");
        Assert.Empty(host.Site.Submissions);
        Assert.Equal(1208, job.TotalTokens);
        Assert.Equal(1.232m, job.LlmCostCents);
    }

    [Fact]
    public async Task No_call_is_made_when_the_jobs_budget_has_no_room_for_it()
    {
        host.Model.Answer = "DISS-7731-4420";
        // A speed job (5 cents) that earlier attempts already spent 4.5 cents on: a call's worst case does not fit.
        var input = host.ApplicantInput();
        input["quality_preset"] = "speed";
        var id = await host.Api.DataSource.Scalar<Guid>(
            "INSERT INTO gh_automation_jobs (user_id, job_type, target_url, input_data, max_retries, llm_cost_cents) VALUES ($1, 'apply', $2, $3::jsonb, 0, 4.5) RETURNING id",
            JobJson.UserId, host.Site.FormUrl(Form).ToString(), input.ToJsonString());

        var job = await host.WaitForEndAsync(id, "the job to pause");

        Assert.Equal(JobStatus.Paused, job.Status);
        Assert.Empty(host.Model.Requests);
        var events = await host.EventsAsync(id);
        var skipped = JsonDocument.Parse(Assert.Single(events, e => e.Type == "model_skipped").Metadata).RootElement;
        Assert.Equal("budget", skipped.GetProperty("reason").GetString());
        Assert.Equal(0.5m, skipped.GetProperty("available_cents").GetDecimal());
        Assert.Single(events, e => e.Type == "hitl_paused");
        Assert.Equal(4.5m, job.LlmCostCents);
        Assert.Equal(0, job.TotalTokens);
    }
}
