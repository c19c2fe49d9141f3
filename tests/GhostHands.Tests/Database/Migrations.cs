using GhostHands.Schema;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GhostHands.Tests.Database;

public sealed class WhenMigrating(PostgresServer postgres)
{
    [Fact]
    public async Task A_second_run_applies_nothing()
    {
        await using var db = NpgsqlDataSource.Create(await postgres.CreateEmptyDatabaseAsync());
        var migrator = new SchemaMigrator(db, NullLogger<SchemaMigrator>.Instance);

        var first = await migrator.MigrateAsync();
        var second = await migrator.MigrateAsync();

        Assert.Equal(SchemaMigrator.All.Count, first);
        Assert.Equal(0, second);
        Assert.Equal(SchemaMigrator.All[^1].Version, await migrator.CurrentVersionAsync());
    }

    [Fact]
    public async Task Concurrent_runs_apply_each_migration_exactly_once()
    {
        await using var db = NpgsqlDataSource.Create(await postgres.CreateEmptyDatabaseAsync());

        var applied = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => new SchemaMigrator(db, NullLogger<SchemaMigrator>.Instance).MigrateAsync())));

        Assert.Equal(SchemaMigrator.All.Count, applied.Sum());
        await using var command = db.CreateCommand("SELECT count(*) FROM gh_schema_migrations");
        Assert.Equal((long)SchemaMigrator.All.Count, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task An_edited_migration_is_refused()
    {
        await using var db = NpgsqlDataSource.Create(await postgres.CreateEmptyDatabaseAsync());
        var migrator = new SchemaMigrator(db, NullLogger<SchemaMigrator>.Instance);
        await migrator.MigrateAsync();
        await using (var tamper = db.CreateCommand("UPDATE gh_schema_migrations SET checksum = 'edited' WHERE version = 7"))
        {
            await tamper.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => migrator.MigrateAsync());

        Assert.Contains("007_add_target_worker_id", error.Message);
    }

    [Fact]
    public async Task Migration_007_adds_target_worker_id_as_seed_000_describes()
    {
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());

        await using var column = db.CreateCommand("""
            SELECT data_type, is_nullable, column_default FROM information_schema.columns
            WHERE table_name = 'gh_automation_jobs' AND column_name = 'target_worker_id'
            """);
        await using var reader = await column.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("text", reader.GetString(0));
        Assert.Equal("YES", reader.GetString(1));
        await reader.CloseAsync();

        await using var index = db.CreateCommand("SELECT indexdef FROM pg_indexes WHERE indexname = 'idx_gh_jobs_target_worker'");
        Assert.Equal(
            "CREATE INDEX idx_gh_jobs_target_worker ON public.gh_automation_jobs USING btree (target_worker_id) WHERE (target_worker_id IS NOT NULL)",
            await index.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Pickup_function_never_returns_a_job_targeted_at_another_worker()
    {
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());
        await using (var insert = db.CreateCommand("""
            INSERT INTO gh_automation_jobs (user_id, job_type, target_worker_id, priority)
            VALUES (gen_random_uuid(), 'system.ping', 'sarah', 1), (gen_random_uuid(), 'system.ping', NULL, 5),
                   (gen_random_uuid(), 'system.ping', 'adam', 9)
            """))
        {
            await insert.ExecuteNonQueryAsync();
        }

        var picked = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            await using var pickup = db.CreateCommand("SELECT target_worker_id, worker_id, status FROM gh_pickup_next_job('adam')");
            await using var reader = await pickup.ExecuteReaderAsync();
            if (await reader.ReadAsync())
            {
                picked.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
                Assert.Equal("adam", reader.GetString(1));
                Assert.Equal("running", reader.GetString(2));
            }
        }

        // The workers' claim order: the caller's own targeted jobs before the shared pool, whatever their priority.
        Assert.Equal(["adam", null], picked);
    }

    /// <summary>
    /// The names and checksums deployed databases hold in <c>gh_schema_migrations</c> for the applied migrations: a
    /// changed checksum makes every existing database refuse to start, wherever the files live.
    /// </summary>
    private static readonly (string Name, string Checksum)[] Recorded =
    [
        ("001_create_gh_automation_jobs", "51c28535afb57b47"),
        ("002_create_gh_job_events", "eb20b9e17a2f5757"),
        ("003_create_gh_user_credentials", "fe146cf9d96f983f"),
        ("004_create_gh_user_usage", "180a7014ece5e69a"),
        ("005_create_gh_pickup_next_job", "2ecf49d57c420683"),
        ("006_notify_gh_job_created", "c8394a40e05b686e"),
        ("007_add_target_worker_id", "196fffe033ea6d4c"),
        ("008_job_runtime_columns", "39b6b1602ebec622"),
        ("009_worker_registry", "30546801f5c34be0"),
        ("010_batch_parents", "2aeaf1d2aab2c0d8"),
        ("011_callbacks", "11f09d03f00527f5"),
        ("012_notify_job_events", "5f33ceb22efcce12"),
        ("013_job_events_in_commit_order", "256bb831b102e937"),
        ("014_job_cost_accounting", "54e79fa914730543"),
        ("015_job_events_per_statement", "cc0b0aae247f417b"),
        ("016_one_claim", "94cd3b3a474cda76"),
        ("017_less_work_per_job", "5260b2fee43a978f"),
        ("018_fewer_index_entries_per_job", "dfad88b5c7e1b1a8"),
        ("019_job_events_without_foreign_key_checks", "dfa9698ce62b6887"),
        ("020_claim_clock", "511b509dd1856f63"),
    ];

    [Fact]
    public void Applied_migrations_keep_the_names_and_checksums_databases_recorded() =>
        Assert.Equal(Recorded, SchemaMigrator.All.Take(Recorded.Length).Select(m => (m.Name, m.Checksum)));
}
