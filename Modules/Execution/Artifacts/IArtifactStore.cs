using System.Text.RegularExpressions;

namespace GhostHands.Execution.Artifacts;

/// <summary>Job artifacts by job id and file name. Local disk today; the shape fits an object store.</summary>
public interface IArtifactStore
{
    Task SaveAsync(Guid jobId, string fileName, ReadOnlyMemory<byte> content, CancellationToken ct = default);

    /// <summary>The artifact's content, or null when there is none.</summary>
    Task<Stream?> OpenAsync(Guid jobId, string fileName, CancellationToken ct = default);
}

/// <summary>File names an artifact may have: no paths, no dot files, nothing a URL or a shell would treat specially.</summary>
public static partial class ArtifactNames
{
    public static bool IsSafe(string? name) => name is not null && SafeName().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal);

    /// <summary>The URL the API serves an artifact at.</summary>
    public static string Url(Guid jobId, string fileName) => $"/api/v1/gh/jobs/{jobId}/artifacts/{fileName}";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex SafeName();
}
