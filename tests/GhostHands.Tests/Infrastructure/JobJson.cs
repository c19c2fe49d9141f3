using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GhostHands.Jobs;

namespace GhostHands.Tests.Infrastructure;

/// <summary>The API's JSON conventions for test requests and assertions.</summary>
public static class JobJson
{
    public static JsonSerializerOptions Options => JobsModule.JsonOptions;

    public static readonly Guid UserId = Guid.Parse("6f1c1f2e-0000-4000-8000-000000000001");

    /// <summary>A valid create-job body; <paramref name="overrides"/> replace or add fields (null removes one).</summary>
    public static JsonObject NewJob(object? overrides = null)
    {
        var body = new JsonObject
        {
            ["job_type"] = "apply",
            ["target_url"] = "https://boards.example.com/acme/jobs/123",
            ["task_description"] = "Apply to the Software Engineer position",
            ["user_id"] = UserId.ToString(),
            ["input_data"] = new JsonObject { ["userData"] = new JsonObject { ["first_name"] = "Ada" } },
        };
        if (overrides is not null)
        {
            foreach (var (key, value) in JsonSerializer.SerializeToNode(overrides)!.AsObject())
            {
                if (value is null)
                {
                    body.Remove(key);
                }
                else
                {
                    body[key] = value.DeepClone();
                }
            }
        }

        return body;
    }

    public static async Task<T> Read<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Options))!;

    public static async Task<JsonObject> ReadObject(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, object body) =>
        client.PostAsync(url, JsonContent.Create(body, options: Options));
}

public static class HttpClientJsonExtensions
{
    public static async Task<T> GetFromJson<T>(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(JobJson.Options))!;
    }
}
