namespace GhostHands.Fixtures;

/// <summary>
/// The repository root and build configuration of the running program, found from its own location; the tests and the
/// benchmarks take the worker and API they start from the same place.
/// </summary>
public static class RepositoryLayout
{
    /// <summary>The nearest directory above the running program's binaries that holds GhostHands.Aspire.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release, whichever the running program was built as.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GhostHands.Aspire.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GhostHands.Aspire.sln not found above " + AppContext.BaseDirectory);
    }
}
