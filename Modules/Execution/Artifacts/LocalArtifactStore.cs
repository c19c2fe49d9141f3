using Microsoft.Extensions.Options;

namespace GhostHands.Execution.Artifacts;

/// <summary>Artifacts under <see cref="ArtifactsOptions.Root"/>/{jobId}/{fileName}.</summary>
internal sealed class LocalArtifactStore(IOptions<ArtifactsOptions> options) : IArtifactStore
{
    public async Task SaveAsync(Guid jobId, string fileName, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var path = PathOf(jobId, fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content, ct);
    }

    public Task<Stream?> OpenAsync(Guid jobId, string fileName, CancellationToken ct = default)
    {
        var path = PathOf(jobId, fileName);
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    private string PathOf(Guid jobId, string fileName) => ArtifactNames.IsSafe(fileName)
        ? Path.Combine(options.Value.Root, jobId.ToString("D"), fileName)
        : throw new ArgumentException($"'{fileName}' is not a safe artifact name.", nameof(fileName));
}
