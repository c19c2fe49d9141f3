using System.Globalization;
using System.Runtime.InteropServices;
using Npgsql;

namespace GhostHands.Bench.Infrastructure;

/// <summary>
/// What the figures were measured on. The load average before and after shows whether other work shared the machine:
/// a load well above zero on an idle benchmark host means the figures are low by an unknown amount.
/// </summary>
internal sealed record MachineInfo(
    int ProcessorCount,
    string Cpu,
    string Os,
    string Runtime,
    string Configuration,
    string Postgres,
    IReadOnlyDictionary<string, string> PostgresSettings,
    IReadOnlyList<double> LoadAverageBefore)
{
    /// <summary>Settings that decide how fast a commit is; fsync is on in every run.</summary>
    private static readonly string[] Settings = ["fsync", "synchronous_commit", "full_page_writes", "wal_sync_method", "shared_buffers", "max_wal_size"];

    public IReadOnlyList<double> LoadAverageAfter { get; set; } = [];

    public static async Task<MachineInfo> ReadAsync(BenchCluster cluster, CancellationToken ct)
    {
        await using var db = NpgsqlDataSource.Create(cluster.AdminConnectionString);
        await using var version = db.CreateCommand("SHOW server_version");
        var postgres = (string)(await version.ExecuteScalarAsync(ct))!;
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await using (var command = db.CreateCommand("SELECT name, setting || coalesce(unit, '') FROM pg_settings WHERE name = ANY($1)"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = Settings });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                settings[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return new MachineInfo(
            Environment.ProcessorCount,
            CpuModel(),
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            RepositoryPaths.Configuration,
            postgres,
            settings,
            LoadAverage());
    }

    /// <summary>The 1, 5 and 15 minute load averages from <c>/proc/loadavg</c>.</summary>
    public static IReadOnlyList<double> LoadAverage() =>
        File.Exists("/proc/loadavg")
            ? [.. File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture))]
            : [];

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";
}
