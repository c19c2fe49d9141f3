using System.Net;
using System.Text.Json.Nodes;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Jobs;

public sealed class WhenSubmittingAnApplicantProfile(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Every key of the contract, each in an accepted shape, plus a key the contract does not know yet.</summary>
    public static JsonObject FullProfile() => new()
    {
        ["first_name"] = "Ada", ["last_name"] = "Lovelace", ["email"] = "ada@example.com", ["phone"] = "+1 (415) 555-0142",
        ["linkedin_url"] = "https://www.linkedin.com/in/ada", ["address_line1"] = "12 Analytical Row", ["city"] = "San Francisco",
        ["state"] = "CA", ["postal_code"] = "94105", ["country"] = "US", ["current_company"] = "Engines Ltd",
        ["current_title"] = "Engineer", ["website"] = "https://ada.example.com", ["github_url"] = "https://github.com/ada",
        ["portfolio_url"] = "https://ada.example.com/work", ["years_experience"] = 7.5, ["salary_expectation"] = 120000,
        ["salary_currency"] = "USD", ["start_date"] = "2027-01-15", ["notice_period"] = "2 weeks",
        ["work_authorization"] = new JsonObject { ["US"] = "yes", ["Canada"] = false }, ["requires_sponsorship"] = "no",
        ["willing_to_relocate"] = true, ["work_arrangement"] = new JsonArray("remote", "Hybrid"),
        ["highest_education"] = "Bachelor's degree", ["school"] = "University of London", ["degree"] = "BSc Mathematics",
        ["languages"] = "English, French", ["skills"] = new JsonArray("C#", "PostgreSQL"), ["gender"] = "Female",
        ["ethnicity"] = "White", ["veteran_status"] = "I am not a veteran", ["disability_status"] = "No",
        ["pronouns"] = "she/her", ["favourite_colour"] = new JsonArray(1, 2),
    };

    [Fact]
    public async Task A_profile_with_every_key_and_an_unknown_one_is_accepted_and_kept_as_sent()
    {
        var profile = FullProfile();
        var response = await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new { input_data = new JsonObject { ["userData"] = profile, ["rememberAnswers"] = false } }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = JsonNode.Parse((await response.Read<Job>()).InputData.GetRawText())!;
        Assert.True(JsonNode.DeepEquals(profile, stored["userData"]), stored.ToJsonString());
        Assert.False((bool)stored["rememberAnswers"]!);
    }

    [Theory]
    [InlineData("requires_sponsorship", "true")]
    [InlineData("requires_sponsorship", "\"YES\"")]
    [InlineData("work_authorization", "\"no\"")]
    [InlineData("work_authorization", "false")]
    [InlineData("work_arrangement", "\"onsite\"")]
    [InlineData("salary_expectation", "\"120k-140k\"")]
    [InlineData("years_experience", "0")]
    [InlineData("skills", "[]")]
    [InlineData("city", "null")]
    public async Task Each_documented_alternative_shape_is_accepted(string field, string json)
    {
        var response = await client.PostJson("/api/v1/gh/jobs", WithProfileValue(field, json));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("first_name", "{}")]
    [InlineData("email", "true")]
    [InlineData("phone", "4155550142")]
    [InlineData("city", "12")]
    [InlineData("disability_status", "false")]
    [InlineData("years_experience", "\"seven\"")]
    [InlineData("years_experience", "-1")]
    [InlineData("years_experience", "101")]
    [InlineData("salary_expectation", "true")]
    [InlineData("salary_expectation", "-5")]
    [InlineData("salary_currency", "\"dollars\"")]
    [InlineData("start_date", "\"01/15/2027\"")]
    [InlineData("start_date", "\"2027-02-30\"")]
    [InlineData("work_authorization", "\"maybe\"")]
    [InlineData("work_authorization", "{\"US\": \"perhaps\"}")]
    [InlineData("work_authorization", "{}")]
    [InlineData("requires_sponsorship", "\"sometimes\"")]
    [InlineData("willing_to_relocate", "1")]
    [InlineData("work_arrangement", "\"office\"")]
    [InlineData("work_arrangement", "[\"remote\", \"moon\"]")]
    [InlineData("languages", "5")]
    [InlineData("skills", "[\"C#\", 3]")]
    public async Task A_wrong_type_is_a_400_naming_the_field_and_nothing_is_written(string field, string json)
    {
        var response = await client.PostJson("/api/v1/gh/jobs", WithProfileValue(field, json));

        await AssertRejected(response, $"input_data.userData.{field}");
    }

    [Theory]
    [InlineData("input_data.userData", """{"userData": "Ada"}""")]
    [InlineData("input_data.rememberAnswers", """{"rememberAnswers": "no"}""")]
    public async Task A_profile_that_is_not_an_object_or_a_non_boolean_rememberAnswers_is_refused(string field, string inputData)
    {
        var response = await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new { input_data = JsonNode.Parse(inputData) }));

        await AssertRejected(response, field);
    }

    [Fact]
    public async Task In_a_batch_only_the_entry_with_a_bad_profile_is_refused()
    {
        var good = JobJson.NewJob(new { input_data = new JsonObject { ["userData"] = FullProfile() } });
        var bad = WithProfileValue("years_experience", "\"many\"");

        var response = await client.PostJson("/api/v1/gh/jobs/batch", new { jobs = new[] { good, bad, good.DeepClone() } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadObject();
        Assert.Equal(2, body["created"]!.AsArray().Count);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal(1, (int)error["index"]!);
        Assert.Equal(["input_data.userData.years_experience"], error["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(2, await api.DataSource.Scalar<long>("SELECT count(*) FROM gh_automation_jobs"));
    }

    private static JsonObject WithProfileValue(string field, string json)
    {
        var profile = new JsonObject { ["first_name"] = "Ada", [field] = JsonNode.Parse(json) };
        return JobJson.NewJob(new { input_data = new JsonObject { ["userData"] = profile } });
    }

    private async Task AssertRejected(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObject();
        Assert.Equal("validation_failed", (string?)problem["code"]);
        Assert.Equal([field], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(0, await api.DataSource.Scalar<long>("SELECT count(*) FROM gh_automation_jobs"));
    }
}

public sealed class WhenReadingTheProfileInTheApiDescription(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_job_request_schema_describes_every_profile_key_and_rememberAnswers()
    {
        var document = await api.CreateClient().GetFromJson<JsonObject>("/openapi/v1.json");

        var request = document["components"]!["schemas"]!["CreateJobParams"]!;
        var input = request["properties"]!["input_data"]!["properties"]!;
        var profile = input["userData"]!["properties"]!.AsObject();
        Assert.Equal(
            WhenSubmittingAnApplicantProfile.FullProfile().Select(p => p.Key).Where(k => k != "favourite_colour").Order(StringComparer.Ordinal),
            profile.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("number", (string?)profile["years_experience"]!["type"]);
        Assert.Equal("date", (string?)profile["start_date"]!["format"]);
        Assert.Equal("boolean", (string?)input["rememberAnswers"]!["type"]);
    }
}
