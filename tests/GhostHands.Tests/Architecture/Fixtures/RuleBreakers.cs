using GhostHands.Execution;
using GhostHands.Jobs.Handling;

namespace GhostHands.Tests.Architecture.Fixtures;

// Types the architecture rules are evaluated against to show that they fail when they should. They live here, not in
// a module, so that no production assembly ever breaks a rule.

/// <summary>Stands for a Credentials type reaching into Execution, which Credentials does not declare.</summary>
internal static class CredentialsReachingIntoExecution
{
    public static ExecutionOptions Defaults() => new();
}

/// <summary>Stands for a Credentials type that uses Jobs, which it declares.</summary>
internal static class CredentialsUsingJobs
{
    public static string Describe(IJobHandler handler) => handler.JobType;
}

/// <summary>Stands for a host that declares a message handler (Wolverine's <c>Handle</c> convention) instead of composing.</summary>
internal static class HostHandlingAMessage
{
    public static string Handle(string message) => message;
}

/// <summary>Stands for a host that runs a job type itself instead of registering a module's handler.</summary>
internal sealed class HostRunningAJob : IJobHandler
{
    public string JobType => "fixture.never_registered";

    public Task<JobOutcome> ExecuteAsync(JobContext context) => throw new NotSupportedException("Never run: a fixture for the architecture rules.");
}

/// <summary>Stands for a host that exposes a type for other projects to build on.</summary>
public static class HostExposingAService
{
    public static TimeSpan Interval => TimeSpan.FromSeconds(1);
}
