using System.Diagnostics;
using System.Globalization;
using GhostHands.Bench.Infrastructure;
using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Bench.Embeddings;

/// <summary>
/// What matching by meaning costs a worker, in this process: the private memory the sentence-embedding model adds
/// (loaded, then a few hundred distinct strings embedded) and the time per form question, both the embedding alone
/// and the whole answer search (rules, then similarity against every profile key). Targets: p50 under 5 ms per
/// question, at most 100 MiB added.
/// </summary>
internal static class EmbeddingsBenchmark
{
    public const double TargetP50Ms = 5;
    public const double TargetMib = 100;

    private static readonly string[] Stems =
    [
        "How many years have you worked with {0}?", "Do you have experience with {0}?", "Describe a project where you used {0}.",
        "Rate your proficiency in {0}", "Why are you interested in {0}?", "Have you led a team working on {0}?",
    ];

    private static readonly string[] Subjects =
    [
        "Kubernetes", "payments", "distributed systems", "React", "PostgreSQL", "machine learning", "customer support", "Rust",
        "mobile apps", "data pipelines", "security audits", "embedded firmware", "technical writing", "budget planning",
        "hiring", "public speaking", "accessibility", "cloud cost", "search ranking", "observability", "compilers",
        "game engines", "robotics", "healthcare data", "logistics", "fraud detection", "design systems", "e-commerce",
        "open source", "incident response", "networking", "video streaming", "translation", "legal tech", "biotech",
        "climate data", "education", "sales operations", "SEO", "GraphQL", "Kafka", "Terraform", "Go", "Elixir", "Swift",
        "Kotlin", "C++", "Scala", "Haskell", "COBOL",
    ];

    public static Task RunAsync(BenchRun run, CancellationToken ct)
    {
        var count = run.Quick ? 60 : 300;
        var questions = Subjects.SelectMany(s => Stems.Select(t => string.Format(CultureInfo.InvariantCulture, t, s))).Take(count).ToList();
        var input = new ApplyInput(ProfileKeys.All.ToDictionary(k => k.Key, k => k.Example), new Dictionary<string, string>(), null);

        // The topic rules predate the model: compile them first so that only the model's share is measured.
        AnswerFinder.Find("Which country do you live in?", "", input);
        var before = PrivateMib();
        var fileBefore = ResidentMib("RssFile:");
        var load = Stopwatch.StartNew();
        MiniLmEmbeddings.Shared.Embed("warm-up");
        load.Stop();
        var loaded = PrivateMib();
        var fileLoaded = ResidentMib("RssFile:");
        Progress($"model loaded in {load.ElapsedMilliseconds} ms");

        var embed = new List<double>(questions.Count);
        var cpu = new List<double>(questions.Count);
        foreach (var q in questions)
        {
            ct.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            var cpuStarted = ThreadCpu.Milliseconds();
            MiniLmEmbeddings.Shared.Embed(q);
            cpu.Add(ThreadCpu.Milliseconds() - cpuStarted);
            embed.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        // The whole search for questions not seen before; the profile's wordings are embedded by the first one.
        AnswerFinder.Find("warm-up question about nothing", "", input);
        var search = new List<double>(questions.Count);
        foreach (var q in questions)
        {
            var started = Stopwatch.GetTimestamp();
            AnswerFinder.Find($"{q} (please explain)", "", input);
            search.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var added = Math.Round(PrivateMib() - before, 1);
        var perEmbedding = Distribution.Of(embed);
        var perEmbeddingCpu = Distribution.Of(cpu);
        var perQuestion = Distribution.Of(search);
        Console.WriteLine($"\nembeddings ({MiniLmEmbeddings.ModelId}, {Environment.ProcessorCount} cores, load average {string.Join(", ", MachineInfo.LoadAverage())})");
        Console.WriteLine($"  model load + first embedding   {load.ElapsedMilliseconds} ms");
        Console.WriteLine($"  embedding per question         p50 {perEmbedding.P50} ms, p95 {perEmbedding.P95} ms ({perEmbedding.Count} distinct strings)");
        Console.WriteLine($"  CPU time per embedding         p50 {perEmbeddingCpu.P50} ms, p95 {perEmbeddingCpu.P95} ms (the calling thread: inference runs on it)");
        Console.WriteLine($"  answer search per question     p50 {perQuestion.P50} ms, p95 {perQuestion.P95} ms");
        Console.WriteLine($"  private memory added           {Math.Round(loaded - before, 1)} MiB by loading the model, {added} MiB with {2 * questions.Count} more strings embedded and cached");
        Console.WriteLine($"  file-backed memory added       {Math.Round(fileLoaded - fileBefore, 1)} MiB by loading the model (the model's assembly and ONNX Runtime's library: page cache, shared between processes)");

        run.Results.Targets.Add(new TargetCheck("embedding per question p50", $"< {TargetP50Ms} ms", perEmbedding.P50, run.Quick ? null : perEmbedding.P50 < TargetP50Ms));
        run.Results.Targets.Add(new TargetCheck("memory added by the embedding model", $"<= {TargetMib} MiB", added, run.Quick ? null : added <= TargetMib));
        return Task.CompletedTask;
    }

    /// <summary>Anonymous resident memory (RssAnon): what the process holds that no file backs, after a full collection.</summary>
    private static double PrivateMib()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return ResidentMib("RssAnon:");
    }

    /// <summary>One resident-memory line of /proc/self/status (RssAnon, RssFile) in MiB.</summary>
    private static double ResidentMib(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        var kib = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kib / 1024;
    }

    /// <summary>CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): the work itself, whatever else the machine runs.</summary>
    private static class ThreadCpu
    {
        private const int ClockThreadCpuTimeId = 3;

        public static double Milliseconds() => clock_gettime(ClockThreadCpuTimeId, out var t) == 0 ? (t.Seconds * 1e3) + (t.Nanoseconds / 1e6) : double.NaN;

        [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
        private static extern int clock_gettime(int clock, out TimeSpec time);

        [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }

    private static void Progress(string message) => BenchRun.Progress("embeddings", message);
}
