namespace GhostHands.Cli;

/// <summary>What the process exit code of <c>ghosthands</c> means (README "Command line" lists the same).</summary>
public static class ExitCodes
{
    /// <summary>Done; with <c>--wait</c> or <c>jobs watch</c>, the job completed.</summary>
    public const int Ok = 0;

    /// <summary>The job ended failed, cancelled or expired.</summary>
    public const int JobNotCompleted = 1;

    /// <summary>Bad arguments or missing configuration, or the API rejected the input as invalid (HTTP 400).</summary>
    public const int Usage = 2;

    /// <summary>The API or database could not be reached, refused the service key, or failed (5xx, unexpected answer).</summary>
    public const int Unavailable = 3;

    /// <summary>No such job or worker (404), or the action does not fit its current state or the key is taken (409).</summary>
    public const int NotFoundOrConflict = 4;

    /// <summary><c>--timeout</c> passed before the job ended; the job itself goes on.</summary>
    public const int TimedOut = 5;

    /// <summary>Interrupted (Ctrl-C); the job itself goes on.</summary>
    public const int Interrupted = 130;
}
