using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.xUnitV3;
using GhostHands.Api;
using GhostHands.Jobs.Handling;
using GhostHands.Tests.Architecture.Fixtures;
using GhostHands.Worker;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace GhostHands.Tests.Architecture;

/// <summary>
/// Api and Worker compose the modules (<c>AddXxxModule</c>, <c>MapXxxEndpoints</c>) and add hosting: endpoints,
/// authentication, monitoring. Job handling and message handling live in the modules.
/// </summary>
public sealed class WhenTheHostsCompose
{
    private static readonly IObjectProvider<IType> Hosts = Types().That()
        .ResideInAssembly(ProductionAssemblies.Api, ProductionAssemblies.Worker).As("the Api and Worker hosts");

    /// <summary>Wolverine's handler method names; a method so named in a host would make the host a module.</summary>
    private const string MessageHandlerName = @"^(Handle|Handles|Consume|Consumes)(Async)?\(";

    public static IArchRule RunNoJobs(IObjectProvider<IType> hosts) =>
        Types().That().Are(hosts).Should().NotImplementInterface(typeof(IJobHandler))
            .Because("job types are run by the modules' handlers, which the hosts only register");

    public static IArchRule HandleNoMessages(IObjectProvider<IType> hosts) =>
        MethodMembers().That().AreDeclaredIn(hosts).Should().NotHaveNameMatching(MessageHandlerName)
            .Because("message handlers belong to the module that owns the message");

    public static IArchRule ExposeOnlyEntryPoints(IObjectProvider<IType> hosts) =>
        Types().That().Are(hosts).And().AreNotNested()
            .And().AreNot(typeof(Program), typeof(ApiOptions), typeof(WorkerApp))
            .Should().NotBePublic()
            .Because("a host's public surface is how it is started and configured, nothing another project builds on");

    [Fact]
    public void Neither_host_runs_a_job_type_itself() => RunNoJobs(Hosts).Check(ProductionAssemblies.Architecture);

    [Fact]
    public void Neither_host_declares_a_message_handler() => HandleNoMessages(Hosts).Check(ProductionAssemblies.Architecture);

    [Fact]
    public void Neither_host_exposes_public_types_beyond_its_entry_points() =>
        ExposeOnlyEntryPoints(Hosts).Check(ProductionAssemblies.Architecture);

    [Fact]
    public void A_host_type_that_runs_a_job_is_reported()
    {
        var fixture = Types().That().Are(typeof(HostRunningAJob)).As("a host type");

        var failures = RunNoJobs(fixture).Evaluate(ProductionAssemblies.Architecture).Where(result => !result.Passed).ToList();

        Assert.Equal(typeof(HostRunningAJob).FullName, Assert.IsAssignableFrom<IHasName>(Assert.Single(failures).EvaluatedObject).FullName);
    }

    [Fact]
    public void A_public_host_type_other_than_an_entry_point_is_reported()
    {
        var fixture = Types().That().Are(typeof(HostExposingAService), typeof(HostHandlingAMessage)).As("host types");

        var failures = ExposeOnlyEntryPoints(fixture).Evaluate(ProductionAssemblies.Architecture).Where(result => !result.Passed).ToList();

        Assert.Equal(typeof(HostExposingAService).FullName, Assert.IsAssignableFrom<IHasName>(Assert.Single(failures).EvaluatedObject).FullName);
    }

    [Fact]
    public void A_host_method_named_like_a_message_handler_is_reported()
    {
        var fixture = Types().That().Are(typeof(HostHandlingAMessage)).As("a host type");

        var failures = HandleNoMessages(fixture).Evaluate(ProductionAssemblies.Architecture).Where(result => !result.Passed).ToList();

        Assert.StartsWith("Handle(", Assert.IsAssignableFrom<IHasName>(Assert.Single(failures).EvaluatedObject).Name, StringComparison.Ordinal);
    }
}
