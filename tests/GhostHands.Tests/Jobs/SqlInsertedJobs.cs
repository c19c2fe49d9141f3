using System.Text.Json.Nodes;
using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Jobs;

/// <summary>Channel 1 (a plain INSERT by VALET) and channel 2 (REST) must produce the same job.</summary>
public sealed class WhenAJobIsInsertedWithPlainSql(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_api_returns_it_exactly_like_one_created_over_rest()
    {
        var body = JobJson.NewJob(new
        {
            target_worker_id = "adam",
            priority = 3,
            tags = new[] { "lever", "acme" },
            metadata = new { valet_task_id = "t-1" },
            created_by = "valet",
            idempotency_key = "rest-1",
        });
        var rest = await (await client.PostJson("/api/v1/gh/jobs", body)).ReadObject();

        Guid sqlId;
        await using (var insert = api.DataSource.CreateCommand("""
            INSERT INTO gh_automation_jobs (user_id, created_by, job_type, target_url, task_description, input_data,
                                            priority, tags, metadata, target_worker_id, idempotency_key)
            VALUES ($1, 'valet', 'apply', $2, $3, $4::jsonb, 3, ARRAY['lever', 'acme'], '{"valet_task_id": "t-1"}', 'adam', 'sql-1')
            RETURNING id
            """))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = JobJson.UserId });
            insert.Parameters.Add(new NpgsqlParameter { Value = (string)body["target_url"]! });
            insert.Parameters.Add(new NpgsqlParameter { Value = (string)body["task_description"]! });
            insert.Parameters.Add(new NpgsqlParameter { Value = body["input_data"]!.ToJsonString() });
            sqlId = (Guid)(await insert.ExecuteScalarAsync())!;
        }

        var viaSql = await client.GetFromJson<JsonObject>($"/api/v1/gh/jobs/{sqlId}");

        // Identity, timestamps and the request envelope differ by nature; the API defaults strict affinity
        // for targeted jobs, which the SQL insert leaves to the worker (NULL means strict).
        string[] differ = ["id", "idempotency_key", "created_at", "updated_at", "trace_parent", "request_id", "worker_affinity"];
        Assert.Equal(rest.Select(p => p.Key).Order(), viaSql.Select(p => p.Key).Order());
        foreach (var (key, value) in rest.Where(p => !differ.Contains(p.Key)))
        {
            Assert.True(JsonNode.DeepEquals(value, viaSql[key]), $"{key}: REST {value?.ToJsonString()} vs SQL {viaSql[key]?.ToJsonString()}");
        }
    }
}
