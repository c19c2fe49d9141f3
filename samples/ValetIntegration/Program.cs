using GhostHands.Client;

using var gh = new GhostHandsClient(Environment.GetEnvironmentVariable("GH_API_URL") ?? "http://localhost:3100",
    Environment.GetEnvironmentVariable("GH_SERVICE_SECRET") ?? throw new InvalidOperationException("Set GH_SERVICE_SECRET."));
var job = await gh.CreateJobAsync(Guid.Parse("6f1c1f2e-0000-4000-8000-000000000001"), new CreateJobOptions
{
    JobType = "apply", TargetUrl = "https://boards.example.com/acme/jobs/123", TargetWorkerId = "adam",
    TaskDescription = "Apply to the Software Engineer position", IdempotencyKey = "valet-apply-acme-123",
    InputData = new { userData = new { first_name = "Ada", last_name = "Lovelace", email = "ada@example.com" } },
});
await foreach (var e in gh.WatchAsync(job.Id)) Console.WriteLine($"{e.EventType}: {e.ToStatus ?? e.Message}");
Console.WriteLine((await gh.GetJobAsync(job.Id)).ResultSummary);
