using GhostHands.Fixtures.Postgres;
using GhostHands.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GhostHands.Tests.Infrastructure;

/// <summary>
/// One real PostgreSQL server for the whole test run. Uses <c>GH_TEST_POSTGRES</c> (a connection string with the
/// right to create databases) when set; otherwise starts a throwaway cluster from the machine's PostgreSQL binaries
/// in a temporary directory and removes it afterwards. Each fixture gets its own database cloned from a migrated
/// template, so tests never see each other's rows.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string TemplateDatabase = "gh_template";
    private static int databaseCounter;
    private readonly SemaphoreSlim createLock = new(1, 1);
    private ThrowawayPostgresCluster? cluster;

    public string AdminConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("GH_TEST_POSTGRES");
        AdminConnectionString = string.IsNullOrWhiteSpace(configured) ? await StartClusterAsync() : configured;

        await using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            await admin.OpenAsync();
            await Execute(admin, $"DROP DATABASE IF EXISTS {TemplateDatabase}");
            await Execute(admin, $"CREATE DATABASE {TemplateDatabase}");
        }

        await using var template = NpgsqlDataSource.Create(ConnectionStringFor(TemplateDatabase));
        await new SchemaMigrator(template, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>A new, migrated, empty database; returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync() => CreateAsync(TemplateDatabase);

    /// <summary>A new database with no schema at all, for migration tests.</summary>
    public Task<string> CreateEmptyDatabaseAsync() => CreateAsync("template0");

    private async Task<string> CreateAsync(string template)
    {
        var name = $"gh_test_{Environment.ProcessId}_{Interlocked.Increment(ref databaseCounter)}";
        await createLock.WaitAsync();
        try
        {
            await using var admin = new NpgsqlConnection(AdminConnectionString);
            await admin.OpenAsync();
            // CREATE DATABASE ... TEMPLATE needs the template to have no other sessions, hence the lock.
            await Execute(admin, $"CREATE DATABASE {name} TEMPLATE {template}");
        }
        finally
        {
            createLock.Release();
        }

        return ConnectionStringFor(name);
    }

    /// <summary>Stops and starts the server (throwaway cluster only), for tests that survive a database restart.</summary>
    public async Task RestartAsync()
    {
        if (cluster is null)
        {
            throw new InvalidOperationException("Restarting needs the throwaway cluster; GH_TEST_POSTGRES points at a server this run does not own.");
        }

        await cluster.RestartAsync();
        // Pooled connections opened before the restart are dead; without this the next CREATE DATABASE fails.
        NpgsqlConnection.ClearAllPools();
    }

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = true }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }

    private async Task<string> StartClusterAsync()
    {
        cluster = await ThrowawayPostgresCluster.StartAsync("test", durable: false);
        return cluster.ConnectionString;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
