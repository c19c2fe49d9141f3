using System.Globalization;
using GhostHands.Jobs;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Wolverine.Http;

namespace GhostHands.Usage;

/// <summary>A user's month as <c>GET /users/{id}/usage</c> shows it. Amounts in cents; the period is a UTC calendar month.</summary>
public sealed record UserUsageView(
    Guid UserId,
    string Tier,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal MonthlyBudgetCents,
    decimal TotalCostCents,
    decimal RemainingBudgetCents,
    int JobCount,
    int ActionCount,
    long InputTokens,
    long OutputTokens,
    long TotalTokens,
    DateTimeOffset? UpdatedAt);

/// <summary>
/// <c>GET /api/v1/gh/users/{id}/usage</c>: the user's usage and budget this month, or in <c>period=YYYY-MM</c>.
/// A user with no recorded usage gets zeros and the full budget of their tier (free when unknown).
/// </summary>
public static class GetUserUsageEndpoint
{
    [WolverineGet("/api/v1/gh/users/{id}/usage", OperationId = "getUserUsage")]
    public static async Task<IResult> Get(string id, string? period, UsageLedger ledger, IOptions<CostOptions> options, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Guid.TryParse(id, out var userId))
        {
            errors["id"] = ["id must be the user's UUID."];
        }

        DateOnly month = default;
        if (period is not null && !DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month))
        {
            errors["period"] = ["period must be a month as YYYY-MM."];
        }

        if (errors.Count > 0)
        {
            return JobProblems.Validation(errors).ToResult();
        }

        var usage = period is null ? await ledger.CurrentMonthAsync(userId, ct) : await ledger.MonthAsync(userId, month, ct);
        var budget = options.Value.MonthlyBudgetCents.GetValueOrDefault(usage.Tier);
        return Results.Ok(new UserUsageView(
            userId, usage.Tier, usage.PeriodStart, usage.PeriodStart.AddMonths(1), budget, usage.TotalCostCents,
            Math.Max(0, budget - usage.TotalCostCents), usage.JobCount, usage.ActionCount, usage.InputTokens, usage.OutputTokens,
            usage.InputTokens + usage.OutputTokens, usage.UpdatedAt));
    }
}
