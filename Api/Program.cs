using GhostHands.Api;
using GhostHands.Api.Dashboard;
using GhostHands.Api.Monitoring;
using GhostHands.Credentials;
using GhostHands.Execution;
using GhostHands.Jobs;
using GhostHands.Recovery;
using GhostHands.Routing;
using GhostHands.ServiceDefaults;
using GhostHands.Usage;
using Scalar.AspNetCore;
using Wolverine.Http;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    EnvironmentName = SeedEnvironment.EnvironmentName(),
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Configuration.AddSeedEnvironmentAliases();
builder.AddServiceDefaults();
builder.AddGhostHandsDataSource(npgsql => npgsql.ConnectionStringBuilder.Options = "-c gh.actor=api");
builder.AddApiHost();
builder.AddMonitoring();
builder.AddDashboard();
builder.AddJobsModule();
builder.AddJobStreaming();
builder.AddRoutingModule();
builder.AddRecoveryModule();
builder.AddExecutionEndpoints();
builder.AddUsageEndpoints();
builder.AddCredentialsEndpoints();
builder.AddGhostHandsMessaging();

var app = builder.Build();
app.UseApiLatency();
app.UseApiHost();
app.MapDefaultEndpoints();
app.MapMonitoringEndpoints();
app.MapDashboard();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapScalarApiReference("/docs").AllowAnonymous();
app.MapWolverineEndpoints(options =>
{
    options.RejectUnparseableQueryValues = true;
    options.ConfigureEndpoints(endpoint => endpoint.RequireAuthorization());
});
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
