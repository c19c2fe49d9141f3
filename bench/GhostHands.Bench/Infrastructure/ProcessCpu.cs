using System.Globalization;

namespace GhostHands.Bench.Infrastructure;

/// <summary>
/// CPU time (user + system) of a process tree from <c>/proc/PID/stat</c>: every live process under the root, plus what
/// the root's children that already exited used (the kernel adds a reaped child's time to its parent's cutime and
/// cstime), so PostgreSQL backends that came and went still count.
/// </summary>
internal static class ProcessCpu
{
    // USER_HZ: the unit of the times in /proc/PID/stat. 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    public static double TreeSeconds(int rootPid)
    {
        var parents = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Stat(pid) is { } stat)
            {
                parents[pid] = stat.Parent;
                ticks[pid] = stat.Ticks + (pid == rootPid ? stat.ChildTicks : 0);
            }
        }

        long total = 0;
        foreach (var (pid, own) in ticks)
        {
            if (IsInTree(pid, rootPid, parents))
            {
                total += own;
            }
        }

        return total / TicksPerSecond;
    }

    private static bool IsInTree(int pid, int rootPid, Dictionary<int, int> parents)
    {
        for (var p = pid; p > 1; p = parents.GetValueOrDefault(p))
        {
            if (p == rootPid)
            {
                return true;
            }
        }

        return false;
    }

    private static (int Parent, long Ticks, long ChildTicks)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // "pid (comm) state ppid ...": comm may hold spaces, so fields are counted after the last ')'. From there,
        // field 1 is ppid and fields 11-14 are utime, stime, cutime, cstime.
        var f = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long L(int i) => long.Parse(f[i], CultureInfo.InvariantCulture);
        return (int.Parse(f[1], CultureInfo.InvariantCulture), L(11) + L(12), L(13) + L(14));
    }
}
