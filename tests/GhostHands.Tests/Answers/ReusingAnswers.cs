using GhostHands.Execution.Apply;
using GhostHands.Execution.Forms;
using GhostHands.Jobs.Answers;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GhostHands.Tests.Answers;

/// <summary>The answers a user gave before reach the form engine's input of their next apply job, and only theirs.</summary>
public sealed class WhenAJobLoadsSavedAnswers(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();
    private readonly Guid user = Guid.NewGuid();

    private SavedAnswers Saved => api.Services.GetRequiredService<SavedAnswers>();

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_next_job_of_the_same_user_gets_every_saved_answer()
    {
        await client.ResumeAsync(await api.DataSource.PausedJobAsync(user), new() { ["Security clearance ID"] = "TS-1234", ["Notice period?"] = "2 weeks" });

        var input = await InputOfNewJobAsync(user, """{"userData": {"first_name": "Ada"}}""");

        Assert.Equal(
            [new KnownAnswer("Notice period?", "2 weeks"), new KnownAnswer("Security clearance ID", "TS-1234")],
            input.SavedAnswers.OrderBy(a => a.Question, StringComparer.Ordinal));
        Assert.Equal("Ada", input.User("first_name"));
    }

    [Fact]
    public async Task Another_users_job_gets_none_of_them()
    {
        await client.ResumeAsync(await api.DataSource.PausedJobAsync(user), new() { ["Security clearance ID"] = "TS-1234" });

        var input = await InputOfNewJobAsync(Guid.NewGuid(), """{"userData": {"first_name": "Grace"}}""");

        Assert.Empty(input.SavedAnswers);
    }

    [Fact]
    public async Task A_job_with_rememberAnswers_false_does_not_load_them()
    {
        await client.ResumeAsync(await api.DataSource.PausedJobAsync(user), new() { ["Security clearance ID"] = "TS-1234" });

        var input = await InputOfNewJobAsync(user, """{"userData": {"first_name": "Ada"}, "rememberAnswers": false}""");

        Assert.Empty(input.SavedAnswers);
    }

    [Fact]
    public async Task A_deleted_answer_is_not_loaded_any_more()
    {
        await client.ResumeAsync(await api.DataSource.PausedJobAsync(user), new() { ["Security clearance ID"] = "TS-1234" });
        await client.DeleteAsync($"/api/v1/gh/users/{user}/answers");

        var input = await InputOfNewJobAsync(user, """{"userData": {"first_name": "Ada"}}""");

        Assert.Empty(input.SavedAnswers);
    }

    /// <summary>A pending apply job of <paramref name="userId"/>, read back and turned into the engine's input as the worker does.</summary>
    private async Task<ApplyInput> InputOfNewJobAsync(Guid userId, string inputData)
    {
        var id = await api.DataSource.Scalar<Guid>(
            "INSERT INTO gh_automation_jobs (user_id, job_type, target_url, input_data) VALUES ($1, 'apply', 'https://example.com/apply', $2::jsonb) RETURNING id",
            userId, inputData);
        var job = await client.JobAsync(id);
        var (parsed, error) = ApplyInput.Parse(job.InputData);
        Assert.Null(error);
        return await SavedAnswerInput.WithSavedAnswersAsync(parsed!, job, Saved, TestContext.Current.CancellationToken);
    }
}
