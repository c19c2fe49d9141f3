using GhostHands.Client;
using Npgsql;

namespace GhostHands.Tests.Infrastructure;

/// <summary>
/// What VALET and an operator talk to: the API on a real port and two real worker processes, <c>adam</c> and
/// <c>sarah</c>, on one fresh database. Shared by the client and command-line tests (<see cref="ApiWithWorkersCollection"/>),
/// which run one at a time and reset the job tables first.
/// </summary>
public sealed class ApiWithWorkers(PostgresServer postgres) : IAsyncLifetime
{
    public static readonly string[] WorkerIds = ["adam", "sarah"];

    private readonly List<WorkerProcess> workers = [];

    public ApiFactory Api { get; } = new(postgres);

    public Uri BaseUrl { get; private set; } = null!;

    public NpgsqlDataSource Db => Api.DataSource;

    public string ConnectionString => Api.ConnectionString;

    /// <summary>Output of every worker so far, for failure messages.</summary>
    public string WorkerOutput => string.Join("\n", workers.Select(w => w.Output));

    public async ValueTask InitializeAsync()
    {
        await Api.InitializeAsync();
        BaseUrl = Api.StartOnRealPort();
        foreach (var id in WorkerIds)
        {
            workers.Add(WorkerProcess.Start(ConnectionString, id));
        }

        await Eventually.Until(
            () => Db.Scalar<long>("SELECT count(*) FROM gh_worker_registry WHERE status = 'active' AND worker_id = ANY($1)", new object[] { WorkerIds }),
            n => n == WorkerIds.Length, TimeSpan.FromSeconds(60), "workers adam and sarah to register");
    }

    /// <summary>Empties the job tables and resumes the queue, so a test starts from nothing.</summary>
    public async Task ResetAsync()
    {
        await Api.ResetAsync();
        await Db.Execute("UPDATE gh_queue_control SET paused = false, reason = NULL");
    }

    public GhostHandsClient CreateClient(Action<GhostHandsClientOptions>? configure = null)
    {
        var options = new GhostHandsClientOptions { BaseUrl = BaseUrl.ToString(), ServiceKey = ApiFactory.ServiceSecret };
        configure?.Invoke(options);
        return new GhostHandsClient(options);
    }

    /// <summary>Runs the <c>ghosthands</c> command line against this API, configured through the environment.</summary>
    public Task<CliResult> RunCliAsync(params string[] args) =>
        CliProcess.RunAsync(args, new Dictionary<string, string?>
        {
            ["GH_API_URL"] = BaseUrl.ToString(),
            ["GH_SERVICE_SECRET"] = ApiFactory.ServiceSecret,
        });

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in workers)
        {
            await worker.DisposeAsync();
        }

        await Api.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ApiWithWorkersCollection : ICollectionFixture<ApiWithWorkers>
{
    public const string Name = "API with workers adam and sarah";
}
