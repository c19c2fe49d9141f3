namespace GhostHands.Routing.Runtime;

/// <summary>
/// Whose turn a new job is (migration 022): its notification names a turn from 0 to 63, and the turn belongs to the
/// active worker at position <c>turn % count</c> in worker id order. The list of active workers comes from the
/// registry with every heartbeat and whenever a worker registers or changes status, so two workers may briefly
/// disagree: then both claim at once, or neither and the other-turn delay brings a claim. A worker that is not in the
/// list (not yet known, or the list is empty) treats every turn as its own.
/// </summary>
internal sealed class ClaimTurns(string workerId)
{
    public const int Turns = 64;

    private volatile string[] activeWorkers = [];

    public IReadOnlyList<string> ActiveWorkers => activeWorkers;

    public void Update(IEnumerable<string> workerIds) => activeWorkers = [.. workerIds.Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="turn"/> is this worker's to claim at once.</summary>
    public bool IsMine(int turn)
    {
        var workers = activeWorkers;
        var position = Array.IndexOf(workers, workerId);
        return position < 0 || ((turn % Turns) + Turns) % Turns % workers.Length == position;
    }

    /// <summary>The turn of a <c>gh_job_created</c> payload: <c>#</c> and a number; null for any other payload.</summary>
    public static int? TurnOf(string payload) =>
        payload.Length > 1 && payload[0] == '#' && int.TryParse(payload.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var turn)
            ? turn
            : null;
}
