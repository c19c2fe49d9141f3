using System.Globalization;

namespace GhostHands.AppHost.Tests;

/// <summary>What <c>/proc</c> says about the processes of this machine.</summary>
internal static class Processes
{
    /// <summary>Processes whose environment holds <paramref name="variable"/>=<paramref name="value"/>.</summary>
    public static IReadOnlyList<(int Pid, string CommandLine)> WithEnvironment(string variable, string value)
    {
        var entry = $"{variable}={value}";
        return [.. All().Where(pid => Read($"/proc/{pid}/environ").Split('\0').Contains(entry)).Select(pid => (pid, CommandLine(pid)))];
    }

    /// <summary>Processes whose command line contains every one of <paramref name="parts"/>.</summary>
    public static IReadOnlyList<(int Pid, string CommandLine)> WithCommandLine(params string[] parts) =>
        [.. All().Select(pid => (pid, CommandLine(pid))).Where(p => parts.All(part => p.Item2.Contains(part, StringComparison.Ordinal)))];

    /// <summary>The direct children of <paramref name="parent"/>.</summary>
    public static IReadOnlyList<int> Children(int parent) =>
        [.. All().Where(pid => ParentOf(pid) == parent)];

    public static bool IsAlive(int pid) => Directory.Exists($"/proc/{pid}") && !Read($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);

    public static string CommandLine(int pid) => Read($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();

    private static int? ParentOf(int pid)
    {
        // stat is "pid (comm) state ppid ..."; comm may hold spaces and parentheses, so read after the last ')'.
        var stat = Read($"/proc/{pid}/stat");
        if (stat.LastIndexOf(')') is var end && end < 0)
        {
            return null;
        }

        var fields = stat[Math.Min(end + 2, stat.Length)..].Split(' ');
        return fields.Length > 1 && int.TryParse(fields[1], CultureInfo.InvariantCulture, out var parent) ? parent : null;
    }

    private static IEnumerable<int> All() =>
        Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Select(name => int.TryParse(name, CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && pid != Environment.ProcessId);

    /// <summary>Empty for a process that ended meanwhile or that this user may not read.</summary>
    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
