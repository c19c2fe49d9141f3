using System.Net;
using System.Text.Json.Nodes;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Jobs;

public sealed class WhenReadingTheApiDescription(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_openapi_document_lists_every_jobs_endpoint_without_authentication()
    {
        var document = await api.CreateClient().GetFromJson<JsonObject>("/openapi/v1.json");

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/gh/jobs", paths);
        Assert.Contains("/api/v1/gh/jobs/batch", paths);
        Assert.Contains("/api/v1/gh/jobs/{id}/cancel", paths);
        Assert.Contains("/api/v1/gh/workers", paths);
    }

    [Fact]
    public async Task The_reference_page_is_served_at_docs()
    {
        var response = await api.CreateClient().GetAsync("/docs/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
