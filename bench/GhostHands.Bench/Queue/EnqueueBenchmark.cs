using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using GhostHands.Bench.Infrastructure;
using Npgsql;

namespace GhostHands.Bench.Queue;

/// <summary>
/// Enqueue: jobs/s into <c>gh_automation_jobs</c> through each way VALET submits, with no worker running (so nothing
/// but the submissions loads the database). Each figure is closed loop: <c>concurrency</c> clients each send the next
/// request as soon as the last one is answered, until the figure's jobs are in; every response is checked (201).
/// </summary>
internal static class EnqueueBenchmark
{
    public static async Task RunAsync(BenchRun run, CancellationToken ct)
    {
        var quick = run.Quick;
        var connectionString = await run.Cluster.CreateDatabaseAsync("enqueue", ct);
        try
        {
            await using var db = PingJobs.ClientDataSource(connectionString);
            BenchRun.Progress("enqueue", "starting the API");
            await using var api = await ApiUnderTest.StartAsync(connectionString, ct);
            using var http = api.CreateClient(connections: 32);
            var single = Encoding.UTF8.GetBytes(PingJobs.RestBody());
            var batch = Encoding.UTF8.GetBytes(PingJobs.RestBatchBody(BatchSize));

            Scenario[] scenarios =
            [
                new("REST POST /jobs", "rest", 1, 1, quick ? 200 : 2_000, _ => PostAsync(http, "/api/v1/gh/jobs", single, ct)),
                new("REST POST /jobs", "rest", 32, 1, quick ? 1_000 : 10_000, _ => PostAsync(http, "/api/v1/gh/jobs", single, ct)),
                new("REST POST /jobs/batch", "rest_batch", 1, BatchSize, quick ? 1_000 : 10_000, _ => PostAsync(http, "/api/v1/gh/jobs/batch", batch, ct)),
                new("REST POST /jobs/batch", "rest_batch", 8, BatchSize, quick ? 1_000 : 20_000, _ => PostAsync(http, "/api/v1/gh/jobs/batch", batch, ct)),
                new("SQL INSERT (channel 1)", "sql", 1, 1, quick ? 500 : 5_000, _ => InsertAsync(db, ct)),
                new("SQL INSERT (channel 1)", "sql", 32, 1, quick ? 2_000 : 20_000, _ => InsertAsync(db, ct)),
            ];

            BenchRun.Progress("enqueue", "warming up");
            foreach (var scenario in scenarios)
            {
                await MeasureAsync(scenario with { Jobs = scenario.JobsPerRequest * 20 }, ct);
            }

            var figures = run.Results.Enqueue ??= [];
            foreach (var scenario in scenarios)
            {
                var before = await PingJobs.ScalarAsync<long>(db, "SELECT count(*) FROM gh_automation_jobs", ct);
                var apiCpu = api.CpuSeconds;
                var (seconds, requestMs) = await MeasureAsync(scenario, ct);
                var after = await PingJobs.ScalarAsync<long>(db, "SELECT count(*) FROM gh_automation_jobs", ct);
                if (after - before != scenario.Jobs)
                {
                    throw new InvalidOperationException($"{scenario.Name}: {scenario.Jobs} jobs submitted, {after - before} rows inserted.");
                }

                var rate = scenario.Jobs / seconds;
                figures.Add(new EnqueueFigure(
                    scenario.Name,
                    scenario.Channel,
                    scenario.Concurrency,
                    scenario.JobsPerRequest,
                    scenario.Jobs,
                    Math.Round(seconds, 3),
                    Math.Round(rate),
                    run.RatioToBaseline(rate),
                    Distribution.Of(requestMs),
                    scenario.Channel == "sql" ? null : Math.Round(api.CpuSeconds - apiCpu, 2)));
                BenchRun.Progress("enqueue", string.Create(CultureInfo.InvariantCulture,
                    $"{scenario.Name}, concurrency {scenario.Concurrency}: {rate:0} jobs/s"));
            }
        }
        finally
        {
            await run.Cluster.DropDatabaseAsync(connectionString, CancellationToken.None);
        }
    }

    /// <summary>The largest batch <c>POST /jobs/batch</c> accepts.</summary>
    private const int BatchSize = 50;

    private static async Task<(double Seconds, List<double> RequestMs)> MeasureAsync(Scenario scenario, CancellationToken ct)
    {
        var requests = scenario.Jobs / scenario.JobsPerRequest;
        var next = -1;
        var latencies = new List<double>[scenario.Concurrency];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, scenario.Concurrency).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = [];
            while (Interlocked.Increment(ref next) < requests)
            {
                var sent = Stopwatch.GetTimestamp();
                await scenario.Send(c);
                mine.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }
        }, ct)));
        return (clock.Elapsed.TotalSeconds, [.. latencies.SelectMany(l => l)]);
    }

    private static async Task PostAsync(HttpClient http, string path, byte[] body, CancellationToken ct)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), content, ct);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }

        if (path.EndsWith("/batch", StringComparison.Ordinal))
        {
            // A batch answers 201 even when some entries were refused; every one of ours must have been created.
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            if (json.RootElement.GetProperty("errors").GetArrayLength() != 0)
            {
                throw new InvalidOperationException($"POST {path} refused jobs: {json.RootElement.GetProperty("errors")}");
            }
        }
    }

    private static async Task InsertAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        await using var command = db.CreateCommand(PingJobs.InsertOneSql);
        command.Parameters.Add(new NpgsqlParameter { Value = PingJobs.BenchUser });
        await command.ExecuteScalarAsync(ct);
    }

    private sealed record Scenario(string Name, string Channel, int Concurrency, int JobsPerRequest, int Jobs, Func<int, Task> Send);
}

/// <param name="JobsPerRequest">1, or the batch size for <c>POST /jobs/batch</c>.</param>
/// <param name="RequestMs">Time from sending a request (an INSERT for SQL) to its answer, per request.</param>
/// <param name="ApiCpuSeconds">CPU the API process used during the figure (REST only).</param>
internal sealed record EnqueueFigure(
    string Name,
    string Channel,
    int Concurrency,
    int JobsPerRequest,
    int Jobs,
    double Seconds,
    double JobsPerSecond,
    double RatioToBaseline,
    Distribution RequestMs,
    double? ApiCpuSeconds);
