using GhostHands.AppHost;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

// GetArgumentValuesAsync and GetEnvironmentVariableValuesAsync are obsolete in favour of ExecutionConfigurationBuilder,
// which needs the orchestrator's execution context; these tests read the model without starting anything.
#pragma warning disable CS0618

namespace GhostHands.AppHost.Tests;

/// <summary>The application model the AppHost builds, read without starting anything.</summary>
public sealed class WhenTheAppHostIsBuilt
{
    [Fact]
    public async Task Workers_adam_and_sarah_run_by_default_each_with_its_worker_id()
    {
        var model = await Model([]);

        var workers = Workers(model);

        Assert.Equal(["worker-adam", "worker-sarah"], workers.Select(w => w.Name).Order());
        foreach (var worker in workers)
        {
            Assert.Equal([$"--worker-id={worker.Name["worker-".Length..]}"], await worker.GetArgumentValuesAsync());
        }
    }

    [Fact]
    public async Task GH_WORKERS_names_the_workers_separated_by_spaces_or_commas()
    {
        var model = await Model(["--GH_WORKERS=adam sarah,carol"]);

        Assert.Equal(["worker-adam", "worker-carol", "worker-sarah"], Workers(model).Select(w => w.Name).Order());
    }

    [Fact]
    public async Task Every_process_references_the_ghosthands_database_and_workers_wait_for_the_api_that_migrates_it()
    {
        var model = await Model([]);
        var api = model.Single(r => r.Name == "api");

        foreach (var project in Workers(model).Append(api))
        {
            Assert.Contains(project.Annotations.OfType<ResourceRelationshipAnnotation>(), r => r.Resource.Name == Database.Name);
        }

        Assert.Contains(api.Annotations.OfType<WaitAnnotation>(), w => w.Resource.Name == "postgres");
        Assert.All(Workers(model),
            worker => Assert.Contains(worker.Annotations.OfType<WaitAnnotation>(), w => w.Resource.Name == "api"));
    }

    [Fact]
    public async Task Workers_and_only_workers_are_restarted_when_they_crash()
    {
        var model = await Model([]);

        var workers = Workers(model);

        Assert.NotEmpty(workers);
        Assert.All(model, resource => Assert.Equal(workers.Contains(resource), resource.Annotations.OfType<RestartOnCrashAnnotation>().Any()));
    }

    [Fact]
    public async Task Workers_of_a_development_stack_may_automate_pages_on_this_machine()
    {
        var model = await Model(["--environment=Development"]);
        var worker = (IResourceWithEnvironment)model.Single(r => r.Name == "worker-sarah");

        var environment = await worker.GetEnvironmentVariableValuesAsync();

        Assert.Equal("loopback", environment["GH_TARGET_ALLOWLIST"]);
        Assert.Equal("Development", environment["DOTNET_ENVIRONMENT"]);
    }

    [Fact]
    public async Task Workers_hand_their_jobs_back_within_the_orchestrators_grace_period_unless_configured()
    {
        var defaults = await Workers(await Model([]))[0].GetEnvironmentVariableValuesAsync();
        var configured = await Workers(await Model(["--Worker:ShutdownTimeout=00:00:12"]))[0].GetEnvironmentVariableValuesAsync();

        Assert.Equal("00:00:05", defaults["Worker__ShutdownTimeout"]);
        Assert.Equal("00:00:12", configured["Worker__ShutdownTimeout"]);
    }

    [Fact]
    public async Task Ctrl_C_stops_the_workers_before_the_database_and_waits_for_them()
    {
        var appHost = await DistributedApplicationTestingBuilder.CreateAsync<Projects.GhostHands_AppHost>(
            ["--GH_SERVICE_SECRET=model-test-secret-0123456789", "--GH_ENCRYPTION_KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="],
            TestContext.Current.CancellationToken);
        var hostOptions = new HostOptions();
        foreach (var configure in appHost.Services.Select(s => s.ImplementationInstance).OfType<IConfigureOptions<HostOptions>>())
        {
            configure.Configure(hostOptions);
        }

        Assert.Contains(appHost.Services, s => s.ImplementationType == typeof(WorkersStopFirst));
        Assert.True(hostOptions.ShutdownTimeout > WorkersStopFirst.Budget, $"The host stops after {hostOptions.ShutdownTimeout}.");
    }

    [Fact]
    public async Task A_configured_connection_string_starts_no_postgres()
    {
        var model = await Model(["--ConnectionStrings:ghosthands=Host=db.example;Database=ghosthands;Username=gh"]);

        Assert.IsAssignableFrom<IResourceWithConnectionString>(model.Single(r => r.Name == Database.Name));
        Assert.DoesNotContain(model, r => r.Name.StartsWith("postgres", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_container_runtime_postgres_runs_from_its_binaries_after_its_init_step()
    {
        var model = await Model(["--GhostHands:Postgres=executable", "--GH_PG_PORT=54999"]);

        var init = Assert.IsAssignableFrom<ExecutableResource>(model.Single(r => r.Name == "postgres-init"));
        var server = Assert.IsType<PostgresExecutableResource>(model.Single(r => r.Name == "postgres"));
        Assert.Equal(54999, server.Port);
        Assert.Contains(server.Annotations.OfType<WaitAnnotation>(), w => w.Resource == init && w.WaitType == WaitType.WaitForCompletion);
        Assert.Contains("Port=54999", (await ((IResourceWithConnectionString)model.Single(r => r.Name == Database.Name)).GetConnectionStringAsync(TestContext.Current.CancellationToken))!);
    }

    [Fact]
    public async Task With_a_container_runtime_postgres_runs_in_a_container()
    {
        var model = await Model(["--GhostHands:Postgres=container"]);

        Assert.IsType<PostgresServerResource>(model.Single(r => r.Name == "postgres"));
        Assert.IsType<PostgresDatabaseResource>(model.Single(r => r.Name == Database.Name));
    }

    /// <summary>The worker processes (Aspire adds a helper resource per project, named after it, which is not one).</summary>
    private static List<ProjectResource> Workers(IEnumerable<IResource> model) =>
        [.. model.OfType<ProjectResource>().Where(r => r.GetType() == typeof(ProjectResource) && r.Name.StartsWith("worker-", StringComparison.Ordinal))];

    private static async Task<IReadOnlyList<IResource>> Model(string[] args)
    {
        var appHost = await DistributedApplicationTestingBuilder.CreateAsync<Projects.GhostHands_AppHost>(
            [.. args, "--GH_SERVICE_SECRET=model-test-secret-0123456789", "--GH_ENCRYPTION_KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="],
            TestContext.Current.CancellationToken);
        return [.. appHost.Resources];
    }
}
