using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Architecture;

/// <summary>Production source files stay at most 300 lines: a longer one holds more than one thing.</summary>
public sealed class WhenASourceFileGrows
{
    private const int MaxLines = 300;

    private static readonly string[] NotProduction = ["tests", "bench", "bin", "obj", ".git"];

    [Fact]
    public void Every_production_source_file_is_at_most_300_lines()
    {
        var tooLong = ProductionSources()
            .Select(path => (Path: path, Lines: File.ReadLines(Path.Combine(RepositoryPaths.Root, path)).Count()))
            .Where(file => file.Lines > MaxLines)
            .Select(file => $"{file.Path}: {file.Lines} lines")
            .ToList();

        Assert.True(tooLong.Count == 0, $"Over {MaxLines} lines; split by what each part does:\n{string.Join('\n', tooLong)}");
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
