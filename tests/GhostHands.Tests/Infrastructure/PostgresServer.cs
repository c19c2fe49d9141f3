using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GhostHands.Jobs.Database;
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
    private string? clusterDirectory;
    private string? binDirectory;

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
        if (clusterDirectory is null)
        {
            throw new InvalidOperationException("Restarting needs the throwaway cluster; GH_TEST_POSTGRES points at a server this run does not own.");
        }

        await PgCtl("restart -m fast -w");
    }

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = true }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (clusterDirectory is not null)
        {
            await PgCtl("stop -m immediate -w");
            try
            {
                Directory.Delete(clusterDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp directory is harmless.
            }
        }
    }

    private async Task<string> StartClusterAsync()
    {
        binDirectory = FindPostgresBin() ?? throw new InvalidOperationException(
            "No PostgreSQL server binaries found (looked in /usr/lib/postgresql/*/bin). Run script/test, which installs " +
            "them, or set GH_TEST_POSTGRES to a server's connection string.");
        clusterDirectory = Path.Combine(Path.GetTempPath(), $"gh-test-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(clusterDirectory);
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await Run("chown", $"postgres {clusterDirectory}");
        }

        await RunPostgresTool("initdb", $"-D {clusterDirectory}/data -U postgres --auth=trust -E UTF8 --no-sync");
        await PgCtl(
            $"start -w -t 60 -l {clusterDirectory}/server.log " +
            $"-o \"-p {port} -k {clusterDirectory} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off " +
            "-c synchronous_commit=off -c full_page_writes=off\"");
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true";
    }

    private Task PgCtl(string arguments) => RunPostgresTool("pg_ctl", $"-D {clusterDirectory}/data {arguments}");

    private Task RunPostgresTool(string tool, string arguments)
    {
        var path = Path.Combine(binDirectory!, tool);
        // PostgreSQL refuses to run as root.
        return Environment.UserName == "root"
            ? Run("runuser", $"-u postgres -- {path} {arguments}")
            : Run(path, arguments);
    }

    private static async Task Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} exited {process.ExitCode}: {await output}{await error}");
        }
    }

    private static string? FindPostgresBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => d, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
