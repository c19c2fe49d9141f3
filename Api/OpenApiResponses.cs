using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GhostHands.Api;

/// <summary>
/// Adds to each operation of <c>/openapi/v1.json</c> the answers the endpoint metadata does not show but the API
/// gives (found by the fuzz test <c>WhenTheApiIsFuzzed</c>): 401 without the service key, 400 for a bad parameter or
/// body, 415/406 for a body that is not JSON or a response the caller will not accept, 409 for an action the job's
/// state does not allow or a taken idempotency key, 201, not 200, for the two submissions, and 204, not 200, for a deletion. Every error is an
/// RFC 9457 problem (<c>application/problem+json</c>).
/// </summary>
internal sealed class OpenApiResponses : IOpenApiOperationTransformer
{
    private static readonly HashSet<string> Creating = ["createJob", "createBatch"];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var method = context.Description.HttpMethod ?? "GET";
        var route = context.Description.RelativePath ?? "";
        var hasBody = operation.RequestBody is not null;
        operation.Responses ??= [];

        if (operation.OperationId is { } id && Creating.Contains(id) && operation.Responses.Remove("200", out var created))
        {
            operation.Responses["201"] = created;
        }

        if (method == "DELETE" && operation.Responses.Remove("200"))
        {
            operation.Responses["204"] = new OpenApiResponse { Description = "Deleted, or already gone." };
        }

        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            Problem(operation, "401", "The X-GH-Service-Key header is missing or wrong.");
        }

        if (hasBody || operation.Parameters is { Count: > 0 })
        {
            Problem(operation, "400", "A parameter or the body is invalid; errors names each field. Nothing was written.");
        }

        if (hasBody)
        {
            Problem(operation, "415", "The body is not sent as application/json.");
            Problem(operation, "406", "The Accept header rules out application/json.");
        }

        if (route.Contains('{', StringComparison.Ordinal))
        {
            Problem(operation, "404", "Nothing has that id.");
        }

        if ((method is "POST" or "PUT" && route.Contains('{', StringComparison.Ordinal)) || operation.OperationId == "createJob")
        {
            Problem(operation, "409", "The job's state does not allow this, or the idempotency key belongs to another job.");
        }

        return Task.CompletedTask;
    }

    private static void Problem(OpenApiOperation operation, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
        };
    }
}
