namespace GhostHands.Contracts;

/// <summary>Whether workers may claim jobs (the emergency stop).</summary>
/// <param name="Paused">True while no worker claims anything.</param>
/// <param name="Reason">Why it was paused.</param>
/// <param name="ChangedBy">Who changed it last.</param>
/// <param name="ChangedAt">When.</param>
public sealed record QueueState(bool Paused, string? Reason, string? ChangedBy, DateTimeOffset ChangedAt);
