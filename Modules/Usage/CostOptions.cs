using GhostHands.Jobs;
using GhostHands.Schema;

namespace GhostHands.Usage;

/// <summary>
/// Every amount of cost control in one place (section <c>Cost</c>): monthly budgets per subscription tier, per-job
/// budgets per quality preset, the preset a tier gets when a job names none, action limits per job type and the price
/// of one browser action. Amounts are US cents with up to four decimals, like <c>llm_cost_cents</c>. Dictionary
/// entries given in configuration replace the default of that key only (<c>Cost__MonthlyBudgetCents__pro=2000</c>).
/// </summary>
public sealed class CostOptions
{
    public const string Section = "Cost";
    public const int DefaultActionLimitValue = 50;

    /// <summary>Monthly budget per tier. Defaults: free 50, starter 200, pro 1000, premium 2500, enterprise 10000.</summary>
    public Dictionary<string, decimal> MonthlyBudgetCents { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["free"] = 50m,
        ["starter"] = 200m,
        ["pro"] = 1000m,
        ["premium"] = 2500m,
        ["enterprise"] = 10000m,
    };

    /// <summary>Budget of one job per quality preset. Defaults: speed 5, balanced 25, quality 50.</summary>
    public Dictionary<string, decimal> JobBudgetCents { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["speed"] = 5m,
        ["balanced"] = 25m,
        ["quality"] = 50m,
    };

    /// <summary>
    /// The preset of a job that names none, by tier. Defaults: free speed, starter balanced, pro, premium and
    /// enterprise quality.
    /// </summary>
    public Dictionary<string, string> TierPresets { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["free"] = "speed",
        ["starter"] = "balanced",
        ["pro"] = "quality",
        ["premium"] = "quality",
        ["enterprise"] = "quality",
    };

    /// <summary>
    /// Browser actions one attempt may take, by job type. Defaults: apply 50, fill_form 40, scrape 30, custom 50;
    /// other types <see cref="DefaultActionLimit"/>.
    /// </summary>
    public Dictionary<string, int> ActionLimits { get; set; } = new(StringComparer.Ordinal)
    {
        [JobTypes.Apply] = 50,
        [JobTypes.FillForm] = 40,
        [JobTypes.Scrape] = 30,
        [JobTypes.Custom] = 50,
    };

    /// <summary>Action limit of job types not in <see cref="ActionLimits"/>; default 50.</summary>
    public int DefaultActionLimit { get; set; } = DefaultActionLimitValue;

    /// <summary>What one browser action costs; default 0 (only language-model calls cost money).</summary>
    public decimal ActionCostCents { get; set; }

    /// <summary>Every problem with these settings; empty when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var tier in BudgetNames.Tiers)
        {
            if (!MonthlyBudgetCents.TryGetValue(tier, out var monthly) || monthly < 0)
            {
                yield return $"Cost:MonthlyBudgetCents:{tier} must be set to 0 or more.";
            }

            if (!TierPresets.TryGetValue(tier, out var preset) || !BudgetNames.Presets.Contains(preset, StringComparer.OrdinalIgnoreCase))
            {
                yield return $"Cost:TierPresets:{tier} must name a quality preset ({string.Join(", ", BudgetNames.Presets)}).";
            }
        }

        foreach (var preset in BudgetNames.Presets)
        {
            if (!JobBudgetCents.TryGetValue(preset, out var budget) || budget <= 0)
            {
                yield return $"Cost:JobBudgetCents:{preset} must be set to more than 0.";
            }
        }

        foreach (var (type, limit) in ActionLimits.Where(l => l.Value < 1))
        {
            yield return $"Cost:ActionLimits:{type} must be at least 1 (it is {limit}).";
        }

        if (DefaultActionLimit < 1)
        {
            yield return "Cost:DefaultActionLimit must be at least 1.";
        }

        if (ActionCostCents < 0)
        {
            yield return "Cost:ActionCostCents must not be negative.";
        }
    }
}
