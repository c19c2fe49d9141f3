using System.Collections.Concurrent;
using System.Diagnostics;
using GhostHands.Fixtures;
using Npgsql;

namespace GhostHands.Bench.Infrastructure;

/// <summary>
/// One real worker process (<c>dotnet GhostHands.Worker.dll --worker-id=NAME</c>) as deployed: it migrates the
/// database at start-up and launches Debian's Chromium on its first browser job.
/// </summary>
internal sealed class WorkerUnderTest : IAsyncDisposable
{
    public const string WorkerId = "bench";

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private WorkerUnderTest(Process process, string workerId)
    {
        this.process = process;
        Id = workerId;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int ProcessId => process.Id;

    /// <summary>The worker id it was started with.</summary>
    public string Id { get; }

    /// <summary>CPU seconds the worker (and anything it started) has used so far.</summary>
    public double CpuSeconds => ProcessCpu.TreeSeconds(process.Id);

    /// <summary>What the worker wrote (warnings and errors only), for failure messages.</summary>
    public string Output => string.Join('\n', output.TakeLast(40));

    public static WorkerUnderTest Start(string connectionString, int maxConcurrentJobs, string artifactsRoot) =>
        Start(connectionString, WorkerId, new Dictionary<string, string>
        {
            ["MAX_CONCURRENT_JOBS"] = maxConcurrentJobs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GH_TARGET_ALLOWLIST"] = "loopback",
            ["GH_ARTIFACTS_ROOT"] = artifactsRoot,
        });

    /// <summary>A worker named <paramref name="workerId"/>, configured by <paramref name="environment"/> on top of the defaults.</summary>
    public static WorkerUnderTest Start(string connectionString, string workerId, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet", [RepositoryPaths.WorkerDll, $"--worker-id={workerId}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ConnectionStrings__ghosthands"] = connectionString;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return new WorkerUnderTest(Process.Start(info)!, workerId);
    }

    /// <summary>Waits until the worker has migrated the schema and registered itself as active.</summary>
    public async Task WaitUntilReadyAsync(NpgsqlDataSource db, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The worker exited with {process.ExitCode} during start-up:\n{Output}");
            }

            try
            {
                await using var command = db.CreateCommand("SELECT count(*) FROM gh_worker_registry WHERE worker_id = $1 AND status = 'active'");
                command.Parameters.Add(new NpgsqlParameter { Value = Id });
                if ((long)(await command.ExecuteScalarAsync(ct))! == 1)
                {
                    return;
                }
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                // Not migrated yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The worker did not register within {timeout}:\n{Output}");
            }

            await Task.Delay(100, ct);
        }
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
}

/// <summary>Where the built projects are: the repository root is found from this program's own location.</summary>
internal static class RepositoryPaths
{
    public static string Root => RepositoryLayout.Root;

    /// <summary>Debug or Release, whichever this program was built as; the worker and API are taken from the same configuration.</summary>
    public static string Configuration => RepositoryLayout.Configuration;

    public static string WorkerDll => Built("Worker", "GhostHands.Worker.dll");

    public static string ApiDll => Built("Api", "GhostHands.Api.dll");

    private static string Built(string project, string file)
    {
        var path = Path.Combine(Root, project, "bin", Configuration, "net10.0", file);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: build GhostHands.slnf (script/bench does).", path);
    }
}
