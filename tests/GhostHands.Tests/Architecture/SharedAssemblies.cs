using System.Xml.Linq;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.xUnitV3;
using GhostHands.Tests.Architecture.Fixtures;
using GhostHands.Tests.Infrastructure;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using Assembly = System.Reflection.Assembly;

namespace GhostHands.Tests.Architecture;

/// <summary>
/// A job's walk runs one way: Contracts (the wire types) uses nothing of ours, Schema (migrations, job rules, the job
/// INSERT) uses Contracts, the modules use both, the hosts compose the modules; the Client uses Schema and Contracts
/// and the CLI the Client, never a module. Contracts and Schema carry no server framework, so the Client and the CLI
/// stay small.
/// </summary>
public sealed class WhenASharedAssemblyUsesAnother
{
    public static TheoryData<string> Shared => [.. ProductionAssemblies.SharedDependencies.Keys];

    /// <summary>Where each shared or calling project lives, by assembly name.</summary>
    private static readonly Dictionary<string, string> Projects = new()
    {
        ["GhostHands.Contracts"] = "Contracts/GhostHands.Contracts.csproj",
        ["GhostHands.Schema"] = "Schema/GhostHands.Schema.csproj",
        ["GhostHands.Client"] = "Client/GhostHands.Client.csproj",
        ["ghosthands"] = "Cli/GhostHands.Cli.csproj",
    };

    /// <summary>Frameworks of the server that the shared assemblies must not pull into the Client or the CLI.</summary>
    private static readonly string[] ServerFrameworks = ["Wolverine", "Marten", "JasperFx", "Weasel", "Microsoft.CodeAnalysis", "Microsoft.AspNetCore"];

    public static IArchRule UsesOnlyWhatItMay(IObjectProvider<IType> types, IReadOnlyList<Assembly> forbidden) =>
        Types().That().Are(types).Should()
            .NotDependOnAny(Types().That().ResideInAssembly(forbidden[0], [.. forbidden.Skip(1)]))
            .Because("a job's walk crosses each project once, in one direction: Contracts <- Schema <- modules <- hosts, and Client <- CLI");

    [Theory]
    [MemberData(nameof(Shared))]
    public void The_assembly_uses_only_the_projects_below_it(string shared)
    {
        var types = Types().That().ResideInAssembly(ProductionAssemblies.Load(shared)).As(shared);

        UsesOnlyWhatItMay(types, ProductionAssemblies.ForbiddenForShared(shared)).Check(ProductionAssemblies.Architecture);
    }

    [Theory]
    [MemberData(nameof(Shared))]
    public void The_graph_the_tests_hold_is_the_one_the_project_file_declares(string shared)
    {
        var project = XDocument.Parse(RepositoryPaths.Read(Projects[shared]));
        var declared = project.Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value));

        // A project may declare less than it may use: the CLI reaches Contracts through the Client and Schema.
        Assert.Subset(ProductionAssemblies.SharedDependencies[shared].ToHashSet(), declared.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Shared))]
    public void The_assembly_references_no_server_framework(string shared)
    {
        var references = ProductionAssemblies.Load(shared).GetReferencedAssemblies().Select(name => name.Name!).ToList();

        Assert.DoesNotContain(references, name => ServerFrameworks.Any(framework => name.StartsWith(framework, StringComparison.Ordinal)));
        Assert.DoesNotContain(references, name => name.StartsWith("GhostHands.", StringComparison.Ordinal)
            && !ProductionAssemblies.SharedDependencies[shared].Contains(name));
    }

    [Fact]
    public void A_schema_type_that_uses_a_module_is_reported()
    {
        var fixture = Types().That().Are(typeof(SchemaReachingIntoJobs)).As("a Schema type");

        var failures = UsesOnlyWhatItMay(fixture, ProductionAssemblies.ForbiddenForShared("GhostHands.Schema"))
            .Evaluate(ProductionAssemblies.Architecture).Where(result => !result.Passed).ToList();

        Assert.Equal(typeof(SchemaReachingIntoJobs).FullName, Assert.IsAssignableFrom<IHasName>(Assert.Single(failures).EvaluatedObject).FullName);
        Assert.Contains("GhostHands.Jobs.JobProblems", failures[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contracts_type_that_uses_the_schema_is_reported()
    {
        var fixture = Types().That().Are(typeof(ContractsReachingIntoSchema)).As("a Contracts type");

        var failures = UsesOnlyWhatItMay(fixture, ProductionAssemblies.ForbiddenForShared("GhostHands.Contracts"))
            .Evaluate(ProductionAssemblies.Architecture).Where(result => !result.Passed).ToList();

        Assert.Equal(typeof(ContractsReachingIntoSchema).FullName, Assert.IsAssignableFrom<IHasName>(Assert.Single(failures).EvaluatedObject).FullName);
        Assert.Contains("GhostHands.Schema.JobRules", failures[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_line_type_that_uses_a_module_is_reported()
    {
        var fixture = Types().That().Are(typeof(CommandLineReachingIntoJobs)).As("a CLI type");

        var failures = UsesOnlyWhatItMay(fixture, ProductionAssemblies.ForbiddenForShared("ghosthands"))
            .Evaluate(ProductionAssemblies.Architecture).Where(result => !result.Passed).ToList();

        Assert.Equal(typeof(CommandLineReachingIntoJobs).FullName, Assert.IsAssignableFrom<IHasName>(Assert.Single(failures).EvaluatedObject).FullName);
    }

    [Fact]
    public void A_schema_type_that_uses_only_the_contracts_passes()
    {
        var fixture = Types().That().Are(typeof(SchemaUsingContracts)).As("a Schema type");

        Assert.True(UsesOnlyWhatItMay(fixture, ProductionAssemblies.ForbiddenForShared("GhostHands.Schema")).HasNoViolations(ProductionAssemblies.Architecture));
    }
}
