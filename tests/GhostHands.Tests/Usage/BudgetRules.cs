using System.Net;
using System.Text.Json;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;
using GhostHands.Usage;
using Microsoft.Extensions.Configuration;

namespace GhostHands.Tests.Usage;

/// <summary>How a job's budget is chosen and when the preflight refuses it: pure, no database.</summary>
public sealed class WhenAJobsBudgetIsResolved
{
    private static readonly CostOptions Defaults = new();

    private static Job JobWith(string input = "{}", string metadata = "{}", string type = JobTypes.Apply) => new()
    {
        Id = Guid.NewGuid(), UserId = Guid.NewGuid(), CreatedBy = "api", JobType = type, TaskDescription = "",
        InputData = JsonDocument.Parse(input).RootElement, Priority = 5, MaxRetries = 0, RetryCount = 0, TimeoutSeconds = 300,
        Status = JobStatus.Running, ScreenshotUrls = [], ArtifactUrls = [], Metadata = JsonDocument.Parse(metadata).RootElement, Tags = [],
        LlmCostCents = 0, Attempt = 1, ErrorHistory = JsonDocument.Parse("[]").RootElement, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
    };

    [Theory]
    [InlineData("{}", "{}", null, "free", false, "speed", 5, 50)]
    [InlineData("{}", "{}", "pro", "pro", false, "quality", 50, 1000)]
    [InlineData("""{"tier": "starter"}""", "{}", "pro", "starter", true, "balanced", 25, 200)]
    [InlineData("""{"tier": "starter"}""", """{"subscription_tier": "Premium"}""", null, "premium", true, "quality", 50, 2500)]
    [InlineData("""{"quality_preset": "speed"}""", """{"subscription_tier": "enterprise"}""", null, "enterprise", true, "speed", 5, 10000)]
    [InlineData("""{"quality_preset": "quality"}""", """{"quality_preset": "balanced"}""", null, "free", false, "balanced", 25, 50)]
    [InlineData("""{"tier": "platinum", "quality_preset": "turbo"}""", "{}", null, "free", false, "speed", 5, 50)]
    public void The_job_names_win_then_the_stored_tier_then_free(
        string input, string metadata, string? storedTier, string tier, bool stated, string preset, int jobCents, int monthCents)
    {
        var budget = JobBudget.For(JobWith(input, metadata), storedTier, Defaults);

        Assert.Equal((tier, stated, preset, (decimal)jobCents, (decimal)monthCents), (budget.Tier, budget.TierStated, budget.Preset, budget.JobBudgetCents, budget.MonthlyBudgetCents));
    }

    [Theory]
    [InlineData(JobTypes.Apply, 50)]
    [InlineData(JobTypes.FillForm, 40)]
    [InlineData(JobTypes.Scrape, 30)]
    [InlineData(JobTypes.Custom, 50)]
    [InlineData("system.ping", 50)]
    public void Each_job_type_has_its_action_limit(string type, int limit) =>
        Assert.Equal(limit, JobBudget.For(JobWith(type: type), null, Defaults).ActionLimit);

    [Theory]
    [InlineData(45, true)]
    [InlineData(45.0001, false)]
    [InlineData(50, false)]
    [InlineData(0, true)]
    public void The_preflight_admits_a_job_only_while_the_month_covers_its_whole_budget(decimal spent, bool admitted)
    {
        var budget = JobBudget.For(JobWith(), null, Defaults); // free: 50 a month, a speed job 5

        var refusal = budget.Refusal(spent);

        Assert.Equal(admitted, refusal is null);
        if (!admitted)
        {
            Assert.Contains("Insufficient monthly budget", refusal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Configuration_replaces_single_amounts_and_keeps_the_other_defaults()
    {
        var options = new CostOptions();
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cost:MonthlyBudgetCents:pro"] = "2000",
            ["Cost:JobBudgetCents:speed"] = "2.5",
            ["Cost:ActionLimits:apply"] = "80",
            ["Cost:TierPresets:free"] = "balanced",
        }).Build().GetSection(CostOptions.Section).Bind(options);

        Assert.Equal(2000m, options.MonthlyBudgetCents["pro"]);
        Assert.Equal(50m, options.MonthlyBudgetCents["free"]);
        Assert.Equal(2.5m, options.JobBudgetCents["speed"]);
        Assert.Equal(80, options.ActionLimits[JobTypes.Apply]);
        Assert.Equal(30, options.ActionLimits[JobTypes.Scrape]);
        Assert.Empty(options.Problems());
        Assert.Equal("balanced", JobBudget.For(JobWith(), null, options).Preset);
    }

    [Fact]
    public void Unusable_amounts_are_each_reported()
    {
        var options = new CostOptions { DefaultActionLimit = 0, ActionCostCents = -1 };
        options.JobBudgetCents["quality"] = 0;
        options.TierPresets["pro"] = "fastest";
        options.MonthlyBudgetCents.Remove("starter");

        Assert.Equal(
            [
                "Cost:MonthlyBudgetCents:starter must be set to 0 or more.",
                "Cost:TierPresets:pro must name a quality preset (speed, balanced, quality).",
                "Cost:JobBudgetCents:quality must be set to more than 0.",
                "Cost:DefaultActionLimit must be at least 1.",
                "Cost:ActionCostCents must not be negative.",
            ],
            options.Problems());
    }
}

/// <summary>Tier and preset names in a job request are checked like every other field.</summary>
public sealed class WhenAJobNamesItsTierOrPreset(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("metadata", "subscription_tier", "gold")]
    [InlineData("metadata", "quality_preset", "turbo")]
    [InlineData("input_data", "tier", "platinum")]
    [InlineData("input_data", "quality_preset", "3")]
    public async Task An_unknown_name_is_a_problem_naming_the_field(string root, string property, string value)
    {
        var response = await api.CreateAuthenticatedClient().PostJson("/api/v1/gh/jobs",
            JobJson.NewJob(new Dictionary<string, object> { [root] = new Dictionary<string, string> { [property] = value } }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadObject())["errors"]!.AsObject().ContainsKey($"{root}.{property}"));
    }

    [Fact]
    public async Task Known_names_are_accepted()
    {
        var response = await api.CreateAuthenticatedClient().PostJson("/api/v1/gh/jobs", JobJson.NewJob(new
        {
            metadata = new { subscription_tier = "pro", quality_preset = "speed" },
            input_data = new { tier = "pro", quality_preset = "quality" },
        }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
