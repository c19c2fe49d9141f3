using GhostHands.AppHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

var builder = DistributedApplication.CreateBuilder(args);

// Everything the stack is told lives here; script/server only installs what is missing and runs this.
var apiPort = builder.Configuration.GetValue("GH_API_PORT", 3100);
var apiUrl = string.Create(CultureInfo.InvariantCulture, $"http://localhost:{apiPort}");
var workers = Workers.Names(builder.Configuration);
var secrets = DevelopmentSecrets.Resolve(builder.Configuration, Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".tmp")));
// Processes do not inherit the AppHost's environment name, so it is passed on (Development under dotnet run).
var environment = builder.Environment.EnvironmentName;
// A development stack may automate pages served on this machine; other environments refuse them.
var targetAllowList = builder.Configuration["GH_TARGET_ALLOWLIST"] ?? (builder.Environment.IsDevelopment() ? "loopback" : "");
// On Ctrl-C a worker must hand its running jobs back within the orchestrator's grace period (see WorkersStopFirst).
var workerShutdownTimeout = builder.Configuration["Worker:ShutdownTimeout"]
    ?? WorkersStopFirst.WorkerShutdownTimeout.ToString("c", CultureInfo.InvariantCulture);

var serviceSecret = builder.AddParameter("gh-service-secret", secrets.ServiceSecret, secret: true);
var encryptionKey = builder.AddParameter("gh-encryption-key", secrets.EncryptionKey, secret: true);

var source = Database.Choose(builder.Configuration);
var (database, server) = Database.Add(builder, source);

// Launch profiles are skipped so that this file alone decides ports, arguments and environment.
var api = builder.AddProject<Projects.GhostHands_Api>("api", launchProfileName: null)
    .WithHttpEndpoint(port: apiPort, env: "GH_API_PORT")
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    .WithUrlForEndpoint("http", url => url.DisplayText = "API")
    .WithUrl(apiUrl + "/docs", "API docs")
    .WithUrl(apiUrl + "/dashboard", "GhostHands dashboard")
    .WithEnvironment("DOTNET_ENVIRONMENT", environment)
    .WithEnvironment("GH_SERVICE_SECRET", serviceSecret)
    .WithEnvironment("GH_ENCRYPTION_KEY", encryptionKey)
    .WithReference(database)
    .PrintsWhereEverythingIs(apiUrl, workers, secrets, source);

foreach (var workerId in workers)
{
    builder.AddProject<Projects.GhostHands_Worker>($"worker-{workerId}", launchProfileName: null)
        .WithArgs($"--worker-id={workerId}")
        .WithEnvironment("DOTNET_ENVIRONMENT", environment)
        .WithEnvironment("GH_TARGET_ALLOWLIST", targetAllowList)
        .WithEnvironment("Worker__ShutdownTimeout", workerShutdownTimeout)
        .WithEnvironment("GH_ENCRYPTION_KEY", encryptionKey)
        .WithReference(database)
        // The API migrates the schema before it answers /health; a worker started earlier would find no tables.
        .WaitFor(api)
        .WithRestartOnCrash();
}

if (server is not null)
{
    api.WaitFor(server);
}

builder.Build().Run();
