using System.Diagnostics;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Bench;

/// <summary><c>script/bench --help</c> answers with its usage at once: no build, no PostgreSQL, no Chromium.</summary>
public sealed class WhenAskingTheBenchScriptForHelp
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task It_prints_its_usage_and_exits_without_building(string flag)
    {
        var info = new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "script", "bench"), "enqueue", flag])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(deadline.Token);

        var output = await stdout + await stderr;
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("script/bench [enqueue|drain|latency|routing|forms|memory|peers|embeddings]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("building", output, StringComparison.Ordinal);
    }
}
