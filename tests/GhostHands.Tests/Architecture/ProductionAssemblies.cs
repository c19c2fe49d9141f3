using System.Reflection;
using ArchUnitNET.Loader;
using ArchitectureModel = ArchUnitNET.Domain.Architecture;

namespace GhostHands.Tests.Architecture;

/// <summary>
/// The production assemblies, loaded once, and the module graph they keep. The graph as it stands, read from what
/// each compiled module references (the same as its ProjectReferences):
/// <code>
/// Jobs        -> Contracts, ServiceDefaults
/// Recovery    -> Jobs
/// Usage       -> Jobs
/// Credentials -> Jobs
/// Routing     -> Jobs, Recovery, ServiceDefaults
/// Execution   -> Jobs, Usage, Credentials, ServiceDefaults
/// </code>
/// Every module may use Contracts and ServiceDefaults; no module uses Api, Worker, Client or the CLI. A new edge is a
/// decision: it goes into the module's project file and into <see cref="ModuleDependencies"/> together.
/// </summary>
internal static class ProductionAssemblies
{
    /// <summary>The modules each module may use, besides Contracts and ServiceDefaults.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ModuleDependencies = new Dictionary<string, string[]>
    {
        ["Jobs"] = [],
        ["Recovery"] = ["Jobs"],
        ["Usage"] = ["Jobs"],
        ["Credentials"] = ["Jobs"],
        ["Routing"] = ["Jobs", "Recovery"],
        ["Execution"] = ["Jobs", "Usage", "Credentials"],
    };

    public static Assembly Contracts { get; } = Load("GhostHands.Contracts");

    public static Assembly ServiceDefaults { get; } = Load("GhostHands.ServiceDefaults");

    public static Assembly Api { get; } = Load("GhostHands.Api");

    public static Assembly Worker { get; } = Load("GhostHands.Worker");

    /// <summary>Client and CLI: outside callers of the API, which no module may use.</summary>
    public static IReadOnlyList<Assembly> Callers { get; } = [Load("GhostHands.Client"), Load("ghosthands")];

    /// <summary>Every production assembly, and this test assembly for the fixtures that show a rule failing.</summary>
    public static ArchitectureModel Architecture { get; } = new ArchLoader()
        .LoadAssemblies([Contracts, ServiceDefaults, .. ModuleDependencies.Keys.Select(Module), Api, Worker, .. Callers, typeof(ProductionAssemblies).Assembly])
        .Build();

    public static Assembly Module(string name) => Load($"GhostHands.{name}");

    /// <summary>Every production assembly <paramref name="module"/> must not use: the modules it does not declare, the hosts and the callers.</summary>
    public static IReadOnlyList<Assembly> ForbiddenFor(string module) =>
    [
        .. ModuleDependencies.Keys.Where(other => other != module && !ModuleDependencies[module].Contains(other)).Select(Module),
        Api,
        Worker,
        .. Callers,
    ];

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));
}
