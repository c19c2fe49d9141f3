using GhostHands.Client;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GhostHands.Tests.Client;

/// <summary>The client SDK against the real API, with real worker processes adam and sarah claiming.</summary>
[Collection(ApiWithWorkersCollection.Name)]
public sealed class WhenVALETSubmitsThroughTheClient(ApiWithWorkers stack) : IAsyncLifetime
{
    private static readonly Guid UserId = JobJson.UserId;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly GhostHandsClient client = stack.CreateClient();

    public async ValueTask InitializeAsync() => await stack.ResetAsync();

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_job_with_TargetWorkerId_sarah_runs_on_sarah()
    {
        var job = await client.CreateJobAsync(UserId, new CreateJobOptions
        {
            JobType = JobTypes.SystemPing,
            TaskDescription = "Routing check",
            TargetWorkerId = "sarah",
        });
        Assert.Equal("sarah", job.TargetWorkerId);
        Assert.Equal(WorkerAffinity.Strict, job.WorkerAffinity);

        var done = await client.PollForCompletionAsync(job.Id, TimeSpan.FromMilliseconds(100), Deadline);

        Assert.Equal(JobStatus.Completed, done.Status);
        Assert.Equal("sarah", done.WorkerId);
        Assert.Equal("sarah", await stack.Db.Scalar<string>("SELECT worker_id FROM gh_automation_jobs WHERE id = $1", job.Id));
        var events = await client.GetEventsAsync(job.Id);
        Assert.Contains(events, e => e.ToStatus == "running" && e.Actor == "worker:sarah");
    }

    [Fact]
    public async Task A_job_with_target_worker_id_in_CreateJobParams_runs_on_that_worker()
    {
        var job = await client.CreateJobAsync(new CreateJobParams
        {
            JobType = JobTypes.SystemPing,
            UserId = UserId.ToString(),
            TargetWorkerId = "adam",
            InputData = System.Text.Json.JsonSerializer.SerializeToElement(new { sleep_ms = 10 }),
        });

        var done = await client.PollForCompletionAsync(job.Id, TimeSpan.FromMilliseconds(100), Deadline);

        Assert.Equal(JobStatus.Completed, done.Status);
        Assert.Equal("adam", done.WorkerId);
        Assert.Equal(10, done.ResultData!.Value.GetProperty("slept_ms").GetInt32());
    }

    [Fact]
    public async Task A_duplicate_idempotency_key_throws_with_the_existing_job_and_creates_nothing()
    {
        var options = new CreateJobOptions
        {
            JobType = JobTypes.Apply,
            TargetUrl = "https://boards.example.com/acme/jobs/123",
            TargetWorkerId = "nobody",
            IdempotencyKey = "valet-apply-dup",
        };
        var first = await client.CreateJobAsync(UserId, options);

        var duplicate = await Assert.ThrowsAsync<DuplicateIdempotencyKeyException>(() => client.CreateJobAsync(UserId, options with { Priority = 1 }));

        Assert.Equal(first.Id, duplicate.ExistingJobId);
        Assert.Equal(JobStatus.Pending, duplicate.ExistingStatus);
        Assert.Equal("valet-apply-dup", duplicate.IdempotencyKey);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("duplicate_idempotency_key", duplicate.Code);
        Assert.Equal(1L, await stack.Db.Scalar<long>("SELECT count(*) FROM gh_automation_jobs"));
    }

    [Fact]
    public async Task Invalid_input_throws_a_problem_naming_each_field()
    {
        var error = await Assert.ThrowsAsync<GhostHandsException>(() => client.CreateJobAsync(UserId, new CreateJobOptions
        {
            JobType = JobTypes.Apply,
            TargetUrl = "not a url",
            TargetWorkerId = "no spaces allowed",
            Priority = 42,
        }));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("validation_failed", error.Code);
        Assert.Equal(["priority", "target_url", "target_worker_id"], error.Problem.Errors.Keys.Order());
        Assert.Equal(0L, await stack.Db.Scalar<long>("SELECT count(*) FROM gh_automation_jobs"));
    }

    [Fact]
    public async Task A_batch_answers_the_created_jobs_and_the_others_by_index()
    {
        var result = await client.CreateBatchAsync(UserId,
        [
            new CreateJobOptions { JobType = JobTypes.SystemPing, TargetWorkerId = "nobody", IdempotencyKey = "b-0" },
            new CreateJobOptions { JobType = JobTypes.Scrape },
            new CreateJobOptions { JobType = JobTypes.SystemPing, TargetWorkerId = "nobody", IdempotencyKey = "b-0" },
        ]);

        var created = Assert.Single(result.Created);
        Assert.Equal("nobody", created.TargetWorkerId);
        Assert.Collection(result.Errors,
            e =>
            {
                Assert.Equal(1, e.Index);
                Assert.Equal("validation_failed", e.Code);
                Assert.Contains("target_url", e.Errors!.Keys);
            },
            e =>
            {
                Assert.Equal(2, e.Index);
                Assert.Equal("duplicate_idempotency_key", e.Code);
                Assert.Equal(created.Id, e.ExistingJobId);
            });
    }

    [Fact]
    public async Task A_batch_of_which_nothing_could_be_created_answers_only_errors()
    {
        var result = await client.CreateBatchAsync(UserId, [new CreateJobOptions { JobType = "nope" }]);

        Assert.Empty(result.Created);
        Assert.Equal("job_type", Assert.Single(Assert.Single(result.Errors).Errors!.Keys));
    }

    [Fact]
    public async Task Cancel_and_retry_move_a_job_between_statuses()
    {
        var job = await client.CreateJobAsync(UserId, new CreateJobOptions { JobType = JobTypes.SystemPing, TargetWorkerId = "nobody" });

        var cancelled = await client.CancelJobAsync(job.Id, "changed my mind");
        var retried = await client.RetryJobAsync(job.Id);
        var again = await client.CancelJobAsync(job.Id);
        var refused = await Assert.ThrowsAsync<GhostHandsException>(() => client.CancelJobAsync(job.Id));

        Assert.Equal(JobStatus.Cancelled, cancelled.Status);
        Assert.Contains("changed my mind", cancelled.StatusMessage);
        Assert.Equal(JobStatus.Pending, retried.Status);
        Assert.Equal(JobStatus.Cancelled, again.Status);
        Assert.Equal("invalid_status_transition", refused.Code);
    }

    [Fact]
    public async Task Reading_an_unknown_job_throws_job_not_found()
    {
        var error = await Assert.ThrowsAsync<GhostHandsException>(() => client.GetJobAsync(Guid.NewGuid()));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("job_not_found", error.Code);
    }

    [Fact]
    public async Task ListJobsAsync_applies_its_filters()
    {
        var forNobody = await client.CreateJobAsync(UserId, new CreateJobOptions { JobType = JobTypes.SystemPing, TargetWorkerId = "nobody" });
        await client.CreateJobAsync(UserId, new CreateJobOptions { JobType = JobTypes.SystemPing, TargetWorkerId = "someone-else" });

        var page = await client.ListJobsAsync(new ListJobsQuery { TargetWorkerId = "nobody", Statuses = [JobStatus.Pending, JobStatus.Queued], Limit = 5 });

        Assert.Equal(forNobody.Id, Assert.Single(page.Jobs).Id);
        Assert.Equal(1, page.Total);
        Assert.Equal(5, page.Limit);
    }

    [Fact]
    public async Task The_client_registered_by_AddGhostHandsClient_submits_through_the_api()
    {
        var services = new ServiceCollection();
        services.AddGhostHandsClient($"{stack.BaseUrl}api/v1/gh", ApiFactory.ServiceSecret);
        await using var provider = services.BuildServiceProvider();
        var registered = provider.GetRequiredService<GhostHandsClient>();

        var job = await registered.CreateJobAsync(UserId, new CreateJobOptions { JobType = JobTypes.SystemPing, TargetWorkerId = "sarah" });
        var done = await registered.PollForCompletionAsync(job.Id, TimeSpan.FromMilliseconds(100), Deadline);

        Assert.Equal(new Uri(stack.BaseUrl, "/api/v1/gh/"), registered.ApiRoot);
        Assert.Equal("sarah", done.WorkerId);
    }

    [Fact]
    public async Task A_wrong_service_key_is_refused_with_401()
    {
        using var stranger = stack.CreateClient(o => o.ServiceKey = "not-the-service-secret");

        var error = await Assert.ThrowsAsync<GhostHandsException>(() => stranger.ListJobsAsync());

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
    }
}
