using GhostHands.Jobs.Handling;
using Microsoft.Extensions.Options;

namespace GhostHands.Usage;

/// <summary>The outcome of a preflight: a meter when the job may run, else the refusal and what it was based on.</summary>
public sealed record Preflight(JobMeter? Meter, string? Refusal, JobBudget Budget, decimal RemainingMonthCents)
{
    /// <summary>Metadata of the <c>budget_preflight_failed</c> event and the job's <c>error_details</c>.</summary>
    public object Details => new
    {
        reason = Refusal,
        tier = Budget.Tier,
        quality_preset = Budget.Preset,
        remaining_budget_cents = RemainingMonthCents,
        task_budget_cents = Budget.JobBudgetCents,
        monthly_budget_cents = Budget.MonthlyBudgetCents,
    };
}

/// <summary>
/// The contract's cost control before a job runs: reads the user's month, resolves the job's budget and refuses a job
/// whose budget the month can no longer cover. Call it before anything costly (a browser context) is acquired.
/// </summary>
public sealed class CostControl(UsageLedger ledger, IOptions<CostOptions> options)
{
    public async Task<Preflight> PreflightAsync(JobContext context)
    {
        var ct = context.CancellationToken;
        var month = await ledger.CurrentMonthAsync(context.Job.UserId, ct);
        var budget = JobBudget.For(context.Job, month.Tier, options.Value);
        var remaining = budget.RemainingCents(month.TotalCostCents);
        if (budget.Refusal(month.TotalCostCents) is { } refusal)
        {
            return new Preflight(null, refusal, budget, remaining);
        }

        await ledger.StartAsync(context, budget.TierStated ? budget.Tier : null, ct);
        return new Preflight(new JobMeter(ledger, context, budget, month.TotalCostCents, options.Value.ActionCostCents), null, budget, remaining);
    }
}
