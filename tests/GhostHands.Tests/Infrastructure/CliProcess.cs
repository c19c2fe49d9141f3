using System.Diagnostics;
using System.Text.Json.Nodes;

namespace GhostHands.Tests.Infrastructure;

/// <summary>What one run of the command line printed and how it exited.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>stdout as one JSON document (for <c>--json</c>).</summary>
    public JsonNode Json() => JsonNode.Parse(Stdout) ?? throw new InvalidOperationException($"stdout is not JSON: {this}");

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>The built <c>ghosthands</c> command line, run as its own process (<c>dotnet ghosthands.dll ...</c>).</summary>
public static class CliProcess
{
    private static readonly string[] Inherited = ["GH_API_URL", "GH_SERVICE_SECRET", "ConnectionStrings__ghosthands"];

    public static string Dll => RepositoryPaths.Built("Cli", "ghosthands.dll");

    public static async Task<CliResult> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // Only what the test sets: never a developer's own configuration.
        foreach (var name in Inherited)
        {
            info.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"ghosthands {string.Join(' ', info.ArgumentList.Skip(1))} did not exit within 2 minutes; stderr so far: {await stderr}");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
