using GhostHands.Fixtures;

namespace GhostHands.Tests.Infrastructure;

/// <summary>Where the built projects are, relative to the repository root (found from the test's own location).</summary>
public static class RepositoryPaths
{
    public static string Root => RepositoryLayout.Root;

    /// <summary>Debug or Release, whichever this test assembly was built as.</summary>
    public static string Configuration => RepositoryLayout.Configuration;

    public static string WorkerDll => Built("Worker", "GhostHands.Worker.dll");

    public static string Built(string project, string file)
    {
        var path = Path.Combine(Root, project, "bin", Configuration, "net10.0", file);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: build the solution (script/test does).", path);
    }

    /// <summary>A file of the repository as text; fails the test when it is missing.</summary>
    public static string Read(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        Assert.True(File.Exists(path), $"{relativePath} is missing from {Root}.");
        return File.ReadAllText(path);
    }
}
