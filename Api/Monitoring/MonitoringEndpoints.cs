using System.Diagnostics;
using GhostHands.Execution.Assist;
using GhostHands.Jobs.Monitoring;
using GhostHands.Schema;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace GhostHands.Api.Monitoring;

/// <summary>
/// The monitoring endpoints (docs/contract.md, Monitoring), open like <c>/health</c>: <c>/monitoring/health</c> (deep checks, 503 when
/// unhealthy), <c>/monitoring/metrics</c> (Prometheus text) and <c>/monitoring/alerts</c> (docs/contract.md, Monitoring).
/// </summary>
internal static class MonitoringEndpoints
{
    /// <summary>Workers whose last heartbeat is older than this are reported stale.</summary>
    public static readonly TimeSpan StaleWorkerAfter = TimeSpan.FromMinutes(2);

    public static WebApplicationBuilder AddMonitoring(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ApiLatency>();
        builder.Services.AddQueueGauges();
        return builder;
    }

    public static WebApplication UseApiLatency(this WebApplication app)
    {
        var latency = app.Services.GetRequiredService<ApiLatency>();
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            await next(context);
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                latency.Record(Stopwatch.GetElapsedTime(started), context.Request.Method, context.Response.StatusCode);
            }
        });
        return app;
    }

    public static WebApplication MapMonitoringEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/monitoring").AllowAnonymous();
        group.MapGet("/health", Health);
        group.MapGet("/metrics", Metrics);
        group.MapGet("/alerts", async (NpgsqlDataSource db, ApiLatency latency, CancellationToken ct) =>
        {
            var alerts = Alerts.Evaluate(await MonitoringSnapshot.ReadAsync(db, ct), latency);
            return Results.Ok(new { status = alerts.Any(a => a.Firing) ? "firing" : "ok", alerts });
        });
        return app;
    }

    private static async Task<IResult> Health(
        HealthCheckService health, NpgsqlDataSource db, SchemaMigrator migrator, LanguageModelProbe languageModel, CancellationToken ct)
    {
        var checks = new Dictionary<string, object>();
        var database = await health.CheckHealthAsync(r => r.Tags.Contains("db"), ct);
        checks["database"] = new { status = Status(database.Status), detail = database.Entries.Values.FirstOrDefault().Description };
        var healthy = database.Status == HealthStatus.Healthy;
        var degraded = false;

        if (healthy)
        {
            var version = await migrator.CurrentVersionAsync(ct);
            var expected = SchemaMigrator.All[^1].Version;
            var migrated = version == expected;
            checks["migrations"] = new { status = migrated ? "healthy" : "unhealthy", version, expected };
            healthy &= migrated;

            var workers = (await MonitoringSnapshot.ReadAsync(db, ct)).Workers;
            var fresh = workers.Count(w => w.Status != "offline" && w.HeartbeatAge < StaleWorkerAfter.TotalSeconds);
            var stale = workers.Where(w => w.Status != "offline" && w.HeartbeatAge >= StaleWorkerAfter.TotalSeconds).Select(w => w.Worker).ToList();
            // No worker is degraded, not down: the API still takes jobs, they wait in the queue.
            degraded = fresh == 0;
            checks["workers"] = new { status = degraded ? "degraded" : "healthy", fresh, stale };
        }

        // The model is optional: unreachable, it degrades the API (jobs pause instead of asking it), never fails it.
        var llm = await languageModel.CheckAsync(ct);
        checks["llm"] = llm;
        degraded |= llm.Status == "degraded";

        var status = !healthy ? "unhealthy" : degraded ? "degraded" : "healthy";
        return Results.Json(new { status, checks, checked_at = DateTimeOffset.UtcNow },
            statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static string Status(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };

    private static async Task<IResult> Metrics(NpgsqlDataSource db, ApiLatency latency, QueueGauges gauges, CancellationToken ct)
    {
        var s = await gauges.RefreshAsync(db, ct);
        // The gauges the OpenTelemetry exporter reads, under the names operators' scrapers already know.
        var readings = gauges.Collect();
        var p = new PrometheusText();

        p.Metric("gh_queue_depth", "gauge", "Unfinished jobs by status and target worker ('' for any worker).");
        foreach (var reading in readings.Where(r => r.Instrument == "gh.queue.depth"))
        {
            p.Sample("gh_queue_depth", reading.Value, reading.Labels);
        }

        p.Metric("gh_jobs_finished_last_hour", "gauge", "Jobs that reached a terminal status in the last hour.")
            .Sample("gh_jobs_finished_last_hour", s.FinishedLastHour);
        p.Metric("gh_job_completion_rate", "gauge", "Completed share of the jobs finished in the last hour (1 when none finished).")
            .Sample("gh_job_completion_rate", s.CompletionRate ?? 1);

        p.Metric("gh_job_duration_seconds", "histogram", "started_at to completed_at of jobs completed in the last hour.");
        for (var i = 0; i < MonitoringSnapshot.DurationBuckets.Length; i++)
        {
            p.Sample("gh_job_duration_seconds_bucket", s.DurationBucketCounts[i], ("le", PrometheusText.Format(MonitoringSnapshot.DurationBuckets[i])));
        }

        p.Sample("gh_job_duration_seconds_bucket", s.DurationCount, ("le", "+Inf"))
            .Sample("gh_job_duration_seconds_sum", s.DurationSum)
            .Sample("gh_job_duration_seconds_count", s.DurationCount);
        p.Metric("gh_job_duration_p95_seconds", "gauge", "95th percentile of gh_job_duration_seconds (0 when none).")
            .Sample("gh_job_duration_p95_seconds", s.DurationP95 ?? 0);

        p.Metric("gh_job_heartbeat_staleness_seconds", "gauge", "Oldest heartbeat among queued and running jobs.");
        foreach (var reading in readings.Where(r => r.Instrument == "gh.job.heartbeat.staleness"))
        {
            p.Sample("gh_job_heartbeat_staleness_seconds", reading.Value, reading.Labels);
        }

        p.Metric("gh_api_request_duration_seconds", "histogram", "API request durations since the API started.");
        var cumulative = latency.Cumulative();
        for (var i = 0; i < ApiLatency.Buckets.Length; i++)
        {
            p.Sample("gh_api_request_duration_seconds_bucket", cumulative[i], ("le", PrometheusText.Format(ApiLatency.Buckets[i])));
        }

        p.Sample("gh_api_request_duration_seconds_bucket", latency.Count, ("le", "+Inf"))
            .Sample("gh_api_request_duration_seconds_sum", latency.SumSeconds)
            .Sample("gh_api_request_duration_seconds_count", latency.Count);
        p.Metric("gh_api_request_duration_p99_seconds", "gauge", "Upper bound of the bucket holding the 99th percentile (0 before any request).")
            .Sample("gh_api_request_duration_p99_seconds", latency.P99() ?? 0);

        p.Metric("gh_job_llm_cost_cents", "gauge", "Language model cost per job finished in the last hour.")
            .Sample("gh_job_llm_cost_cents", s.LlmCostAvg, ("stat", "avg"))
            .Sample("gh_job_llm_cost_cents", s.LlmCostMax, ("stat", "max"));

        p.Metric("gh_job_errors_last_hour", "gauge", "Jobs finished in the last hour with an error, by error_code.");
        foreach (var (code, count) in s.ErrorsLastHour)
        {
            p.Sample("gh_job_errors_last_hour", count, ("error_code", code));
        }

        p.Metric("gh_worker_current_jobs", "gauge", "Jobs each worker holds, from its last heartbeat.");
        foreach (var w in s.Workers)
        {
            p.Sample("gh_worker_current_jobs", w.Current, ("worker", w.Worker), ("status", w.Status));
        }

        p.Metric("gh_worker_jobs_completed_total", "counter", "Jobs each worker completed.");
        foreach (var w in s.Workers)
        {
            p.Sample("gh_worker_jobs_completed_total", w.Completed, ("worker", w.Worker));
        }

        p.Metric("gh_worker_jobs_failed_total", "counter", "Failed attempts per worker (retried or final).");
        foreach (var w in s.Workers)
        {
            p.Sample("gh_worker_jobs_failed_total", w.Failed, ("worker", w.Worker));
        }

        p.Metric("gh_worker_heartbeat_age_seconds", "gauge", "Seconds since each worker's last heartbeat.");
        foreach (var reading in readings.Where(r => r.Instrument == "gh.worker.heartbeat.age"))
        {
            p.Sample("gh_worker_heartbeat_age_seconds", reading.Value, reading.Labels);
        }

        return Results.Text(p.ToString(), "text/plain; version=0.0.4; charset=utf-8");
    }
}
