using Microsoft.Extensions.Logging;

namespace GhostHands.Jobs.Streaming;

/// <summary>What the hub logs: its connection, and the renewals and catch-ups that fell back to the keep-alive reads.</summary>
public sealed partial class JobEventHub
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Listening for job events on " + Channel)]
    private partial void LogListening();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job event connection lost; reconnecting in {BackoffMs} ms (streams re-read at each keep-alive meanwhile)")]
    private partial void LogDisconnected(Exception error, double backoffMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the watched jobs' registrations; retrying (streams re-read at each keep-alive meanwhile)")]
    private partial void LogRenewalFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell whether the event writers in flight at a subscription finished; its subscriber reads again now")]
    private partial void LogCatchUpFailed(Exception error);
}
