using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace GhostHands.AppHost;

/// <summary>Where the PostgreSQL the processes use comes from.</summary>
internal enum DatabaseSource
{
    /// <summary><c>ConnectionStrings:ghosthands</c> is set: that database is used and nothing is started for it.</summary>
    Existing,

    /// <summary>A healthy container runtime answers: PostgreSQL runs in a container with a data volume.</summary>
    Container,

    /// <summary>Neither: PostgreSQL's own binaries run as executable resources, data under <c>.tmp/</c>.</summary>
    Executable,
}

/// <summary>Picks the <see cref="DatabaseSource"/> without configuration, and adds the resources it needs.</summary>
internal static class Database
{
    /// <summary>The connection string name every process reads (<c>ConnectionStrings:ghosthands</c>), and the database.</summary>
    public const string Name = "ghosthands";

    /// <summary>Overrides the choice: <c>container</c> or <c>executable</c> (a connection string always wins).</summary>
    public const string SourceKey = "GhostHands:Postgres";

    /// <summary>How long <c>docker info</c> may take before the runtime counts as absent.</summary>
    private static readonly TimeSpan RuntimeProbeTimeout = TimeSpan.FromSeconds(10);

    public static DatabaseSource Choose(IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString(Name)))
        {
            return DatabaseSource.Existing;
        }

        return configuration[SourceKey]?.ToLowerInvariant() switch
        {
            "container" => DatabaseSource.Container,
            "executable" => DatabaseSource.Executable,
            null or "" => ContainerRuntimeAnswers(configuration) ? DatabaseSource.Container : DatabaseSource.Executable,
            var other => throw new InvalidOperationException($"{SourceKey} is '{other}'; use 'container' or 'executable', or leave it unset."),
        };
    }

    /// <summary>
    /// Adds the database and returns it with the resource the processes must wait for (the server, or nothing for an
    /// existing database).
    /// </summary>
    public static (IResourceBuilder<IResourceWithConnectionString> Database, IResourceBuilder<IResource>? Server) Add(
        IDistributedApplicationBuilder builder, DatabaseSource source)
    {
        switch (source)
        {
            case DatabaseSource.Existing:
                return (builder.AddConnectionString(Name), null);
            case DatabaseSource.Container:
                var postgres = builder.AddPostgres("postgres").WithDataVolume();
                return (postgres.AddDatabase(Name), postgres);
            default:
                var server = ExecutablePostgres.Add(builder);
                return (builder.AddConnectionString(Name, server.Resource.ConnectionString(Name)), server);
        }
    }

    /// <summary>
    /// True when the container runtime Aspire would use (<c>ASPIRE_CONTAINER_RUNTIME</c>, else docker) runs
    /// <c>info</c> successfully: an installed client without a running daemon does not count.
    /// </summary>
    private static bool ContainerRuntimeAnswers(IConfiguration configuration)
    {
        var runtime = configuration["ASPIRE_CONTAINER_RUNTIME"] is { Length: > 0 } configured ? configured : "docker";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
            {
                return false;
            }

            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(RuntimeProbeTimeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Not installed.
            return false;
        }
    }
}
