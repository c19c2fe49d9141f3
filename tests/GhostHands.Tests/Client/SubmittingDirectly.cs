using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GhostHands.Client;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Client;

/// <summary>The direct-database mode (channel 1 of docs/contract.md) with real workers picking the rows up.</summary>
[Collection(ApiWithWorkersCollection.Name)]
public sealed class WhenVALETInsertsThroughTheDatabaseClient(ApiWithWorkers stack) : IAsyncLifetime
{
    private readonly GhostHandsDatabaseClient direct = new(stack.ConnectionString);
    private readonly GhostHandsClient api = stack.CreateClient();

    public async ValueTask InitializeAsync() => await stack.ResetAsync();

    public async ValueTask DisposeAsync()
    {
        await direct.DisposeAsync();
        api.Dispose();
    }

    [Fact]
    public async Task An_inserted_job_with_a_target_runs_on_that_worker()
    {
        var job = await direct.CreateJobAsync(JobJson.UserId, new CreateJobOptions { JobType = JobTypes.SystemPing, TargetWorkerId = "sarah" });

        var done = await api.PollForCompletionAsync(job.Id, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(60));

        Assert.Equal("valet", job.CreatedBy);
        Assert.Equal(JobStatus.Pending, job.Status);
        Assert.Equal("sarah", done.WorkerId);
        Assert.Equal("valet", (await api.GetEventsAsync(job.Id))[0].Actor);
    }

    [Fact]
    public async Task Invalid_input_is_refused_with_the_errors_the_api_gives_and_nothing_is_written()
    {
        var bad = new CreateJobParams
        {
            JobType = "apply",
            UserId = "not-a-uuid",
            TargetUrl = "ftp://example.com/job",
            TimeoutSeconds = 5,
            TargetWorkerId = new string('w', 101),
            WorkerAffinity = "sometimes",
        };

        var directError = await Assert.ThrowsAsync<GhostHandsException>(() => direct.CreateJobAsync(bad));
        var apiError = await Assert.ThrowsAsync<GhostHandsException>(() => api.CreateJobAsync(bad));

        Assert.Equal("validation_failed", directError.Code);
        Assert.Equal(["target_url", "target_worker_id", "timeout_seconds", "user_id", "worker_affinity"], directError.Problem.Errors.Keys.Order());
        Assert.Equal(apiError.Problem.Errors.OrderBy(e => e.Key), directError.Problem.Errors.OrderBy(e => e.Key));
        Assert.Equal(0L, await stack.Db.Scalar<long>("SELECT count(*) FROM gh_automation_jobs"));
    }

    [Fact]
    public async Task A_key_already_taken_through_the_api_throws_with_the_existing_job()
    {
        using var http = stack.Api.CreateAuthenticatedClient();
        var viaApi = await (await http.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new { idempotency_key = "shared-key", target_worker_id = "nobody" })))
            .Read<Job>();

        var duplicate = await Assert.ThrowsAsync<DuplicateIdempotencyKeyException>(() => direct.CreateJobAsync(
            JobJson.UserId, new CreateJobOptions { JobType = JobTypes.SystemPing, IdempotencyKey = "shared-key" }));

        Assert.Equal(viaApi.Id, duplicate.ExistingJobId);
        Assert.Equal(JobStatus.Pending, duplicate.ExistingStatus);
        Assert.Equal(1L, await stack.Db.Scalar<long>("SELECT count(*) FROM gh_automation_jobs"));
    }

    [Fact]
    public async Task The_inserted_job_reads_like_the_api_answer_for_it()
    {
        var inserted = await direct.CreateJobAsync(JobJson.UserId, new CreateJobOptions
        {
            JobType = JobTypes.Apply,
            TargetUrl = "https://boards.example.com/acme/jobs/9",
            TargetWorkerId = "nobody",
            InputData = new JsonObject { ["userData"] = new JsonObject { ["first_name"] = "Ada" } },
            Tags = ["greenhouse"],
        });

        using var http = stack.Api.CreateAuthenticatedClient();
        var fromApi = await http.GetFromJsonAsync<JsonObject>($"/api/v1/gh/jobs/{inserted.Id}", TestContext.Current.CancellationToken);
        var fromClient = System.Text.Json.JsonSerializer.SerializeToNode(inserted, ContractJson.Options)!.AsObject();

        Assert.True(JsonNode.DeepEquals(fromApi, fromClient), $"api:\n{fromApi}\nclient:\n{fromClient}");
    }
}
