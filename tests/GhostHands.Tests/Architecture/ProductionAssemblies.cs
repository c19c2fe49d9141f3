using System.Reflection;
using ArchUnitNET.Loader;
using ArchitectureModel = ArchUnitNET.Domain.Architecture;

namespace GhostHands.Tests.Architecture;

/// <summary>
/// The production assemblies, loaded once, and the graph they keep. Contracts (the wire types) uses nothing of ours;
/// Schema (migrations, job rules, the job INSERT) uses Contracts only. The modules, as each compiled module references
/// them (the same as its ProjectReferences):
/// <code>
/// Jobs        -> Schema, Contracts, ServiceDefaults
/// Recovery    -> Jobs
/// Usage       -> Jobs
/// Credentials -> Jobs
/// Routing     -> Jobs, Recovery, ServiceDefaults
/// Execution   -> Jobs, Usage, Credentials, ServiceDefaults
/// </code>
/// Every module may use Contracts, Schema and ServiceDefaults; no module uses Api, Worker, Client or the CLI. The
/// callers use no module: Client -> Schema, Contracts and CLI -> Client, Schema, Contracts (<see cref="SharedDependencies"/>).
/// A new edge is a decision: it goes into the project file and into the dictionaries here together.
/// </summary>
internal static class ProductionAssemblies
{
    /// <summary>The modules each module may use, besides Contracts, Schema and ServiceDefaults.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ModuleDependencies = new Dictionary<string, string[]>
    {
        ["Jobs"] = [],
        ["Recovery"] = ["Jobs"],
        ["Usage"] = ["Jobs"],
        ["Credentials"] = ["Jobs"],
        ["Routing"] = ["Jobs", "Recovery"],
        ["Execution"] = ["Jobs", "Usage", "Credentials"],
    };

    /// <summary>The projects of ours each shared or calling assembly may use, by assembly name.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> SharedDependencies = new Dictionary<string, string[]>
    {
        ["GhostHands.Contracts"] = [],
        ["GhostHands.Schema"] = ["GhostHands.Contracts"],
        ["GhostHands.Client"] = ["GhostHands.Contracts", "GhostHands.Schema"],
        ["ghosthands"] = ["GhostHands.Client", "GhostHands.Contracts", "GhostHands.Schema"],
    };

    public static Assembly Contracts { get; } = Load("GhostHands.Contracts");

    public static Assembly Schema { get; } = Load("GhostHands.Schema");

    public static Assembly ServiceDefaults { get; } = Load("GhostHands.ServiceDefaults");

    public static Assembly Api { get; } = Load("GhostHands.Api");

    public static Assembly Worker { get; } = Load("GhostHands.Worker");

    /// <summary>Client and CLI: outside callers of the API, which no module may use.</summary>
    public static IReadOnlyList<Assembly> Callers { get; } = [Load("GhostHands.Client"), Load("ghosthands")];

    /// <summary>Every production assembly, and this test assembly for the fixtures that show a rule failing.</summary>
    public static ArchitectureModel Architecture { get; } = new ArchLoader()
        .LoadAssemblies([Contracts, Schema, ServiceDefaults, .. ModuleDependencies.Keys.Select(Module), Api, Worker, .. Callers, typeof(ProductionAssemblies).Assembly])
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

    /// <summary>Every production assembly of ours that <paramref name="shared"/> must not use: all but itself and what it may use.</summary>
    public static IReadOnlyList<Assembly> ForbiddenForShared(string shared) =>
    [
        .. new[] { Contracts, Schema, ServiceDefaults, Api, Worker }.Concat(ModuleDependencies.Keys.Select(Module)).Concat(Callers)
            .Where(assembly => assembly.GetName().Name != shared && !SharedDependencies[shared].Contains(assembly.GetName().Name!)),
    ];

    public static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));
}
