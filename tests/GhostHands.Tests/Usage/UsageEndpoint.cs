using System.Net;
using System.Text.Json.Nodes;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Usage;

/// <summary><c>GET /api/v1/gh/users/{id}/usage</c>: the month's usage against the tier's budget.</summary>
public sealed class WhenReadingAUsersUsage(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateAuthenticatedClient();

    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_user_with_nothing_recorded_has_the_free_tiers_whole_budget()
    {
        var usage = await client.GetFromJson<JsonObject>($"/api/v1/gh/users/{Guid.NewGuid()}/usage");

        Assert.Equal("free", (string?)usage["tier"]);
        Assert.Equal(50m, (decimal)usage["monthly_budget_cents"]!);
        Assert.Equal(50m, (decimal)usage["remaining_budget_cents"]!);
        Assert.Equal(0, (int)usage["job_count"]!);
        var start = DateOnly.Parse((string)usage["period_start"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, start.Day);
        Assert.Equal(start.AddMonths(1), DateOnly.Parse((string)usage["period_end"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_month_shows_its_counts_against_the_tiers_budget()
    {
        await api.DataSource.Execute("""
            INSERT INTO gh_user_usage (user_id, period_start, tier, job_count, action_count, input_tokens, output_tokens, total_cost_cents)
            VALUES ($1, date_trunc('month', now() AT TIME ZONE 'UTC')::date, 'starter', 3, 41, 2400, 16, 12.5)
            """, JobJson.UserId);

        var usage = await client.GetFromJson<JsonObject>($"/api/v1/gh/users/{JobJson.UserId}/usage");

        Assert.Equal(JobJson.UserId.ToString(), (string?)usage["user_id"]);
        Assert.Equal("starter", (string?)usage["tier"]);
        Assert.Equal((3, 41, 2400L, 16L, 2416L), ((int)usage["job_count"]!, (int)usage["action_count"]!, (long)usage["input_tokens"]!, (long)usage["output_tokens"]!, (long)usage["total_tokens"]!));
        Assert.Equal(12.5m, (decimal)usage["total_cost_cents"]!);
        Assert.Equal(200m, (decimal)usage["monthly_budget_cents"]!);
        Assert.Equal(187.5m, (decimal)usage["remaining_budget_cents"]!);
    }

    [Fact]
    public async Task An_earlier_month_is_read_with_period()
    {
        await api.DataSource.Execute(
            "INSERT INTO gh_user_usage (user_id, period_start, tier, job_count) VALUES ($1, '2025-11-01', 'pro', 7)", JobJson.UserId);

        var usage = await client.GetFromJson<JsonObject>($"/api/v1/gh/users/{JobJson.UserId}/usage?period=2025-11");

        Assert.Equal(7, (int)usage["job_count"]!);
        Assert.Equal("2025-11-01", (string?)usage["period_start"]);
        Assert.Equal("2025-12-01", (string?)usage["period_end"]);
    }

    [Theory]
    [InlineData("not-a-uuid/usage", "id")]
    [InlineData("6f1c1f2e-0000-4000-8000-000000000001/usage?period=2025-13", "period")]
    [InlineData("6f1c1f2e-0000-4000-8000-000000000001/usage?period=last", "period")]
    public async Task A_bad_id_or_period_is_a_problem_naming_it(string path, string field)
    {
        var response = await client.GetAsync($"/api/v1/gh/users/{path}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.ReadObject())["errors"]!.AsObject().ContainsKey(field));
    }
}
