using System.Globalization;

namespace GhostHands.Bench.Infrastructure;

/// <summary>
/// Memory of a process and all its descendants, read from <c>/proc</c>. Descendants are found through the parent
/// pid in <c>/proc/*/stat</c>, so Chromium's zygote-forked renderers count although they are not direct children.
/// </summary>
internal static class ProcessTreeMemory
{
    /// <summary>
    /// One reading of the tree rooted at <paramref name="rootPid"/>; processes that exit mid-read count as zero.
    /// PSS (<c>smaps_rollup</c>) costs the kernel a walk of every mapping, far more than VmRSS, so it is read only on request.
    /// </summary>
    public static TreeSample Read(int rootPid, bool withPss = false)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && ParentOf(pid) is { } parent)
            {
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
            }
        }

        long rss = 0, pss = 0;
        var byKind = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var pending = new Stack<int>([rootPid]);
        var count = 0;
        while (pending.TryPop(out var pid))
        {
            var processRss = Kilobytes($"/proc/{pid}/status", "VmRSS:") * 1024;
            rss += processRss;
            pss += withPss ? Kilobytes($"/proc/{pid}/smaps_rollup", "Pss:") * 1024 : 0;
            var kind = pid == rootPid ? "worker (.NET)" : KindOf(pid);
            byKind[kind] = byKind.GetValueOrDefault(kind) + processRss;
            count++;
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
            {
                pending.Push(child);
            }
        }

        return new TreeSample(rss, pss, count, byKind);
    }

    private static int? ParentOf(int pid)
    {
        var stat = TryRead($"/proc/{pid}/stat");
        if (stat is null)
        {
            return null;
        }

        // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so fields are counted after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[1], CultureInfo.InvariantCulture);
    }

    private static string KindOf(int pid)
    {
        // Chromium rewrites its process title, turning the NUL-separated arguments into one space-separated string.
        var cmdline = TryRead($"/proc/{pid}/cmdline")?.Split(['\0', ' '], StringSplitOptions.RemoveEmptyEntries) ?? [];
        var type = cmdline.FirstOrDefault(a => a.StartsWith("--type=", StringComparison.Ordinal))?["--type=".Length..];
        var exe = cmdline.FirstOrDefault() ?? "";
        return (type, exe) switch
        {
            ("renderer", _) => "chromium renderer",
            ("gpu-process", _) => "chromium gpu-process",
            ("utility", _) => "chromium utility",
            ("zygote", _) => "chromium zygote",
            (not null, _) => $"chromium {type}",
            (_, var e) when e.Contains("chrom", StringComparison.Ordinal) => "chromium browser",
            (_, var e) when e.EndsWith("node", StringComparison.Ordinal) => "playwright driver (node)",
            _ => Path.GetFileName(exe) is { Length: > 0 } name ? name : "other",
        };
    }

    private static long Kilobytes(string path, string field)
    {
        foreach (var line in (TryRead(path) ?? "").Split('\n'))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <param name="RssBytes">Sum of VmRSS over the tree; pages shared between processes count once per process.</param>
/// <param name="PssBytes">Sum of proportional set size: shared pages split between the processes sharing them.</param>
/// <param name="ByKind">VmRSS per kind of process (worker, Chromium browser, renderer, ...).</param>
internal sealed record TreeSample(long RssBytes, long PssBytes, int Processes, IReadOnlyDictionary<string, long> ByKind);

/// <summary>
/// Samples a process tree every 100 ms while some work runs. PSS is read only for a reading that sets a new RSS high,
/// so the cheap VmRSS walk keeps the interval and the reported peak still carries its PSS.
/// </summary>
internal static class TreeSampler
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    public static async Task<Sampled<T>> WhileAsync<T>(int rootPid, Func<Task<T>> work, CancellationToken ct)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var sampling = Task.Run(async () =>
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var samples = new List<TreeSample> { ProcessTreeMemory.Read(rootPid, withPss: true) };
            var high = samples[0].RssBytes;
            using var timer = new PeriodicTimer(Interval);
            try
            {
                while (await timer.WaitForNextTickAsync(done.Token))
                {
                    var sample = ProcessTreeMemory.Read(rootPid);
                    if (sample.RssBytes > high)
                    {
                        high = sample.RssBytes;
                        sample = ProcessTreeMemory.Read(rootPid, withPss: true);
                    }

                    samples.Add(sample);
                }
            }
            catch (OperationCanceledException)
            {
                // The work finished (or the run was interrupted).
            }

            // One closing reading, so work shorter than the interval is still seen at its end.
            samples.Add(ProcessTreeMemory.Read(rootPid, withPss: true));
            return (samples, started.Elapsed);
        }, CancellationToken.None);

        try
        {
            var result = await work();
            await done.CancelAsync();
            var (samples, elapsed) = await sampling;
            return new Sampled<T>(result, samples, elapsed);
        }
        finally
        {
            await done.CancelAsync();
            await sampling;
        }
    }
}

internal sealed record Sampled<T>(T Result, IReadOnlyList<TreeSample> Samples, TimeSpan Elapsed)
{
    /// <summary>The reading with the highest RSS (the last of equals, which carries PSS).</summary>
    public TreeSample Peak => Samples.OrderBy(s => s.RssBytes).ThenBy(s => s.PssBytes).Last();
}
