using System.Security.Cryptography;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using GhostHands.AppHost.Tests;

[assembly: AssemblyFixture(typeof(RunningTopology))]

namespace GhostHands.AppHost.Tests;

/// <summary>
/// The AppHost's whole topology, started once per test run: a PostgreSQL container without a data volume (so every
/// run starts from an empty database), the API, and workers adam and sarah, with secrets generated for the run.
/// Ready once the API answers <c>/health</c>, which it does only after migrating the schema.
/// </summary>
public sealed class RunningTopology : IAsyncLifetime
{
    /// <summary>Generous because the first run on a machine pulls the PostgreSQL image.</summary>
    public static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(5);

    private const string ServiceKeyHeader = "X-GH-Service-Key";

    private readonly string serviceSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
    private DistributedApplication? app;

    public DistributedApplication App =>
        app ?? throw new InvalidOperationException("The AppHost has not been started.");

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var encryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        var appHost = await DistributedApplicationTestingBuilder.CreateAsync<Projects.GhostHands_AppHost>(
            [
                $"--Parameters:gh-service-secret={serviceSecret}",
                $"--Parameters:gh-encryption-key={encryptionKey}",
                "--GhostHands:Workers=adam,sarah",
                "--GhostHands:Postgres:DataVolume=false",
            ],
            cancellationToken);

        app = await appHost.BuildAsync(cancellationToken);
        await app.StartAsync(cancellationToken).WaitAsync(StartupTimeout, cancellationToken);
        await WaitUntilHealthy("postgres", cancellationToken);
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

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
