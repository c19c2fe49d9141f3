namespace GhostHands.Contracts;

/// <summary>What a stuck-job recovery did (docs/contract.md, Runbook).</summary>
/// <param name="Requeued">Jobs put back to pending.</param>
/// <param name="Failed">Jobs failed because they had no retries left.</param>
/// <param name="OlderThanSeconds">The heartbeat age that counted as stuck.</param>
public sealed record RecoverStuckResult(int Requeued, int Failed, int OlderThanSeconds);
