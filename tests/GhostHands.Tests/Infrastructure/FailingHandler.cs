using GhostHands.Jobs.Handling;

namespace GhostHands.Tests.Infrastructure;

/// <summary>Job type <c>test.fail</c>: every attempt fails with a retryable <c>network_error</c>.</summary>
public sealed class FailingHandler : IJobHandler
{
    public const string Type = "test.fail";

    public string JobType => Type;

    public Task<JobOutcome> ExecuteAsync(JobContext context) =>
        Task.FromResult<JobOutcome>(JobOutcome.Fail("network_error", $"Attempt {context.Attempt} could not reach the site.", retryable: true));
}
