using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

// The connection string name every process reads (ConnectionStrings:ghosthands), and the database's name.
const string DatabaseName = "ghosthands";
const int ApiPort = 3100;

var builder = DistributedApplication.CreateBuilder(args);

// Processes do not inherit the AppHost's environment name, so it is passed on (Development under dotnet run).
var environment = builder.Environment.EnvironmentName;

// Like script/server: a development stack may automate pages served on this machine; other environments refuse them.
var targetAllowList = builder.Environment.IsDevelopment() ? "loopback" : "";

var serviceSecret = builder.AddParameter("gh-service-secret", secret: true);
var encryptionKey = builder.AddParameter("gh-encryption-key", secret: true);

// A configured ConnectionStrings:ghosthands means an existing database: no container is started.
var database = builder.Configuration.GetConnectionString(DatabaseName) is not null
    ? builder.AddConnectionString(DatabaseName)
    : AddPostgresContainer(builder).AddDatabase(DatabaseName);

// Launch profiles are skipped so that this file alone decides ports, arguments and environment.
var api = builder.AddProject<Projects.GhostHands_Api>("api", launchProfileName: null)
    .WithHttpEndpoint(port: ApiPort, env: "GH_API_PORT")
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    .WithEnvironment("DOTNET_ENVIRONMENT", environment)
    .WithEnvironment("GH_SERVICE_SECRET", serviceSecret)
    .WithEnvironment("GH_ENCRYPTION_KEY", encryptionKey)
    .WithReference(database)
    .WaitFor(database);

foreach (var workerId in WorkerIds(builder.Configuration))
{
    builder.AddProject<Projects.GhostHands_Worker>($"worker-{workerId}", launchProfileName: null)
        .WithArgs($"--worker-id={workerId}")
        .WithEnvironment("DOTNET_ENVIRONMENT", environment)
        .WithEnvironment("GH_TARGET_ALLOWLIST", targetAllowList)
        .WithEnvironment("GH_ENCRYPTION_KEY", encryptionKey)
        .WithReference(database)
        .WaitFor(database)
        // The API migrates the schema before it answers /health; a worker started earlier would find no tables.
        .WaitFor(api);
}

builder.Build().Run();

static IResourceBuilder<PostgresServerResource> AddPostgresContainer(IDistributedApplicationBuilder builder)
{
    var postgres = builder.AddPostgres("postgres");

    // On by default so data survives restarts; the AppHost tests turn it off to start from an empty database.
    if (builder.Configuration.GetValue("GhostHands:Postgres:DataVolume", defaultValue: true))
    {
        postgres.WithDataVolume();
    }

    if (builder.Configuration.GetValue("GhostHands:Postgres:PgWeb", defaultValue: false))
    {
        postgres.WithPgWeb();
    }

    return postgres;
}

// GhostHands:Workers as an array or a comma-separated list; each name becomes resource worker-<name>, so it must
// be a valid resource name part (ASCII letters, digits, single hyphens), which Aspire checks at start-up.
static string[] WorkerIds(IConfiguration configuration)
{
    // The pair script/server starts.
    string[] defaultWorkers = ["adam", "sarah"];

    var section = configuration.GetSection("GhostHands:Workers");
    string[] configured = section.Value is { } list
        ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        : [.. section.GetChildren().Select(child => child.Value?.Trim()).OfType<string>().Where(name => name.Length > 0)];
    return configured.Length > 0 ? configured : defaultWorkers;
}
