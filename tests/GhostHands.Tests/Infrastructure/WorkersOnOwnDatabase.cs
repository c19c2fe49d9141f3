using Microsoft.Extensions.Hosting;
using Npgsql;

namespace GhostHands.Tests.Infrastructure;

/// <summary>
/// Base of test classes that start real workers in process: each test gets a fresh database, and every worker it
/// started is stopped afterwards.
/// </summary>
public abstract class WorkersOnOwnDatabase(PostgresServer postgres) : IAsyncLifetime
{
    protected List<IHost> Workers { get; } = [];

    protected string ConnectionString { get; private set; } = "";

    protected NpgsqlDataSource Db { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync()
    {
        ConnectionString = await postgres.CreateDatabaseAsync();
        Db = NpgsqlDataSource.Create(ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await WorkerHosts.StopAllAsync(Workers);
        await Db.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
