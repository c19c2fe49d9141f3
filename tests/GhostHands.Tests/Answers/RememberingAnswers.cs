using System.Net;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Answers;

public sealed class WhenAPausedJobIsResumedWithAnswers(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();
    private readonly Guid user = Guid.NewGuid();

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_answers_are_kept_for_the_user_and_listed_with_their_source_job()
    {
        var job = await api.DataSource.PausedJobAsync(user);

        var response = await client.ResumeAsync(job, new() { ["Security clearance ID"] = "TS-1234", ["Notice period?"] = "2 weeks" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answers = await client.AnswersAsync(user);
        Assert.Equal(2, answers.Count);
        var clearance = Assert.Single(answers, a => (string?)a!["question"] == "Security clearance ID")!;
        Assert.Equal("TS-1234", (string?)clearance["answer"]);
        Assert.Equal(job, (Guid)clearance["source_job_id"]!);
        Assert.True((bool)clearance["has_embedding"]!);
        Assert.True(Guid.TryParse((string?)clearance["id"], out _));
        Assert.Equal((string?)clearance["created_at"], (string?)clearance["updated_at"]);
    }

    [Fact]
    public async Task The_same_question_answered_again_updates_the_answer_instead_of_adding_one()
    {
        var first = await api.DataSource.PausedJobAsync(user);
        await client.ResumeAsync(first, new() { ["Security clearance ID?"] = "TS-1234" });
        var before = Assert.Single(await client.AnswersAsync(user))!;

        var second = await api.DataSource.PausedJobAsync(user);
        await client.ResumeAsync(second, new() { ["  security CLEARANCE id: "] = "TS-9999" });

        var after = Assert.Single(await client.AnswersAsync(user))!;
        Assert.Equal((string?)before["id"], (string?)after["id"]);
        Assert.Equal("TS-9999", (string?)after["answer"]);
        Assert.Equal("security CLEARANCE id:", (string?)after["question"]);
        Assert.Equal(second, (Guid)after["source_job_id"]!);
        Assert.Equal((string?)before["created_at"], (string?)after["created_at"]);
        Assert.True(DateTimeOffset.Parse((string)after["updated_at"]!) >= DateTimeOffset.Parse((string)before["updated_at"]!));
    }

    [Fact]
    public async Task Nothing_is_kept_when_the_job_says_rememberAnswers_false()
    {
        var job = await api.DataSource.PausedJobAsync(user, """{"userData": {"first_name": "Ada"}, "rememberAnswers": false}""");

        var response = await client.ResumeAsync(job, new() { ["Security clearance ID"] = "TS-1234" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await client.AnswersAsync(user));
    }

    [Fact]
    public async Task A_resume_that_is_refused_keeps_nothing()
    {
        var job = await api.DataSource.PausedJobAsync(user);
        await api.DataSource.Execute("UPDATE gh_automation_jobs SET status = 'completed', completed_at = now(), worker_id = NULL WHERE id = $1", job);

        var response = await client.ResumeAsync(job, new() { ["Security clearance ID"] = "TS-1234" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty(await client.AnswersAsync(user));
    }

    [Fact]
    public async Task Each_user_sees_only_their_own_answers()
    {
        var other = Guid.NewGuid();
        await client.ResumeAsync(await api.DataSource.PausedJobAsync(user), new() { ["Security clearance ID"] = "TS-1234" });
        await client.ResumeAsync(await api.DataSource.PausedJobAsync(other), new() { ["Security clearance ID"] = "TS-5678" });

        Assert.Equal("TS-1234", (string?)Assert.Single(await client.AnswersAsync(user))!["answer"]);
        Assert.Equal("TS-5678", (string?)Assert.Single(await client.AnswersAsync(other))!["answer"]);
    }
}
