using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using GhostHands.Bench.Infrastructure;
using Npgsql;

namespace GhostHands.Bench.Queue;

/// <summary>
/// Latency: how long a job waits between its submission and its start when workers are idle. Jobs are submitted open
/// loop at a steady rate (each on schedule, whether or not the previous one has been answered), by SQL insert
/// (channel 1) and by REST (channel 2), to two workers with the default slots. The submit time is the client's clock
/// just before sending; the start is the job's <c>started_at</c>, which the worker's claim sets as it begins (the
/// <c>running</c> event carries its transaction's start). Client and database share the machine's clock.
/// </summary>
internal static class LatencyBenchmark
{
    public const int Workers = 2;
    public const int RatePerSecond = 100;

    public static async Task RunAsync(BenchRun run, CancellationToken ct) =>
        (run.Results.Latency ??= []).AddRange(await MeasureAsync(run, run.Quick ? 300 : 2_000, withRest: true, ct));

    /// <summary>
    /// Latency of <paramref name="jobs"/> pings by SQL insert and, with <paramref name="withRest"/>, by REST, on a
    /// fresh database with fresh workers.
    /// </summary>
    public static async Task<List<LatencyFigure>> MeasureAsync(BenchRun run, int jobs, bool withRest, CancellationToken ct)
    {
        var figures = new List<LatencyFigure>();
        var connectionString = await run.Cluster.CreateDatabaseAsync("latency", ct);
        var workers = new List<WorkerUnderTest>();
        try
        {
            await using var db = PingJobs.ClientDataSource(connectionString);
            BenchRun.Progress("latency", $"starting the API and {Workers} workers (default slots)");
            await using var api = await ApiUnderTest.StartAsync(connectionString, ct);
            using var http = api.CreateClient(connections: 16);
            for (var i = 1; i <= Workers; i++)
            {
                workers.Add(WorkerUnderTest.Start(connectionString, $"w{i}", new Dictionary<string, string>()));
            }

            await Task.WhenAll(workers.Select(w => w.WaitUntilReadyAsync(db, TimeSpan.FromSeconds(90), ct)));
            var slots = await PingJobs.ScalarAsync<int>(db, "SELECT min(max_concurrent_jobs) FROM gh_worker_registry", ct);

            Channel[] channels =
            [
                new("sql", "SQL INSERT (channel 1)", () => InsertAsync(db, ct)),
                .. withRest ? [new Channel("rest", "REST POST /jobs", () => PostAsync(http, ct))] : Array.Empty<Channel>(),
            ];

            BenchRun.Progress("latency", "warming up");
            foreach (var channel in channels)
            {
                await WaitForAllAsync(db, await SubmitSteadilyAsync(channel, 50, ct), workers, ct);
            }

            foreach (var channel in channels)
            {
                BenchRun.Progress("latency", $"{jobs} jobs by {channel.Name} at {RatePerSecond}/s");
                var submitted = await SubmitSteadilyAsync(channel, jobs, ct);
                var rows = await WaitForAllAsync(db, submitted, workers, ct);
                var figure = new LatencyFigure(
                    channel.Name,
                    channel.Key,
                    jobs,
                    RatePerSecond,
                    Workers,
                    slots,
                    Distribution.Of(rows.Select(r => (r.StartedAt - submitted[r.Id]).TotalMilliseconds)),
                    Distribution.Of(rows.Select(r => (r.StartedAt - r.CreatedAt).TotalMilliseconds)),
                    Distribution.Of(rows.Select(r => (r.CompletedAt - submitted[r.Id]).TotalMilliseconds)));
                figures.Add(figure);
                BenchRun.Progress("latency", string.Create(CultureInfo.InvariantCulture,
                    $"{channel.Name}: submit -> started p50 {figure.SubmitToStartedMs.P50} ms, p99 {figure.SubmitToStartedMs.P99} ms"));
            }
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }

            await run.Cluster.DropDatabaseAsync(connectionString, CancellationToken.None);
        }

        return figures;
    }

    /// <summary>Submits <paramref name="count"/> jobs, one every 1/rate seconds; returns each job's client-side submit time.</summary>
    private static async Task<Dictionary<Guid, DateTime>> SubmitSteadilyAsync(Channel channel, int count, CancellationToken ct)
    {
        var period = TimeSpan.FromSeconds(1.0 / RatePerSecond);
        var clock = Stopwatch.StartNew();
        var pending = new List<Task<(Guid Id, DateTime Submitted)>>(count);
        for (var i = 0; i < count; i++)
        {
            var wait = period * i - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }

            pending.Add(SubmitAsync(channel));
        }

        return (await Task.WhenAll(pending)).ToDictionary(s => s.Id, s => s.Submitted);

        static async Task<(Guid, DateTime)> SubmitAsync(Channel channel)
        {
            var submitted = DateTime.UtcNow;
            return (await channel.Submit(), submitted);
        }
    }

    private static async Task<List<Timing>> WaitForAllAsync(
        NpgsqlDataSource db, Dictionary<Guid, DateTime> submitted, List<WorkerUnderTest> workers, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            await using var command = db.CreateCommand("""
                SELECT id, created_at, started_at, completed_at, status FROM gh_automation_jobs
                WHERE id = ANY($1) AND completed_at IS NOT NULL
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = submitted.Keys.ToArray() });
            var rows = new List<Timing>();
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    if (reader.GetString(4) != "completed")
                    {
                        throw new InvalidOperationException($"Ping {reader.GetGuid(0)} ended {reader.GetString(4)}.");
                    }

                    rows.Add(new Timing(reader.GetGuid(0), reader.GetDateTime(1), reader.GetDateTime(2), reader.GetDateTime(3)));
                }
            }

            if (rows.Count == submitted.Count)
            {
                return rows;
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"{submitted.Count - rows.Count} pings unfinished.\n{string.Join('\n', workers.Select(w => w.Output))}");
            }

            await Task.Delay(200, ct);
        }
    }

    private static async Task<Guid> InsertAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        await using var command = db.CreateCommand(PingJobs.InsertOneSql);
        command.Parameters.Add(new NpgsqlParameter { Value = PingJobs.BenchUser });
        return (Guid)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<Guid> PostAsync(HttpClient http, CancellationToken ct)
    {
        using var content = new StringContent(PingJobs.RestBody(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/api/v1/gh/jobs", UriKind.Relative), content, ct);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"POST /jobs answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }

        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
        return json.RootElement.GetProperty("id").GetGuid();
    }

    private sealed record Channel(string Key, string Name, Func<Task<Guid>> Submit);

    private sealed record Timing(Guid Id, DateTime CreatedAt, DateTime StartedAt, DateTime CompletedAt);
}

/// <param name="SubmitToStartedMs">Client's submit time to <c>started_at</c>: what the target is stated on.</param>
/// <param name="CreatedToStartedMs"><c>started_at - created_at</c>, both the database's clock: the same without the submission itself.</param>
/// <param name="SubmitToCompletedMs">Client's submit time to <c>completed_at</c>: a ping's whole trip through the queue.</param>
internal sealed record LatencyFigure(
    string Name,
    string Channel,
    int Jobs,
    int RatePerSecond,
    int Workers,
    int SlotsPerWorker,
    Distribution SubmitToStartedMs,
    Distribution CreatedToStartedMs,
    Distribution SubmitToCompletedMs);
