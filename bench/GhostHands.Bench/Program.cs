using GhostHands.Bench;
using GhostHands.Bench.Memory;

// script/bench [NAME] [--quick] [--out PATH]: runs one benchmark, or every one when no name is given.
IReadOnlyList<Benchmark> benchmarks =
[
    new("memory", "resident memory of one worker with 1 and with 4 concurrent apply jobs", MemoryBenchmark.RunAsync),
];

var names = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(a)).ToList();
var unknown = names.Where(n => benchmarks.All(b => b.Name != n)).ToList();
if (unknown.Count > 0 || args.Contains("--help"))
{
    Console.Error.WriteLine("usage: script/bench [NAME...] [--quick] [--out PATH]");
    foreach (var b in benchmarks)
    {
        Console.Error.WriteLine($"  {b.Name,-10} {b.Description}");
    }

    return unknown.Count > 0 ? 2 : 0;
}

var options = new BenchOptions(Quick: args.Contains("--quick"), Out: OptionValue("--out"));
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var status = 0;
foreach (var benchmark in benchmarks.Where(b => names.Count == 0 || names.Contains(b.Name)))
{
    status = Math.Max(status, await benchmark.Run(options, stop.Token));
}

return status;

string? OptionValue(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

bool IsOptionValue(string arg)
{
    var i = Array.IndexOf(args, arg);
    return i > 0 && args[i - 1] == "--out";
}
