using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using GhostHands.Client;
using GhostHands.Jobs;
using GhostHands.Jobs.Submission;
using GhostHands.Routing.Registry;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Client;

/// <summary>
/// The client's response types against the server's: same JSON members, so a field added to the API is a failing
/// test here rather than a value the client silently drops.
/// </summary>
public sealed class ClientTypesMatchTheApi
{
    public static TheoryData<Type, Type> Pairs => new()
    {
        { typeof(AutomationJob), typeof(Job) },
        { typeof(AutomationJobEvent), typeof(JobEvent) },
        { typeof(BatchJobError), typeof(BatchError) },
        { typeof(BatchResult), typeof(BatchCreated) },
        { typeof(WorkerInfo), typeof(WorkerView) },
        { typeof(GhostHands.Client.QueueState), typeof(GhostHands.Routing.Registry.QueueState) },
        { typeof(JobList), typeof(GhostHands.Jobs.Queries.JobPage) },
        { typeof(JobEventList), typeof(GhostHands.Jobs.Queries.JobEventPage) },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_client_type_reads_every_member_the_api_writes(Type client, Type server) =>
        Assert.Equal(JsonMembers(server), JsonMembers(client));

    [Fact]
    public void The_recover_stuck_result_reads_the_members_the_endpoint_writes()
    {
        // The endpoint answers an anonymous object; its member names are in RecoverStuck.cs.
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Modules/Recovery/RecoverStuck.cs"));

        Assert.All(JsonMembers(typeof(RecoverStuckResult)), member => Assert.Contains($"{member} = ", source));
    }

    private static string[] JsonMembers(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name))
            .Order(StringComparer.Ordinal)
            .ToArray();
}

/// <summary>The README's VALET integration sample is the compiled <c>samples/ValetIntegration/Program.cs</c>, line for line.</summary>
public sealed class ReadmeSample
{
    private const string Heading = "## VALET integration";

    [Theory]
    [InlineData("README.md")]
    [InlineData("Client/README.md")]
    public void The_csharp_block_under_VALET_integration_is_the_sample_program(string readme)
    {
        var program = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples/ValetIntegration/Program.cs"));
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, readme));

        Assert.Equal(program.TrimEnd(), FirstCSharpBlockAfter(text, Heading));
    }

    private static string FirstCSharpBlockAfter(string markdown, string heading)
    {
        var section = markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(section >= 0, $"no '{heading}' heading");
        var start = markdown.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        var end = markdown.IndexOf("\n```", start, StringComparison.Ordinal);
        return markdown[start..end].TrimEnd();
    }
}
