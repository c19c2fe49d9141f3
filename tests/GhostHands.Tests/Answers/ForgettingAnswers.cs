using System.Net;
using System.Text.Json.Nodes;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Answers;

public sealed class WhenSavedAnswersAreDeleted(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();
    private readonly Guid user = Guid.NewGuid();

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Deleting_one_forgets_only_that_one_and_a_second_delete_is_404()
    {
        await client.ResumeAsync(await api.DataSource.PausedJobAsync(user), new() { ["Security clearance ID"] = "TS-1234", ["Notice period?"] = "2 weeks" });
        var clearance = (string)Assert.Single(await client.AnswersAsync(user), a => (string?)a!["question"] == "Security clearance ID")!["id"]!;

        var deleted = await client.DeleteAsync($"/api/v1/gh/users/{user}/answers/{clearance}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("Notice period?", (string?)Assert.Single(await client.AnswersAsync(user))!["question"]);
        var again = await client.DeleteAsync($"/api/v1/gh/users/{user}/answers/{clearance}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("answer_not_found", (string?)(await again.ReadObject())["code"]);
    }

    [Fact]
    public async Task Another_users_answer_cannot_be_deleted_through_this_user()
    {
        var other = Guid.NewGuid();
        await client.ResumeAsync(await api.DataSource.PausedJobAsync(other), new() { ["Security clearance ID"] = "TS-5678" });
        var theirs = (string)Assert.Single(await client.AnswersAsync(other))!["id"]!;

        var response = await client.DeleteAsync($"/api/v1/gh/users/{user}/answers/{theirs}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(await client.AnswersAsync(other));
    }

    [Fact]
    public async Task Deleting_all_forgets_every_answer_of_the_user_and_no_one_elses()
    {
        var other = Guid.NewGuid();
        await client.ResumeAsync(await api.DataSource.PausedJobAsync(user), new() { ["Security clearance ID"] = "TS-1234", ["Notice period?"] = "2 weeks" });
        await client.ResumeAsync(await api.DataSource.PausedJobAsync(other), new() { ["Security clearance ID"] = "TS-5678" });

        var response = await client.DeleteAsync($"/api/v1/gh/users/{user}/answers");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await client.AnswersAsync(user));
        Assert.Single(await client.AnswersAsync(other));
    }

    [Theory]
    [InlineData("GET", "/api/v1/gh/users/not-a-uuid/answers", "id")]
    [InlineData("DELETE", "/api/v1/gh/users/not-a-uuid/answers", "id")]
    [InlineData("DELETE", "/api/v1/gh/users/6f1c1f2e-0000-4000-8000-000000000001/answers/42", "answerId")]
    public async Task A_bad_id_is_a_400_naming_it(string method, string path, string field)
    {
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadObject();
        Assert.Equal("validation_failed", (string?)problem["code"]);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Theory]
    [InlineData("GET", "/answers")]
    [InlineData("DELETE", "/answers")]
    [InlineData("DELETE", "/answers/6f1c1f2e-0000-4000-8000-000000000002")]
    public async Task Without_the_service_key_the_answers_endpoints_answer_401(string method, string suffix)
    {
        var anonymous = api.CreateClient();

        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/v1/gh/users/{user}{suffix}"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_answers_endpoints_are_in_the_openapi_document()
    {
        var document = await api.CreateClient().GetFromJson<JsonObject>("/openapi/v1.json");

        var paths = document["paths"]!.AsObject();
        Assert.NotNull(paths["/api/v1/gh/users/{id}/answers"]!["get"]);
        Assert.NotNull(paths["/api/v1/gh/users/{id}/answers"]!["delete"]);
        Assert.NotNull(paths["/api/v1/gh/users/{id}/answers/{answerId}"]!["delete"]);
    }
}
