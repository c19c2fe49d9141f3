using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GhostHands.AppHost;

/// <summary>
/// PostgreSQL from the machine's own binaries, for machines without a container runtime: <c>postgres-init</c> runs
/// once per start (installs the Debian packages when missing, and the first time runs initdb and creates the
/// database), then <c>postgres</c> serves on a fixed port. Data is kept between runs. Both run
/// <c>Postgres/postgres.sh</c>, which also turns the orchestrator's stop signal into PostgreSQL's fast shutdown so
/// that the cluster is always shut down cleanly.
/// </summary>
internal static class ExecutablePostgres
{
    /// <summary>The port, as <c>script/server</c> has always used it.</summary>
    public const string PortKey = "GH_PG_PORT";

    public const int DefaultPort = 54329;

    /// <summary>The cluster's directory; default <c>.tmp/postgres</c> in the repository.</summary>
    public const string DirectoryKey = "GhostHands:Postgres:Directory";

    public static IResourceBuilder<PostgresExecutableResource> Add(IDistributedApplicationBuilder builder)
    {
        var repository = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var directory = Path.GetFullPath(builder.Configuration[DirectoryKey] ?? Path.Combine(repository, ".tmp", "postgres"));
        var port = builder.Configuration.GetValue(PortKey, DefaultPort);
        var script = Path.Combine(builder.AppHostDirectory, "Postgres", "postgres.sh");
        Directory.CreateDirectory(directory);

        var init = builder.AddExecutable("postgres-init", "bash", repository, script, "init", directory, port.ToString(CultureInfo.InvariantCulture));

        var healthCheck = "postgres-accepts-connections";
        var server = new PostgresExecutableResource("postgres", "bash", repository, directory, port);
        builder.Services.AddHealthChecks().AddNpgSql(server.ConnectionString("postgres").ValueExpression, name: healthCheck);

        return builder.AddResource(server)
            .WithArgs(script, "run", directory, port.ToString(CultureInfo.InvariantCulture))
            .WithHealthCheck(healthCheck)
            .WaitForCompletion(init);
    }
}

/// <summary>The <c>postgres</c> server process, with the data directory and port it was started with.</summary>
internal sealed class PostgresExecutableResource(string name, string command, string workingDirectory, string directory, int port)
    : ExecutableResource(name, command, workingDirectory)
{
    /// <summary>Holds <c>data/</c> (PGDATA), the Unix socket and the marker that the database was created.</summary>
    public string Directory { get; } = directory;

    public int Port { get; } = port;

    public string DataDirectory => Path.Combine(Directory, "data");

    /// <summary>Trust authentication on loopback, as <c>initdb --auth=trust</c> set it up: no password.</summary>
    public ReferenceExpression ConnectionString(string database) =>
        ReferenceExpression.Create($"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={database}");
}
