using GhostHands.Fixtures.Postgres;
using GhostHands.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GhostHands.Bench.Infrastructure;

/// <summary>
/// The one PostgreSQL cluster of a benchmark run: durable (fsync, synchronous_commit and full_page_writes as the server
/// ships them), so figures are those of a database that really writes to disk. Every measurement gets a fresh database
/// cloned from a migrated template, so no run inherits another's rows, dead tuples or statistics.
/// </summary>
internal sealed class BenchCluster : IAsyncDisposable
{
    private const string Template = "gh_bench_template";
    private readonly ThrowawayPostgresCluster cluster;
    private int databases;

    private BenchCluster(ThrowawayPostgresCluster cluster) => this.cluster = cluster;

    public string AdminConnectionString => cluster.ConnectionString;

    public int Port => cluster.Port;

    public string BinDirectory => cluster.BinDirectory;

    public static async Task<BenchCluster> StartAsync(CancellationToken ct)
    {
        // pg_stat_statements and pg_walinspect (both in Debian's postgresql package) say which statement costs what
        // per job; loading them changes no setting a figure depends on.
        var cluster = await ThrowawayPostgresCluster.StartAsync("bench", durable: true, maxConnections: 200,
            "-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all");
        await ExecuteAsync(cluster.ConnectionString, $"CREATE DATABASE {Template}", ct);
        await using (var template = NpgsqlDataSource.Create(ConnectionStringFor(cluster.ConnectionString, Template)))
        {
            await new SchemaMigrator(template, NullLogger<SchemaMigrator>.Instance).MigrateAsync(ct);
            await using var extensions = template.CreateCommand("CREATE EXTENSION pg_stat_statements; CREATE EXTENSION pg_walinspect");
            await extensions.ExecuteNonQueryAsync(ct);
        }

        NpgsqlConnection.ClearAllPools();
        return new BenchCluster(cluster);
    }

    /// <summary>A new, migrated, empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose, CancellationToken ct)
    {
        var name = $"gh_{purpose}_{Interlocked.Increment(ref databases)}";
        await ExecuteAsync(AdminConnectionString, $"CREATE DATABASE {name} TEMPLATE {Template}", ct);
        return ConnectionStringFor(AdminConnectionString, name);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, so a long run does not fill the disk.</summary>
    public async Task DropDatabaseAsync(string connectionString, CancellationToken ct)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(AdminConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", ct);
    }

    public static async Task ExecuteAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        return cluster.DisposeAsync();
    }

    private static string ConnectionStringFor(string admin, string database) =>
        new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
}
