using GhostHands.Jobs;
using GhostHands.Schema;

namespace GhostHands.Usage;

/// <summary>
/// What one job may spend: its user's tier and monthly budget, its quality preset and per-job budget, and the action
/// limit of its type. <see cref="TierStated"/> says the job named its tier (then the usage row takes it over).
/// </summary>
public sealed record JobBudget(string Tier, bool TierStated, string Preset, decimal JobBudgetCents, decimal MonthlyBudgetCents, int ActionLimit)
{
    /// <summary>
    /// The budget of <paramref name="job"/>: the tier the job names, else <paramref name="storedTier"/> (the user's
    /// latest usage row), else <c>free</c>; the preset the job names, else the tier's default preset.
    /// </summary>
    public static JobBudget For(Job job, string? storedTier, CostOptions options)
    {
        var stated = BudgetNames.TierOf(job.InputData, job.Metadata);
        var tier = stated ?? (storedTier is not null && BudgetNames.Tiers.Contains(storedTier) ? storedTier : BudgetNames.Tiers[0]);
        var preset = BudgetNames.PresetOf(job.InputData, job.Metadata) ?? options.TierPresets[tier];
        var limit = options.ActionLimits.TryGetValue(job.JobType, out var l) ? l : options.DefaultActionLimit;
        return new JobBudget(tier, stated is not null, preset, options.JobBudgetCents[preset], options.MonthlyBudgetCents[tier], limit);
    }

    /// <summary>
    /// The preflight rule: a job starts only when what is left of the month's budget covers the job's whole budget.
    /// Returns null when it may start, else the reason, in words a person reads.
    /// </summary>
    public string? Refusal(decimal spentThisMonthCents)
    {
        var remaining = RemainingCents(spentThisMonthCents);
        return remaining >= JobBudgetCents
            ? null
            : $"Insufficient monthly budget: {remaining:0.####} of {MonthlyBudgetCents:0.####} cents left for tier {Tier}, "
              + $"a {Preset} job needs {JobBudgetCents:0.####}.";
    }

    public decimal RemainingCents(decimal spentThisMonthCents) => Math.Max(0, MonthlyBudgetCents - spentThisMonthCents);
}
