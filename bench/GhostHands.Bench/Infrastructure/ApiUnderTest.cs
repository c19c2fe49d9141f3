using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GhostHands.Bench.Infrastructure;

/// <summary>The real API process (<c>dotnet GhostHands.Api.dll</c>) on a free loopback port, as VALET's channel 2 reaches it.</summary>
internal sealed class ApiUnderTest : IAsyncDisposable
{
    public const string ServiceSecret = "bench-service-secret-0123456789";

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private ApiUnderTest(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public string Output => string.Join('\n', output.TakeLast(40));

    public double CpuSeconds => ProcessCpu.TreeSeconds(process.Id);

    public static async Task<ApiUnderTest> StartAsync(string connectionString, CancellationToken ct)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [RepositoryPaths.ApiDll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ConnectionStrings__ghosthands"] = connectionString;
        info.Environment["GH_SERVICE_SECRET"] = ServiceSecret;
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var api = new ApiUnderTest(Process.Start(info)!, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"));
        try
        {
            await api.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90), ct);
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    /// <summary>A client sending the service key, allowed <paramref name="connections"/> connections at once.</summary>
    public HttpClient CreateClient(int connections)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        client.DefaultRequestHeaders.Add("X-GH-Service-Key", ServiceSecret);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with {process.ExitCode} during start-up:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The API did not answer /health within {timeout}:\n{Output}");
            }

            await Task.Delay(100, ct);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
