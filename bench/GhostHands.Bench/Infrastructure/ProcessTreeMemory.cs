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
    /// The detailed figures (PSS from <c>smaps_rollup</c>, distinct pages from <c>pagemap</c>) cost the kernel a walk
    /// of every mapping, far more than VmRSS, so they are read only on request.
    /// </summary>
    public static TreeSample Read(int rootPid, bool detailed = false)
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
        var frames = detailed ? new HashSet<long>() : null;
        var byKind = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var pending = new Stack<int>([rootPid]);
        var count = 0;
        while (pending.TryPop(out var pid))
        {
            var processRss = Kilobytes($"/proc/{pid}/status", "VmRSS:") * 1024;
            rss += processRss;
            if (frames is not null)
            {
                pss += Kilobytes($"/proc/{pid}/smaps_rollup", "Pss:") * 1024;
                AddResidentFrames(pid, frames);
            }

            var kind = pid == rootPid ? "worker (.NET)" : KindOf(pid);
            byKind[kind] = byKind.GetValueOrDefault(kind) + processRss;
            count++;
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
            {
                pending.Push(child);
            }
        }

        // Without CAP_SYS_ADMIN the kernel hides frame numbers (all read as zero): the distinct figure is unknown then.
        var resident = frames is { Count: > 0 } ? frames.Count * (long)Environment.SystemPageSize : (long?)null;
        return new TreeSample(rss, pss, resident, detailed, count, byKind);
    }

    /// <summary>
    /// Adds the physical frame of every resident page <paramref name="pid"/> maps, from <c>/proc/PID/pagemap</c>
    /// (one 64-bit entry per virtual page: bit 63 "present", bits 0-54 the frame number). Inaccessible reservations
    /// (<c>---p</c>, such as V8's address-space cages, often terabytes) hold no pages and are skipped.
    /// </summary>
    private static void AddResidentFrames(int pid, HashSet<long> frames)
    {
        var pageSize = Environment.SystemPageSize;
        var maps = TryRead($"/proc/{pid}/maps");
        if (maps is null)
        {
            return;
        }

        try
        {
            using var pagemap = File.OpenHandle($"/proc/{pid}/pagemap");
            var buffer = new byte[8 * 8192];
            foreach (var line in maps.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var fields = line.Split(' ', 3);
                if (fields[1].StartsWith("---", StringComparison.Ordinal) || line.EndsWith("[vsyscall]", StringComparison.Ordinal))
                {
                    continue;
                }

                var range = fields[0].Split('-');
                var start = long.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture) / pageSize;
                var end = long.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) / pageSize;
                for (var page = start; page < end;)
                {
                    var count = (int)Math.Min(end - page, buffer.Length / 8);
                    var read = RandomAccess.Read(pagemap, buffer.AsSpan(0, count * 8), page * 8) / 8;
                    if (read == 0)
                    {
                        break;
                    }

                    for (var i = 0; i < read; i++)
                    {
                        var entry = BitConverter.ToUInt64(buffer, i * 8);
                        var frame = (long)(entry & ((1UL << 55) - 1));
                        if ((entry & (1UL << 63)) != 0 && frame != 0)
                        {
                            frames.Add(frame);
                        }
                    }

                    page += read;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process exited mid-read.
        }
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
/// <param name="PssBytes">Sum of proportional set size: shared pages split between the processes sharing them (detailed readings only).</param>
/// <param name="ResidentBytes">
/// Distinct physical pages mapped by the tree: the memory it occupies, each shared page counted once (detailed readings
/// only; null when the kernel hides frame numbers).
/// </param>
/// <param name="ByKind">VmRSS per kind of process (worker, Chromium browser, renderer, ...).</param>
internal sealed record TreeSample(
    long RssBytes, long PssBytes, long? ResidentBytes, bool Detailed, int Processes, IReadOnlyDictionary<string, long> ByKind);

/// <summary>
/// Samples a process tree every 100 ms while some work runs. The detailed figures are read only when the cheap VmRSS
/// walk sets a new high, so the interval holds and the reported peak carries them.
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
            var samples = new List<TreeSample> { ProcessTreeMemory.Read(rootPid, detailed: true) };
            var high = samples[0].RssBytes;
            using var timer = new PeriodicTimer(Interval);
            try
            {
                while (await timer.WaitForNextTickAsync(done.Token))
                {
                    var sample = ProcessTreeMemory.Read(rootPid);
                    if (sample.RssBytes > high)
                    {
                        sample = ProcessTreeMemory.Read(rootPid, detailed: true);
                        high = Math.Max(high, sample.RssBytes);
                    }

                    samples.Add(sample);
                }
            }
            catch (OperationCanceledException)
            {
                // The work finished (or the run was interrupted).
            }

            // One closing reading, so work shorter than the interval is still seen at its end.
            samples.Add(ProcessTreeMemory.Read(rootPid, detailed: true));
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
    /// <summary>The detailed reading with the most distinct resident pages (or, when those are hidden, the highest PSS).</summary>
    public TreeSample Peak => Samples.Where(s => s.Detailed).MaxBy(s => (s.ResidentBytes ?? 0, s.PssBytes))!;
}
