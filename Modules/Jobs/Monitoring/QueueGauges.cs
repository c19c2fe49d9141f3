using System.Diagnostics.Metrics;
using GhostHands.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GhostHands.Jobs.Monitoring;

/// <summary>
/// What the queue looks like now, as observable gauges on the <c>GhostHands</c> meter: <c>gh.queue.depth</c> (unfinished
/// jobs by status and target worker), <c>gh.job.heartbeat.staleness</c> (oldest heartbeat of a claimed job) and
/// <c>gh.worker.heartbeat.age</c> (per worker). They report the latest <see cref="MonitoringSnapshot"/>, which
/// <see cref="QueueGaugeRefresh"/> reads every <see cref="QueueGaugeRefresh.Interval"/> and <c>/monitoring/metrics</c>
/// reads afresh before it collects the same gauges through <see cref="Collect"/>.
/// </summary>
public sealed class QueueGauges
{
    private readonly HashSet<Instrument> instruments;
    private MonitoringSnapshot? latest;

    public QueueGauges(IMeterFactory meters)
    {
        var meter = meters.Create(GhostHandsTelemetry.MeterName);
        instruments =
        [
            meter.CreateObservableGauge<long>("gh.queue.depth", QueueDepth, "{job}", "Unfinished jobs by status and target worker ('' for any worker)."),
            meter.CreateObservableGauge<double>("gh.job.heartbeat.staleness", HeartbeatStaleness, "s", "Oldest heartbeat among queued and running jobs."),
            meter.CreateObservableGauge<double>("gh.worker.heartbeat.age", WorkerHeartbeatAge, "s", "Seconds since each worker's last heartbeat."),
        ];
    }

    public void Update(MonitoringSnapshot snapshot) => Volatile.Write(ref latest, snapshot);

    public async Task<MonitoringSnapshot> RefreshAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        var snapshot = await MonitoringSnapshot.ReadAsync(db, ct);
        Update(snapshot);
        return snapshot;
    }

    /// <summary>Every gauge's current measurements, read the way an exporter reads them.</summary>
    public IReadOnlyList<GaugeReading> Collect()
    {
        var readings = new List<GaugeReading>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instruments.Contains(instrument))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => readings.Add(new(instrument.Name, value, Labels(tags))));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => readings.Add(new(instrument.Name, value, Labels(tags))));
        listener.Start();
        listener.RecordObservableInstruments();
        return readings;
    }

    private MonitoringSnapshot? Latest() => Volatile.Read(ref latest);

    private IEnumerable<Measurement<long>> QueueDepth() =>
        Latest()?.QueueDepth.Select(d => new Measurement<long>(d.Count, new("status", d.Status), new("target_worker", d.TargetWorker))) ?? [];

    private IEnumerable<Measurement<double>> HeartbeatStaleness() =>
        Latest() is { } snapshot ? [new Measurement<double>(snapshot.MaxHeartbeatStaleness)] : [];

    private IEnumerable<Measurement<double>> WorkerHeartbeatAge() =>
        Latest()?.Workers.Select(w => new Measurement<double>(w.HeartbeatAge, new KeyValuePair<string, object?>("worker", w.Worker))) ?? [];

    private static (string Name, string Value)[] Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = new (string, string)[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            labels[i] = (tags[i].Key, tags[i].Value?.ToString() ?? "");
        }

        return labels;
    }
}

public sealed record GaugeReading(string Instrument, double Value, (string Name, string Value)[] Labels);

/// <summary>Keeps <see cref="QueueGauges"/> current for the OpenTelemetry exporter.</summary>
internal sealed partial class QueueGaugeRefresh(QueueGauges gauges, NpgsqlDataSource db, ILogger<QueueGaugeRefresh> logger) : BackgroundService
{
    /// <summary>As often as the operator dashboard refreshes its counts.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await gauges.RefreshAsync(db, stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                // The gauges keep their last values; /monitoring/health reports the database itself.
                LogRefreshFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh the queue gauges")]
    private partial void LogRefreshFailed(Exception e);
}

public static class QueueGaugeRegistration
{
    /// <summary>Registers <see cref="QueueGauges"/> and the background refresh that keeps them current.</summary>
    public static IServiceCollection AddQueueGauges(this IServiceCollection services)
    {
        services.AddSingleton<QueueGauges>();
        services.AddHostedService<QueueGaugeRefresh>();
        return services;
    }
}
