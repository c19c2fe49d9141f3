namespace GhostHands.Execution.Forms;

/// <summary>
/// The engine's own deadline inside the job's <c>timeout_seconds</c>: a form that cannot be finished (a step that keeps
/// refusing, controls that keep vanishing) ends with a reason the engine states, before the job's timeout would cut
/// it off with none. Checked before each click and each fill round, so it is overrun by at most one action.
/// </summary>
internal sealed partial class FormEngine
{
    /// <summary>Share of the job's timeout the engine may spend before it stops on its own.</summary>
    public const double BudgetShare = 0.75;

    private DateTime budgetEnds = DateTime.MaxValue;
    private DateTime budgetStarted;
    private string lastStep = "the first page";

    private void StartBudget()
    {
        budgetStarted = DateTime.UtcNow;
        budgetEnds = budgetStarted + TimeSpan.FromSeconds(session.Context.Job.TimeoutSeconds * BudgetShare);
    }

    private bool BudgetSpent => DateTime.UtcNow >= budgetEnds;

    /// <summary>The failure a spent budget ends the run with: how long it worked, where, and what the page said last.</summary>
    private FormOutcome.NotConfirmed OutOfTime(IReadOnlyList<string> errors)
    {
        var spent = (int)(DateTime.UtcNow - budgetStarted).TotalSeconds;
        var said = errors.Count > 0 ? $"; the page last reported: {Short(string.Join("; ", errors))}" : "";
        return new FormOutcome.NotConfirmed(
            $"Stopped after {spent} s of the job's {session.Context.Job.TimeoutSeconds} s without a confirmation, at {lastStep}{said}.", Filled, errors);
    }
}
