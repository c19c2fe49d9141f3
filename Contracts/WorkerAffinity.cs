namespace GhostHands.Contracts;

/// <summary>How strictly a job with <c>target_worker_id</c> is bound to that worker.</summary>
public static class WorkerAffinity
{
    /// <summary>Only the target worker may run it. The default whenever a target is set.</summary>
    public const string Strict = "strict";

    /// <summary>The target worker first; any worker once the job has waited longer than the routing option allows.</summary>
    public const string Preferred = "preferred";

    /// <summary>Any worker; the target is only a hint.</summary>
    public const string Any = "any";

    /// <summary>Every affinity the API accepts.</summary>
    public static IReadOnlyList<string> All { get; } = [Strict, Preferred, Any];
}
