using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using GhostHands.Tests.Infrastructure;
using GhostHands.Tests.Recovery;
using Npgsql;

namespace GhostHands.Tests.Observability;

/// <summary>
/// What an operator reads in <c>script/server</c>'s terminal, from a real API and a real worker process, while they
/// are fed bad input: scopes as <c>key=value</c>, no type names in their place, no stack traces, and bad requests
/// logged at information at most.
/// </summary>
[Collection(nameof(CrashTests))]
public sealed partial class WhenProcessesMeetBadInput(PostgresServer postgres) : IAsyncLifetime
{
    private NpgsqlDataSource db = null!;
    private ApiProcess api = null!;
    private WorkerProcess worker = null!;

    public async ValueTask InitializeAsync()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        db = NpgsqlDataSource.Create(connectionString);
        var logging = new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__Console__FormatterOptions__IncludeScopes"] = "true",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
        };
        api = await ApiProcess.StartAsync(connectionString, logging);
        worker = WorkerProcess.Start(connectionString, "console", logging);
        await Eventually.Until(() => db.Scalar<long>("SELECT count(*) FROM gh_worker_registry WHERE worker_id = 'console'"),
            n => n == 1, TimeSpan.FromSeconds(60), "the worker to register");
    }

    public async ValueTask DisposeAsync()
    {
        await worker.DisposeAsync();
        await api.DisposeAsync();
        await db.DisposeAsync();
    }

    [Fact]
    public async Task Neither_prints_type_names_or_stack_traces_and_bad_requests_are_not_errors()
    {
        using var http = new HttpClient { BaseAddress = api.BaseUrl };
        http.DefaultRequestHeaders.Add("X-GH-Service-Key", ApiFactory.ServiceSecret);
        string[] badBodies =
        [
            "{not json",
            """{"job_type": 42}""",
            """{"job_type":"apply","user_id":"6f1c1f2e-0000-4000-8000-000000000001","target_url":"https://example.com/","task_description":"a\u0000b"}""",
            """{"jobs": "many"}""",
            "",
        ];
        foreach (var body in badBodies)
        {
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var response = await http.PostAsync("/api/v1/gh/jobs", content);
            Assert.Equal(400, (int)response.StatusCode);
        }

        Assert.Equal(400, (int)(await http.PostAsync("/api/v1/gh/jobs/batch", new StringContent("[1,", Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(404, (int)(await http.GetAsync($"/api/v1/gh/jobs/{Guid.NewGuid()}")).StatusCode);
        Assert.InRange((int)(await http.GetAsync("/api/v1/gh/jobs?limit=abc&status=nope")).StatusCode, 200, 499);
        // The worker meets bad input too: a job it has no handler for, and a job that runs and finishes.
        var unknown = await db.InsertJob("video.render");
        var ping = await db.InsertJob();
        await Eventually.Until(
            () => db.Scalar<long>("SELECT count(*) FROM gh_automation_jobs WHERE id IN ($1, $2) AND status IN ('failed', 'completed')", unknown, ping),
            n => n == 2, TimeSpan.FromSeconds(60), "both jobs to finish");

        var apiOutput = api.Output;
        var workerOutput = worker.Output;
        foreach (var (name, output) in new[] { ("API", apiOutput), ("worker", workerOutput) })
        {
            Assert.DoesNotContain("System.Collections.Generic", output, StringComparison.Ordinal);
            Assert.DoesNotContain("`2[", output, StringComparison.Ordinal);
            Assert.False(StackFrame().IsMatch(output), $"{name} printed a stack trace:\n{output}");
            Assert.False(ErrorLine().IsMatch(output), $"{name} logged bad input as an error:\n{output}");
        }

        // Scopes are there, as key=value: the worker's job lines carry the job.
        Assert.Contains($"JobId={unknown}", workerOutput, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\b(fail|crit): ", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}
