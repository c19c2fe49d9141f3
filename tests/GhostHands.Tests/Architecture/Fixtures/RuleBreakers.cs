using GhostHands.Execution;
using GhostHands.Jobs;
using GhostHands.Jobs.Handling;
using GhostHands.Schema;

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

/// <summary>Stands for a Schema type reaching into the Jobs module, above it.</summary>
internal static class SchemaReachingIntoJobs
{
    public static object Missing(Guid id) => JobProblems.NotFound(id);
}

/// <summary>Stands for a Schema type that uses the wire types, below it.</summary>
internal static class SchemaUsingContracts
{
    public static bool Finished(Job job) => job.Status.IsTerminal();
}

/// <summary>Stands for a Contracts type reaching into Schema, which would make the wire types carry Npgsql.</summary>
internal static class ContractsReachingIntoSchema
{
    public static bool Valid(CreateJobParams request) => JobRules.Validate(request).Count == 0;
}

/// <summary>Stands for a CLI type reaching into the Jobs module instead of going through the Client or Schema.</summary>
internal static class CommandLineReachingIntoJobs
{
    public static System.Text.Json.JsonSerializerOptions Json => JobsModule.JsonOptions;
}
