using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Wolverine.Http;

namespace GhostHands.Execution.Artifacts;

/// <summary><c>GET /api/v1/gh/jobs/{id}/artifacts/{name}</c>: a screenshot or other artifact a job recorded.</summary>
public static class GetArtifactEndpoint
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    [WolverineGet("/api/v1/gh/jobs/{id}/artifacts/{name}", OperationId = "getJobArtifact")]
    public static async Task<IResult> Get(Guid id, string name, IArtifactStore store, CancellationToken ct)
    {
        var stream = ArtifactNames.IsSafe(name) ? await store.OpenAsync(id, name, ct) : null;
        if (stream is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Artifact not found",
                detail: $"Job {id} has no artifact named '{name}'.");
        }

        var type = ContentTypes.TryGetContentType(name, out var known) ? known : "application/octet-stream";
        return Results.Stream(stream, type);
    }
}
