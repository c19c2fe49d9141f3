using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Architecture;

/// <summary>Production source files stay at most 300 lines: a longer one holds more than one thing.</summary>
public sealed class WhenASourceFileGrows
{
    private const int MaxLines = 300;

    /// <summary>
    /// Files over the limit that are being split. The list only shrinks: once a listed file is split (or gone), the
    /// second test fails until its entry is removed.
    /// </summary>
    private static readonly string[] BeingSplit = ["Modules/Routing/Runtime/WorkerRuntime.cs"];

    private static readonly string[] NotProduction = ["tests", "bench", "bin", "obj", ".git"];

    [Fact]
    public void Every_production_source_file_is_at_most_300_lines()
    {
        var tooLong = ProductionSources()
            .Select(path => (Path: path, Lines: File.ReadLines(Path.Combine(RepositoryPaths.Root, path)).Count()))
            .Where(file => file.Lines > MaxLines && !BeingSplit.Contains(file.Path))
            .Select(file => $"{file.Path}: {file.Lines} lines")
            .ToList();

        Assert.True(tooLong.Count == 0, $"Over {MaxLines} lines; split by what each part does:\n{string.Join('\n', tooLong)}");
    }

    [Fact]
    public void A_file_listed_as_being_split_is_still_over_the_limit()
    {
        foreach (var path in BeingSplit)
        {
            var full = Path.Combine(RepositoryPaths.Root, path);
            Assert.True(File.Exists(full), $"{path} is gone: remove it from the list.");
            Assert.True(File.ReadLines(full).Count() > MaxLines, $"{path} is split: remove it from the list.");
        }
    }

    [Fact]
    public void The_scan_sees_the_production_projects_and_nothing_of_tests_or_generated_code()
    {
        var sources = ProductionSources().ToList();

        Assert.Contains("Client/GhostHandsClient.cs", sources);
        Assert.Contains("Modules/Jobs/JobsModule.cs", sources);
        Assert.DoesNotContain(sources, path => path.StartsWith("tests/", StringComparison.Ordinal) || path.StartsWith("bench/", StringComparison.Ordinal));
        Assert.DoesNotContain(sources, path => path.Contains("/obj/", StringComparison.Ordinal) || path.EndsWith(".g.cs", StringComparison.Ordinal));
    }

    /// <summary>Every .cs file of the repository, relative and with '/', outside tests, bench, build output and generated code.</summary>
    private static IEnumerable<string> ProductionSources() =>
        Directory.EnumerateFiles(RepositoryPaths.Root, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !path.Split('/').Any(NotProduction.Contains))
            .Where(path => !path.EndsWith(".g.cs", StringComparison.Ordinal) && !path.EndsWith(".Designer.cs", StringComparison.Ordinal));
}
