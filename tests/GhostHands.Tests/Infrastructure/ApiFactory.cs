using System.Net;
using System.Net.Http.Headers;
using GhostHands.Api.Security;
using GhostHands.Jobs.Answers;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GhostHands.Tests.Infrastructure;

/// <summary>
/// The API in process (TestServer) on its own freshly migrated database. One per test class; tests call
/// <see cref="ResetAsync"/> first so that none depends on another's rows.
/// </summary>
public sealed class ApiFactory(PostgresServer postgres) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ServiceSecret = "test-service-secret-0123456789";

    /// <summary>The credentials vault key of test APIs and workers (32 bytes, base64).</summary>
    public const string EncryptionKey = "dGVzdC1lbmNyeXB0aW9uLWtleS0wMTIzNDU2Nzg5YWI=";

    /// <summary>Settings applied after the defaults, for classes that build their own factory.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Service changes (a log capture), for classes that build their own factory.</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; init; }

    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await postgres.CreateDatabaseAsync();
        DataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting, not ConfigureAppConfiguration: Program reads these while building, before the latter applies.
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:ghosthands", ConnectionString);
        builder.UseSetting("Api:ServiceSecret", ServiceSecret);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Credentials:EncryptionKey", EncryptionKey);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (ConfigureTestServices is not null)
        {
            builder.ConfigureServices(ConfigureTestServices);
        }
    }

    /// <summary>
    /// Serves the API from Kestrel on a free loopback port instead of the in-memory test server, for clients in
    /// other processes (the command line) and streams over real sockets. Call before anything else creates the server.
    /// </summary>
    public Uri StartOnRealPort()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    /// <summary>A client that sends the service key, as VALET does.</summary>
    public HttpClient CreateAuthenticatedClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ServiceKeyAuthenticationHandler.HeaderName, ServiceSecret);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>
    /// Empties every GhostHands table (history included) and the users' saved answers, so a test starts from nothing:
    /// an answer one test saves must not answer another test's question.
    /// </summary>
    public async Task ResetAsync()
    {
        await using var command = DataSource.CreateCommand(
            "TRUNCATE gh_job_events, gh_automation_jobs, gh_user_credentials, gh_user_usage RESTART IDENTITY CASCADE");
        await command.ExecuteNonQueryAsync();
        await Services.GetRequiredService<IDocumentStore>().Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(SavedAnswer));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await DataSource.DisposeAsync();
    }
}
