using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Fuzzing;

/// <summary>
/// Property-based requests against the real API on a loopback port, generated from its own OpenAPI document and
/// mutated (<see cref="OpenApiRequests"/>): whatever arrives, the answer is a status the document lists for that
/// operation, never a 5xx, every error is an RFC 9457 problem, and nothing in the database changes unless the answer
/// was 2xx. Bounded by a sample count and a time limit; CsCheck prints the seed of a failing sample to replay it.
/// </summary>
public sealed class WhenTheApiIsFuzzed(PostgresServer postgres) : IAsyncLifetime
{
    private const int Samples = 400;
    private const int TimeLimitSeconds = 90;

    // Every table a request could write, whole rows, so any change shows.
    private const string Digest = """
        SELECT md5(concat_ws('#',
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM gh_automation_jobs t),
            (SELECT count(*) FROM gh_job_events),
            (SELECT string_agg(c::text, '|' ORDER BY c::text) FROM gh_user_credentials c),
            (SELECT string_agg(u::text, '|' ORDER BY u::text) FROM gh_user_usage u),
            (SELECT string_agg(q::text, '|' ORDER BY q::text) FROM gh_queue_control q),
            (SELECT string_agg(w::text, '|' ORDER BY w::text) FROM gh_worker_registry w)))
        """;

    private ApiFactory api = null!;
    private HttpClient http = null!;

    public async ValueTask InitializeAsync()
    {
        api = new ApiFactory(postgres);
        // Nothing may change the rows on its own while the samples run: no sweeps, no callbacks, no recurring jobs.
        api.Settings["Recovery:SweepSchedule"] = "0 0 0 1 1 *";
        api.Settings["Recovery:CallbackSchedule"] = "0 0 0 1 1 *";
        await api.InitializeAsync();
        http = new HttpClient { BaseAddress = api.StartOnRealPort() };
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await api.DisposeAsync();
    }

    [Fact]
    public async Task Every_answer_is_documented_a_problem_when_an_error_and_writes_only_on_success()
    {
        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!.AsObject();
        var ids = await SeedAsync();
        var requests = new OpenApiRequests(document, ids);
        // Streams stay open by design; they are exercised by their own tests.
        var operations = requests.Operations.Where(o => !o.Path.EndsWith("/stream", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(operations);

        var failures = new List<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Gen.Select(Gen.Int[0, operations.Count - 1], Gen.Int)
            .SampleAsync(async (index, seed) =>
            {
                // CsCheck's own time limit runs samples until it expires; this one stops a slow machine at the limit instead.
                if (clock.Elapsed.TotalSeconds > TimeLimitSeconds)
                {
                    return;
                }

                var operation = operations[index];
                using var request = requests.Build(operation, seed, ApiFactory.ServiceSecret);
                var described = $"{request.Method} {request.RequestUri} ({operation}, seed {seed})";
                var before = await api.DataSource.Scalar<string>(Digest);
                using var response = await http.SendAsync(request);
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                var after = await api.DataSource.Scalar<string>(Digest);

                // Kestrel refuses a NUL in the request path (%00) itself, before any application code, with a bare 400.
                var refusedByServer = status == 400 && body.Length == 0 && request.RequestUri!.OriginalString.Split('?')[0].Contains("%00", StringComparison.Ordinal);
                var problem = refusedByServer ? null : Problem(status, response, body, operation);
                if (problem is null && status is < 200 or > 299 && before != after)
                {
                    problem = $"answered {status} but changed the database";
                }

                if (problem is not null)
                {
                    lock (failures)
                    {
                        failures.Add($"{described}: {problem}; body: {Short(body)}");
                    }
                }

                // Rows written by a 2xx feed later samples (a created job can be cancelled), which is the point.
            }, iter: Samples, threads: 1);

        Assert.True(failures.Count == 0, $"{failures.Count} bad answer(s):\n{string.Join("\n", failures.Distinct().Take(30))}");
    }

    private static string? Problem(int status, HttpResponseMessage response, string body, ApiOperation operation)
    {
        if (status >= 500)
        {
            return $"answered {status}";
        }

        if (!operation.Statuses.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture)) && !operation.Statuses.Contains("default"))
        {
            return $"answered {status}, which the document does not list ({string.Join(", ", operation.Statuses)})";
        }

        if (status < 400)
        {
            return null;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"answered {status} as {response.Content.Headers.ContentType?.MediaType ?? "nothing"}, not application/problem+json";
        }

        try
        {
            var problem = JsonNode.Parse(body)!.AsObject();
            return (int?)problem["status"] == status && problem["title"] is JsonValue ? null : "a problem without status or title";
        }
        catch (JsonException)
        {
            return "a problem body that is not JSON";
        }
    }

    /// <summary>Rows the path parameters can point at: jobs in each state an action needs, a worker, a user.</summary>
    private async Task<IReadOnlyList<string>> SeedAsync()
    {
        var ids = new List<string>();
        foreach (var status in new[] { "pending", "paused", "failed", "completed", "running" })
        {
            ids.Add((await api.DataSource.Scalar<Guid>($"""
                INSERT INTO gh_automation_jobs (user_id, job_type, status, worker_id, last_heartbeat, started_at, completed_at, attempt)
                VALUES ($1, 'system.ping', '{status}', CASE WHEN '{status}' = 'running' THEN 'adam' END,
                        CASE WHEN '{status}' = 'running' THEN now() END, CASE WHEN '{status}' = 'running' THEN now() END,
                        CASE WHEN '{status}' IN ('failed', 'completed') THEN now() END, 1)
                RETURNING id
                """, JobJson.UserId)).ToString());
        }

        await api.DataSource.Execute("INSERT INTO gh_worker_registry (worker_id, hostname, process_id, version, max_concurrent_jobs) VALUES ('adam', 'fuzz', 1, 'test', 2)");
        ids.Add(JobJson.UserId.ToString());
        ids.Add(Guid.NewGuid().ToString());
        ids.Add("adam");
        return ids;
    }

    private static string Short(string text) => text.Length > 300 ? text[..300] + "..." : text;
}
