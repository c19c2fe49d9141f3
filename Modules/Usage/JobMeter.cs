using GhostHands.Jobs.Handling;

namespace GhostHands.Usage;

/// <summary>
/// The running bill of one attempt: counts browser actions against the action limit, tells whether a language-model
/// call fits what is left of the job's and the month's budget, and writes every charge at once (job row and usage
/// row, see <see cref="UsageLedger"/>). An attempt's steps run one after another, so the counters need no locking.
/// </summary>
public sealed class JobMeter
{
    private readonly UsageLedger ledger;
    private readonly JobContext context;
    private readonly decimal spentThisMonthAtStart;
    private readonly decimal actionCostCents;

    internal JobMeter(UsageLedger ledger, JobContext context, JobBudget budget, decimal spentThisMonthAtStart, decimal actionCostCents)
    {
        this.ledger = ledger;
        this.context = context;
        this.spentThisMonthAtStart = spentThisMonthAtStart;
        this.actionCostCents = actionCostCents;
        Budget = budget;
    }

    public JobBudget Budget { get; }

    /// <summary>Browser actions this attempt took.</summary>
    public int Actions { get; private set; }

    public long InputTokens { get; private set; }

    public long OutputTokens { get; private set; }

    /// <summary>Cents this attempt was charged.</summary>
    public decimal CostCents { get; private set; }

    /// <summary>What the job may still spend: the rest of its own budget (earlier attempts included) or of the month, whichever is less.</summary>
    public decimal AvailableCents => Math.Min(
        Math.Max(0, Budget.JobBudgetCents - (context.Job.LlmCostCents + CostCents)),
        Budget.RemainingCents(spentThisMonthAtStart + CostCents));

    /// <summary>
    /// Counts one browser action before it is taken (<paramref name="kind"/>: navigate, fill, click, ...).
    /// Throws <see cref="UsageLimitException"/> instead when the attempt has used its action limit, or when actions
    /// cost money and the budget cannot pay for one more.
    /// </summary>
    public async Task CountActionAsync(string kind)
    {
        if (Actions >= Budget.ActionLimit)
        {
            throw new UsageLimitException(ErrorCodes.ActionLimitExceeded,
                $"The job reached its limit of {Budget.ActionLimit} browser actions for a {context.Job.JobType} job before it could {kind}.");
        }

        if (actionCostCents > 0 && actionCostCents > AvailableCents)
        {
            throw new UsageLimitException(ErrorCodes.BudgetExceeded,
                $"The job's budget has no room for another browser action ({actionCostCents:0.####} cents; {AvailableCents:0.####} left).");
        }

        await ChargeAsync(new Charge(1, 0, 0, actionCostCents));
    }

    /// <summary>True when a call that may cost up to <paramref name="cents"/> fits the budget.</summary>
    public bool CanAfford(decimal cents) => cents <= AvailableCents;

    /// <summary>Charges a language-model call's tokens and price.</summary>
    public Task ChargeModelAsync(long inputTokens, long outputTokens, decimal cents) =>
        ChargeAsync(new Charge(0, inputTokens, outputTokens, cents));

    /// <summary>This attempt's totals, for events and results.</summary>
    public object Summary() => new
    {
        action_count = Actions,
        input_tokens = InputTokens,
        output_tokens = OutputTokens,
        total_tokens = InputTokens + OutputTokens,
        cost_cents = CostCents,
        job_budget_cents = Budget.JobBudgetCents,
        action_limit = Budget.ActionLimit,
        tier = Budget.Tier,
        quality_preset = Budget.Preset,
    };

    private async Task ChargeAsync(Charge charge)
    {
        // Counted whether or not the write lands: an attempt that lost its job is being stopped anyway.
        Actions += charge.Actions;
        InputTokens += charge.InputTokens;
        OutputTokens += charge.OutputTokens;
        CostCents += charge.CostCents;
        await ledger.ChargeAsync(context, charge, Budget.TierStated ? Budget.Tier : null, CancellationToken.None);
    }
}

/// <summary>A step refused by cost control: <see cref="ErrorCode"/> is <c>action_limit_exceeded</c> or <c>budget_exceeded</c>.</summary>
public sealed class UsageLimitException(string errorCode, string message) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;
}
