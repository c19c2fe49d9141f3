using System.Net;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Jobs;

public sealed class WhenAnIdempotencyKeyIsReused(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Answers_409_with_the_existing_job_id_and_status()
    {
        var first = await (await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new { idempotency_key = "valet-apply-1" }))).Read<Job>();

        var second = await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new { idempotency_key = "valet-apply-1", priority = 1 }));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.ReadObject();
        Assert.Equal("duplicate_idempotency_key", (string?)problem["code"]);
        Assert.Equal(first.Id.ToString(), (string?)problem["existingJobId"]);
        Assert.Equal("pending", (string?)problem["existingStatus"]);
    }

    [Fact]
    public async Task Fifty_parallel_posts_create_exactly_one_job_and_49_conflicts()
    {
        var body = JobJson.NewJob(new { idempotency_key = "valet-apply-race" });
        using var start = new ManualResetEventSlim();
        var posts = Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await client.PostJson("/api/v1/gh/jobs", body);
        })).ToList();

        start.Set();
        var responses = await Task.WhenAll(posts);

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(49, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var created = await responses.Single(r => r.StatusCode == HttpStatusCode.Created).Read<Job>();
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.Equal(created.Id.ToString(), (string?)(await conflict.ReadObject())["existingJobId"]);
        }

        await using var count = api.DataSource.CreateCommand("SELECT count(*) FROM gh_automation_jobs WHERE idempotency_key = 'valet-apply-race'");
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }
}
