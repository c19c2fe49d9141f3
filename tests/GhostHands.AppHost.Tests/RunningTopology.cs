using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using GhostHands.AppHost.Tests;
using Xunit.Sdk;
using Xunit.v3;

[assembly: AssemblyFixture(typeof(RunningTopology))]
// One stack for the whole run: a test that kills a worker must not race one that expects it to take a job.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
// The test that restarts the stack runs next to last, the one that stops it last.
[assembly: TestCollectionOrderer(typeof(StoppingLast))]

namespace GhostHands.AppHost.Tests;

/// <summary>
/// The AppHost exactly as <c>dotnet run --project AppHost</c> starts it, once per test run, with PostgreSQL from its
/// binaries in a fresh directory and on free ports so that it runs next to a developer's own stack. Every process it
/// starts carries <see cref="RunMarker"/> in its environment, so that the stopping test can find any left behind.
/// </summary>
public sealed class RunningTopology : IAsyncLifetime
{
    /// <summary>Generous: a loaded machine takes a while to initialise a cluster and start four processes.</summary>
    public static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(3);

    public const string RunMarkerVariable = "GH_APPHOST_TEST_RUN";

    private const string ServiceKeyHeader = "X-GH-Service-Key";

    private readonly string serviceSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
    private readonly string encryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly int postgresPort = FreePort();
    private readonly int apiPort = FreePort();
    private DistributedApplication? app;

    public string RunMarker { get; } = Guid.NewGuid().ToString("n");

    public string PostgresDirectory { get; } = Path.Combine(Path.GetTempPath(), $"gh-apphost-test-{Guid.NewGuid():n}");

    public DistributedApplication App =>
        app ?? throw new InvalidOperationException("The AppHost has not been started.");

    public bool Stopped { get; private set; }

    public ValueTask InitializeAsync() => new(StartAsync(TestContext.Current.CancellationToken));

    /// <summary>
    /// Stops the stack as Ctrl-C does, waits until none of its processes is left, and starts it again on the same
    /// PostgreSQL data, ports and secrets, as running <c>script/server</c> again does.
    /// </summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await App.StopAsync(cancellationToken);
        await App.DisposeAsync();
        app = null;

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Processes.WithEnvironment(RunMarkerVariable, RunMarker) is { Count: > 0 } left)
        {
            Assert.True(waited.Elapsed < StartupTimeout, $"Still running after the stop:\n{string.Join('\n', left.Select(p => $"{p.Pid} {p.CommandLine}"))}");
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        await StartAsync(cancellationToken);
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var appHost = await DistributedApplicationTestingBuilder.CreateAsync<Projects.GhostHands_AppHost>(
            [
                "--GhostHands:Postgres=executable",
                $"--GhostHands:Postgres:Directory={PostgresDirectory}",
                $"--GH_PG_PORT={postgresPort}",
                $"--GH_API_PORT={apiPort}",
                $"--GH_SERVICE_SECRET={serviceSecret}",
                $"--GH_ENCRYPTION_KEY={encryptionKey}",
            ],
            cancellationToken);

        foreach (var resource in appHost.Resources.OfType<IResourceWithEnvironment>())
        {
            resource.Annotations.Add(new EnvironmentCallbackAnnotation(RunMarkerVariable, () => RunMarker));
        }

        app = await appHost.BuildAsync(cancellationToken);
        await app.StartAsync(cancellationToken).WaitAsync(StartupTimeout, cancellationToken);
        await WaitUntilHealthy("api", cancellationToken);
    }

    /// <summary>Fails as soon as the resource fails to start or exits, instead of waiting out the timeout.</summary>
    public Task WaitUntilHealthy(string resource, CancellationToken cancellationToken) =>
        App.ResourceNotifications
            .WaitForResourceHealthyAsync(resource, WaitBehavior.StopOnResourceUnavailable, cancellationToken)
            .WaitAsync(StartupTimeout, cancellationToken);

    /// <summary>A client for the API's endpoint that sends the service key.</summary>
    public HttpClient CreateApiClient()
    {
        var client = App.CreateHttpClient("api");
        client.DefaultRequestHeaders.Add(ServiceKeyHeader, serviceSecret);
        return client;
    }

    /// <summary>Stops every resource and the orchestrator, as Ctrl-C does.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Stopped = true;
        await App.StopAsync(cancellationToken);
        await App.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null && !Stopped)
        {
            await app.DisposeAsync();
        }

        // Only once nothing runs in it any more; a cluster still running keeps its directory for inspection.
        if (Directory.Exists(PostgresDirectory) && !File.Exists(Path.Combine(PostgresDirectory, "data", "postmaster.pid")))
        {
            Directory.Delete(PostgresDirectory, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// Runs the collection of <see cref="WhenTheStackIsRestarted"/> after every other but the one of
/// <see cref="WhenTheStackStops"/>, which runs last: the restarted stack is the one that stopping test stops.
/// </summary>
public sealed class StoppingLast : ITestCollectionOrderer
{
    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : ITestCollection =>
        [.. testCollections
            .OrderBy(collection => Rank(collection.TestCollectionDisplayName))
            .ThenBy(collection => collection.TestCollectionDisplayName, StringComparer.Ordinal)];

    private static int Rank(string collection) =>
        collection.Contains(nameof(WhenTheStackStops), StringComparison.Ordinal) ? 2
        : collection.Contains(nameof(WhenTheStackIsRestarted), StringComparison.Ordinal) ? 1
        : 0;
}
