using System.Net;
using GhostHands.Api.Security;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Jobs;

public sealed class WhenCallingWithoutTheServiceKey(ApiFactory api) : IClassFixture<ApiFactory>
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "POST", "/api/v1/gh/jobs" },
        { "POST", "/api/v1/gh/jobs/batch" },
        { "GET", "/api/v1/gh/jobs" },
        { "GET", $"/api/v1/gh/jobs/{Guid.Empty}" },
        { "GET", $"/api/v1/gh/jobs/{Guid.Empty}/status" },
        { "GET", $"/api/v1/gh/jobs/{Guid.Empty}/events" },
        { "POST", $"/api/v1/gh/jobs/{Guid.Empty}/cancel" },
        { "POST", $"/api/v1/gh/jobs/{Guid.Empty}/retry" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_jobs_endpoint_answers_401_problem(string method, string url)
    {
        var response = await api.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_key_answers_401_and_writes_nothing()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add(ServiceKeyAuthenticationHandler.HeaderName, ApiFactory.ServiceSecret + "x");

        var response = await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await using var count = api.DataSource.CreateCommand("SELECT count(*) FROM gh_automation_jobs");
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/plain, image/png")]
    public async Task An_error_is_a_problem_document_whatever_the_client_accepts(string accept)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add(ServiceKeyAuthenticationHandler.HeaderName, ApiFactory.ServiceSecret);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/gh/no-such-resource");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":404", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_open()
    {
        var response = await api.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
