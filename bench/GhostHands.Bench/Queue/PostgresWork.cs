using System.Text.RegularExpressions;
using Npgsql;

namespace GhostHands.Bench.Queue;

/// <summary>
/// Where PostgreSQL's work per job goes during a drain: each statement's time, rows and WAL (pg_stat_statements,
/// nested statements of functions and triggers included), and the WAL by kind of record, full-page images apart
/// (pg_walinspect). The statement counters are cluster-wide, so a drain resets them at its start.
/// </summary>
internal static partial class PostgresWork
{
    private const int StatementsShown = 10;

    /// <summary>Resets the statement counters; returns the WAL position the drain starts from.</summary>
    public static async Task<string> StartAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        await using var command = db.CreateCommand("SELECT pg_stat_statements_reset()::text, pg_current_wal_lsn()::text");
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return reader.GetString(1);
    }

    public static async Task<WorkPerJob> ReadAsync(NpgsqlDataSource db, string startLsn, int jobs, CancellationToken ct)
    {
        var statements = new List<StatementWork>();
        await using (var command = db.CreateCommand($"""
            SELECT query, calls, rows, total_exec_time, wal_bytes::bigint, wal_fpi
            FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            ORDER BY total_exec_time DESC
            LIMIT {StatementsShown}
            """))
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                statements.Add(new StatementWork(
                    Shorten(reader.GetString(0)),
                    Math.Round((double)reader.GetInt64(1) / jobs, 3),
                    Math.Round((double)reader.GetInt64(2) / jobs, 3),
                    Math.Round(reader.GetDouble(3) * 1000 / jobs, 1),
                    Math.Round((double)reader.GetInt64(4) / jobs),
                    Math.Round((double)reader.GetInt64(5) / jobs, 3)));
            }
        }

        var wal = new List<WalWork>();
        await using (var command = db.CreateCommand("""
            SELECT "resource_manager/record_type", count, record_size, fpi_size
            FROM pg_get_wal_stats($1::pg_lsn, pg_current_wal_flush_lsn(), false)
            WHERE count > 0
            ORDER BY combined_size DESC
            """))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = startLsn });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                wal.Add(new WalWork(
                    reader.GetString(0),
                    Math.Round((double)reader.GetInt64(1) / jobs, 2),
                    Math.Round((double)reader.GetInt64(2) / jobs),
                    Math.Round((double)reader.GetInt64(3) / jobs)));
            }
        }

        return new WorkPerJob(statements, wal);
    }

    public static void Print(WorkPerJob work, TextWriter w)
    {
        w.WriteLine($"  {"per job:",-9}{"calls",7}{"rows",7}{"time us",9}{"WAL B",7}{"FPI",7}  statement (pg_stat_statements, nested included)");
        foreach (var s in work.Statements)
        {
            w.WriteLine(FormattableString.Invariant($"  {"",-9}{s.Calls,7:0.000}{s.Rows,7:0.00}{s.TimeUs,9:0.0}{s.WalBytes,7:0}{s.FullPageImages,7:0.000}  {s.Query}"));
        }

        w.WriteLine($"  {"per job:",-9}{"records",8}{"bytes",7}{"FPI B",7}  WAL by resource manager (pg_walinspect)");
        foreach (var r in work.Wal)
        {
            w.WriteLine(FormattableString.Invariant($"  {"",-9}{r.Records,8:0.00}{r.RecordBytes,7:0}{r.FullPageImageBytes,7:0}  {r.ResourceManager}"));
        }
    }

    private static string Shorten(string query)
    {
        var flat = Whitespace().Replace(query, " ").Trim();
        return flat.Length <= 110 ? flat : flat[..107] + "...";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <param name="Calls">Executions per job.</param>
/// <param name="TimeUs">Execution time per job, microseconds (nested statements are also inside their caller's time).</param>
internal sealed record StatementWork(string Query, double Calls, double Rows, double TimeUs, double WalBytes, double FullPageImages);

internal sealed record WalWork(string ResourceManager, double Records, double RecordBytes, double FullPageImageBytes);

internal sealed record WorkPerJob(IReadOnlyList<StatementWork> Statements, IReadOnlyList<WalWork> Wal);
