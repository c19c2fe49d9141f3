using System.Xml.Linq;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.xUnitV3;
using GhostHands.Tests.Architecture.Fixtures;
using GhostHands.Tests.Infrastructure;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using Assembly = System.Reflection.Assembly;

namespace GhostHands.Tests.Architecture;

/// <summary>Modules use Contracts, Schema, ServiceDefaults and the modules they declare; nothing else of ours.</summary>
public sealed class WhenAModuleUsesAnotherAssembly
{
    public static TheoryData<string> Modules => [.. ProductionAssemblies.ModuleDependencies.Keys];

    /// <summary>The rule every module is held to, for any set of types, so that a fixture can show it failing.</summary>
    public static IArchRule UsesOnlyWhatItDeclares(IObjectProvider<IType> module, IReadOnlyList<Assembly> forbidden) =>
        Types().That().Are(module).Should()
            .NotDependOnAny(Types().That().ResideInAssembly(forbidden[0], [.. forbidden.Skip(1)]))
            .Because("modules talk through Contracts, Schema, ServiceDefaults and the modules they declare");

    [Theory]
    [MemberData(nameof(Modules))]
    public void The_module_uses_only_Contracts_Schema_ServiceDefaults_and_the_modules_it_declares(string module)
    {
        var types = Types().That().ResideInAssembly(ProductionAssemblies.Module(module)).As($"the {module} module");

        UsesOnlyWhatItDeclares(types, ProductionAssemblies.ForbiddenFor(module)).Check(ProductionAssemblies.Architecture);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void The_graph_the_tests_hold_is_the_one_the_project_file_declares(string module)
    {
        var project = XDocument.Parse(RepositoryPaths.Read($"Modules/{module}/GhostHands.{module}.csproj"));
        var declared = project.Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value))
            .Select(name => name["GhostHands.".Length..])
            .Where(ProductionAssemblies.ModuleDependencies.ContainsKey)
            .Order();

        Assert.Equal(ProductionAssemblies.ModuleDependencies[module].Order(), declared);
    }

    [Fact]
    public void A_type_that_uses_a_module_it_does_not_declare_is_reported()
    {
        var fixture = Types().That().Are(typeof(CredentialsReachingIntoExecution)).As("a Credentials type");

        var failures = UsesOnlyWhatItDeclares(fixture, ProductionAssemblies.ForbiddenFor("Credentials"))
            .Evaluate(ProductionAssemblies.Architecture).Where(result => !result.Passed).ToList();

        Assert.Equal(typeof(CredentialsReachingIntoExecution).FullName, Assert.IsAssignableFrom<IHasName>(Assert.Single(failures).EvaluatedObject).FullName);
        Assert.Contains("GhostHands.Execution.ExecutionOptions", failures[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_sees_the_edges_between_production_modules()
    {
        // Were Credentials forbidden to Execution, Execution's use of the vault would be reported: the loaded
        // assemblies resolve each other's types, so a passing module rule means no edge, not an unseen one.
        var execution = Types().That().ResideInAssembly(ProductionAssemblies.Module("Execution")).As("the Execution module");

        var failures = UsesOnlyWhatItDeclares(execution, [ProductionAssemblies.Module("Credentials")])
            .Evaluate(ProductionAssemblies.Architecture).Where(result => !result.Passed);

        Assert.Contains(failures, result => result.Description.Contains("GhostHands.Credentials.CredentialVault", StringComparison.Ordinal));
    }

    [Fact]
    public void A_type_that_uses_only_a_declared_module_passes()
    {
        var fixture = Types().That().Are(typeof(CredentialsUsingJobs)).As("a Credentials type");

        Assert.True(UsesOnlyWhatItDeclares(fixture, ProductionAssemblies.ForbiddenFor("Credentials")).HasNoViolations(ProductionAssemblies.Architecture));
    }
}
