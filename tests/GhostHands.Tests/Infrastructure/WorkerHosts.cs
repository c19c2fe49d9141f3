using GhostHands.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GhostHands.Tests.Infrastructure;

/// <summary>Real workers, built exactly as the worker process builds them, started in this test process.</summary>
public static class WorkerHosts
{
    /// <summary>Settings that keep test workers quick to react; overridable per worker.</summary>
    public static readonly IReadOnlyDictionary<string, string?> TestDefaults = new Dictionary<string, string?>
    {
        ["Worker:HeartbeatInterval"] = "00:00:01",
        ["Worker:ShutdownTimeout"] = "00:00:05",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:GhostHands"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        ["Logging:LogLevel:Wolverine"] = "Error",
    };

    public static async Task<IHost> StartAsync(
        string connectionString,
        string workerId,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WorkerApp.CreateBuilder([$"--worker-id={workerId}"], config =>
        {
            config.AddInMemoryCollection(TestDefaults);
            config.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:ghosthands"] = connectionString });
            if (settings is not null)
            {
                config.AddInMemoryCollection(settings);
            }
        });
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static async Task StopAllAsync(IEnumerable<IHost> hosts)
    {
        await Task.WhenAll(hosts.Select(async h =>
        {
            await h.StopAsync();
            h.Dispose();
        }));
    }
}
