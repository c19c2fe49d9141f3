using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Answers;

/// <summary>Paused jobs of a given user, and resuming them over REST, for the saved-answers tests.</summary>
internal static class AnswerJobs
{
    /// <summary>An apply job of <paramref name="userId"/> inserted and paused on a question, as a worker leaves it.</summary>
    public static async Task<Guid> PausedJobAsync(this NpgsqlDataSource db, Guid userId, string inputData = """{"userData": {"first_name": "Ada"}}""")
    {
        var id = await db.Scalar<Guid>(
            "INSERT INTO gh_automation_jobs (user_id, job_type, target_url, input_data) VALUES ($1, 'apply', 'https://example.com/apply', $2::jsonb) RETURNING id",
            userId, inputData);
        await db.Execute("UPDATE gh_automation_jobs SET status = 'paused', worker_id = 'adam' WHERE id = $1", id);
        return id;
    }

    public static async Task<HttpResponseMessage> ResumeAsync(this HttpClient client, Guid jobId, Dictionary<string, string> answers) =>
        await client.PostJson($"/api/v1/gh/jobs/{jobId}/resume", new { answers });

    /// <summary>The user's saved answers as GET /users/{id}/answers lists them.</summary>
    public static async Task<JsonArray> AnswersAsync(this HttpClient client, Guid userId) =>
        (await client.GetFromJson<JsonObject>($"/api/v1/gh/users/{userId}/answers"))["answers"]!.AsArray();

    public static async Task<Job> JobAsync(this HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<Job>($"/api/v1/gh/jobs/{id}", JobJson.Options))!;
}
