using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using GhostHands.Credentials;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GhostHands.Tests.Credentials;

/// <summary>Storing, listing, deleting and re-encrypting credentials over REST: no secret ever comes back.</summary>
public sealed class WhenManagingCredentialsOverRest(ApiFactory api, PostgresServer postgres) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private const string Password = "Pw-visible-only-to-the-worker-93";
    private readonly HttpClient client = api.CreateAuthenticatedClient();
    private readonly string user = $"/api/v1/gh/users/{JobJson.UserId}";

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Storing_a_sign_in_answers_its_metadata_and_never_the_secret()
    {
        var response = await client.PutAsJsonAsync($"{user}/credentials/Workday", new { username = "ada@example.org", password = Password, metadata = new { label = "main" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Password, body, StringComparison.Ordinal);
        Assert.DoesNotContain("ada@example.org", body, StringComparison.Ordinal);
        var stored = JsonNode.Parse(body)!;
        Assert.Equal("workday", (string?)stored["platform"]);
        Assert.Equal("password", (string?)stored["credential_type"]);
        Assert.Equal(EncryptionKey.IdOf(Convert.FromBase64String(ApiFactory.EncryptionKey)), (string?)stored["key_id"]);
        Assert.True((bool)stored["is_valid"]!);
        Assert.Equal("main", (string?)stored["metadata"]!["label"]);

        var list = await client.GetStringAsync($"{user}/credentials");
        Assert.DoesNotContain(Password, list, StringComparison.Ordinal);
        Assert.Single(JsonNode.Parse(list)!["credentials"]!.AsArray());
        var ciphertext = await api.DataSource.Scalar<byte[]>("SELECT encrypted_data FROM gh_user_credentials");
        Assert.DoesNotContain(Password, System.Text.Encoding.UTF8.GetString(ciphertext), StringComparison.Ordinal);
    }

    public static TheoryData<string, object, string> BadRequests => new()
    {
        { "/credentials/workday", new { username = "ada@example.org" }, "password" },
        { "/credentials/workday", new { password = Password }, "username" },
        { "/credentials/workday", new { credential_type = "session_cookies", token = "x" }, "credential_type" },
        { "/credentials/workday", new { credential_type = "api_key" }, "token" },
        { "/credentials/work%20day", new { username = "a", password = "b" }, "platform" },
        { "/credentials/workday", new { username = "a", password = "b", expires_at = "2001-01-01T00:00:00Z" }, "expires_at" },
        { "/credentials/workday", new { username = "a", password = "b", metadata = "not an object" }, "metadata" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_request_names_the_field_and_stores_nothing(string path, object body, string field)
    {
        var response = await client.PutAsJsonAsync(user + path, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadObject();
        Assert.Equal("validation_failed", (string?)problem["code"]);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        Assert.Equal(0L, await api.DataSource.Scalar<long>("SELECT count(*) FROM gh_user_credentials"));
    }

    [Fact]
    public async Task A_user_id_that_is_not_a_uuid_is_a_problem_naming_id()
    {
        var response = await client.GetAsync("/api/v1/gh/users/not-a-uuid/credentials");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadObject())["errors"]!.AsObject().ContainsKey("id"));
    }

    [Fact]
    public async Task Deleting_forgets_the_credential_and_a_second_delete_is_not_found()
    {
        await client.PutAsJsonAsync($"{user}/credentials/workday", new { username = "a", password = "b" });

        var deleted = await client.DeleteAsync($"{user}/credentials/workday");
        var again = await client.DeleteAsync($"{user}/credentials/workday?credential_type=password");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("credential_not_found", (string?)(await again.ReadObject())["code"]);
    }

    [Fact]
    public async Task Reencrypt_moves_rows_of_a_previous_key_to_the_current_one()
    {
        var oldKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var old = new CredentialVault(api.DataSource, Options.Create(new CredentialsOptions { EncryptionKey = oldKey }));
        await old.StoreLoginAsync(JobJson.UserId, "lever", new Secret("a"), new Secret("b"), null, null, default);
        await client.PutAsJsonAsync($"{user}/credentials/workday", new { username = "a", password = "b" });

        var response = await client.PostAsync("/api/v1/gh/credentials/reencrypt", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.ReadObject();
        // The API's vault does not know the old key: that row is reported, not lost.
        Assert.Equal(0, (int)result["reencrypted"]!);
        Assert.Equal(1, (int)result["already_current"]!);
        Assert.Single(result["failed"]!.AsArray());
    }

    [Fact]
    public async Task Without_an_encryption_key_storing_answers_503_and_nothing_is_written()
    {
        await using var keyless = new ApiFactory(postgres);
        keyless.Settings["Credentials:EncryptionKey"] = "";
        await keyless.InitializeAsync();
        var response = await keyless.CreateAuthenticatedClient().PutAsJsonAsync($"{user}/credentials/workday", new { username = "a", password = "b" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("credentials_vault_unavailable", (string?)(await response.ReadObject())["code"]);
        Assert.Equal(0L, await keyless.DataSource.Scalar<long>("SELECT count(*) FROM gh_user_credentials"));
    }

    [Fact]
    public async Task The_openapi_document_lists_the_user_and_credentials_endpoints()
    {
        var paths = (await api.CreateClient().GetFromJson<JsonObject>("/openapi/v1.json"))["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Contains("/api/v1/gh/users/{id}/usage", paths);
        Assert.Contains("/api/v1/gh/users/{id}/credentials", paths);
        Assert.Contains("/api/v1/gh/users/{id}/credentials/{platform}", paths);
        Assert.Contains("/api/v1/gh/credentials/reencrypt", paths);
    }

    [Theory]
    [InlineData("PUT", "/credentials/workday")]
    [InlineData("GET", "/credentials")]
    [InlineData("DELETE", "/credentials/workday")]
    [InlineData("GET", "/usage")]
    public async Task Every_user_endpoint_needs_the_service_key(string method, string path)
    {
        var response = await api.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), user + path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
