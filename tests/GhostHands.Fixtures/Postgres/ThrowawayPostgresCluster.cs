using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GhostHands.Fixtures.Postgres;

/// <summary>
/// A PostgreSQL cluster in a temporary directory on a free loopback port, started from the machine's server binaries
/// (/usr/lib/postgresql/*/bin) and removed on dispose. Used by the tests and the benchmarks. PostgreSQL refuses to run
/// as root, so as root the tools run as the postgres user.
/// </summary>
public sealed class ThrowawayPostgresCluster : IAsyncDisposable
{
    private readonly string directory;
    private readonly string binDirectory;

    private ThrowawayPostgresCluster(string directory, string binDirectory, int port)
    {
        this.directory = directory;
        this.binDirectory = binDirectory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The server binaries the cluster runs from; client tools such as pgbench are there too.</summary>
    public string BinDirectory => binDirectory;

    /// <summary>Superuser connection string to the <c>postgres</c> database.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Include Error Detail=true";

    /// <summary>
    /// Starts a cluster. <paramref name="durable"/> false turns off fsync and friends (fast tests); benchmarks keep the
    /// server's defaults so that figures are not flattered by a database that never writes to disk.
    /// </summary>
    /// <param name="extraSettings">More <c>-c name=value</c> server options, e.g. libraries the benchmarks measure with.</param>
    public static async Task<ThrowawayPostgresCluster> StartAsync(string purpose, bool durable, int maxConnections = 300, string extraSettings = "")
    {
        var bin = FindPostgresBin() ?? throw new InvalidOperationException(
            "No PostgreSQL server binaries found under /usr/lib/postgresql/*/bin: run script/test or script/bench, " +
            "which install them, or point the run at an existing server.");
        var directory = Path.Combine(Path.GetTempPath(), $"gh-{purpose}-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(directory);
        if (IsRoot)
        {
            await Run("chown", $"postgres {directory}");
        }

        var cluster = new ThrowawayPostgresCluster(directory, bin, FreePort());
        // --no-sync only skips flushing initdb's own files.
        await cluster.Tool("initdb", $"-D {directory}/data -U postgres --auth=trust -E UTF8 --no-sync");
        var settings = durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        await cluster.PgCtl(
            $"start -w -t 60 -l {directory}/server.log " +
            $"-o \"-p {cluster.Port} -k {directory} -c listen_addresses=127.0.0.1 -c max_connections={maxConnections}{settings} {extraSettings}\"");
        return cluster;
    }

    /// <summary>A fast stop and start, for tests that survive a database restart.</summary>
    public Task RestartAsync() => PgCtl("restart -m fast -w");

    public async ValueTask DisposeAsync()
    {
        await PgCtl("stop -m immediate -w");
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

    private Task PgCtl(string arguments) => Tool("pg_ctl", $"-D {directory}/data {arguments}");

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
