using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GhostHands.Bench.Infrastructure;

/// <summary>
/// A PostgreSQL cluster in a temporary directory on a free loopback port, removed on dispose. Same approach as the
/// tests' <c>PostgresServer</c>, but with the server's durability settings left at their defaults (fsync on), so
/// figures are not flattered by a database that never writes to disk.
/// </summary>
internal sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string directory;
    private readonly string binDirectory;

    private ThrowawayPostgres(string directory, string binDirectory, int port)
    {
        this.directory = directory;
        this.binDirectory = binDirectory;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true";
    }

    public string ConnectionString { get; }

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = FindPostgresBin() ?? throw new InvalidOperationException(
            "No PostgreSQL server binaries under /usr/lib/postgresql/*/bin; script/bench installs them.");
        var directory = Path.Combine(Path.GetTempPath(), $"gh-bench-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(directory);
        if (IsRoot)
        {
            await Run("chown", $"postgres {directory}");
        }

        var server = new ThrowawayPostgres(directory, bin, FreePort());
        // --no-sync only skips flushing initdb's own files; the running server keeps fsync on.
        await server.Tool("initdb", $"-D {directory}/data -U postgres --auth=trust -E UTF8 --no-sync");
        var port = new Npgsql.NpgsqlConnectionStringBuilder(server.ConnectionString).Port;
        await server.Tool("pg_ctl",
            $"-D {directory}/data start -w -t 60 -l {directory}/server.log " +
            $"-o \"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c max_connections=100\"");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await Tool("pg_ctl", $"-D {directory}/data stop -m immediate -w");
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    // PostgreSQL refuses to run as root.
    private Task Tool(string tool, string arguments) => IsRoot
        ? Run("runuser", $"-u postgres -- {Path.Combine(binDirectory, tool)} {arguments}")
        : Run(Path.Combine(binDirectory, tool), arguments);

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
}
