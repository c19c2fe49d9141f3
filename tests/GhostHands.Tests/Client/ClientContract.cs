using System.Reflection;
using GhostHands.Client;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Client;

/// <summary>
/// The client answers with the contract's wire types, the ones the API itself serializes, so a field added to the API
/// reaches the client with no copy to keep in step.
/// </summary>
public sealed class ClientAnswersWithTheWireTypes
{
    public static TheoryData<Type> Clients => [typeof(GhostHandsClient), typeof(GhostHandsDatabaseClient)];

    [Theory]
    [MemberData(nameof(Clients))]
    public void Every_answer_of_the_client_is_a_contract_type(Type client)
    {
        var answers = Calls(client)
            .SelectMany(method => Payloads(method.ReturnType))
            .Where(type => type.Assembly != typeof(object).Assembly)
            .Distinct()
            .ToList();

        Assert.NotEmpty(answers);
        Assert.All(answers, type => Assert.Equal(typeof(Job).Assembly, type.Assembly));
    }

    [Fact]
    public void The_client_answers_the_jobs_workers_and_queue_state_the_api_serializes()
    {
        var answers = Calls(typeof(GhostHandsClient)).SelectMany(method => Payloads(method.ReturnType)).ToHashSet();

        Assert.Superset(
            new HashSet<Type> { typeof(Job), typeof(JobEvent), typeof(JobPage), typeof(BatchCreated), typeof(WorkerView), typeof(QueueState), typeof(RecoverStuckResult) },
            answers);
    }

    /// <summary>The client's calls to the API or the database: its public <c>...Async</c> methods.</summary>
    private static IEnumerable<MethodInfo> Calls(Type client) =>
        client.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(method => method.Name.EndsWith("Async", StringComparison.Ordinal) && method.Name != nameof(IAsyncDisposable.DisposeAsync));

    /// <summary>The types a return type carries: <c>Task&lt;JobPage&gt;</c> is JobPage, <c>IAsyncEnumerable&lt;JobEvent&gt;</c> is JobEvent.</summary>
    private static IEnumerable<Type> Payloads(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(Payloads) : [type];
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
