using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GhostHands.Schema;

/// <summary>
/// Applies the forward-only numbered SQL files embedded under <c>Migrations</c>, each in its own
/// transaction, recording them in <c>gh_schema_migrations</c>. Every transaction first takes one advisory lock,
/// so processes that migrate at the same moment queue up and the later ones find the work already done.
/// A file edited after it was applied is refused (its checksum no longer matches).
/// </summary>
public sealed partial class SchemaMigrator(NpgsqlDataSource dataSource, ILogger<SchemaMigrator> logger)
{
    /// <summary>Arbitrary constant shared by every migrator: "GHMIGRAT" as a 64-bit number.</summary>
    private const long LockKey = 0x4748_4D49_4752_4154;

    // A field, not the captured parameter: the logging generator of Npgsql's Microsoft.Extensions.Logging.Abstractions
    // (8.0) finds loggers in fields only.
    private readonly ILogger logger = logger;

    /// <summary>Every embedded migration, in version order.</summary>
    public static IReadOnlyList<Migration> All { get; } = Load();

    /// <summary>Applies the migrations the database has not recorded yet; answers how many this call applied.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);

        await using (var tx = await connection.BeginTransactionAsync(cancellationToken))
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
            await ExecuteAsync(connection, """
                CREATE TABLE IF NOT EXISTS gh_schema_migrations (
                    version    integer     PRIMARY KEY,
                    name       text        NOT NULL,
                    checksum   text        NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }

        var applied = 0;
        foreach (var migration in All)
        {
            await using var tx = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);

            await using (var check = new NpgsqlCommand("SELECT checksum FROM gh_schema_migrations WHERE version = $1", connection))
            {
                check.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
                if (await check.ExecuteScalarAsync(cancellationToken) is string checksum)
                {
                    if (checksum != migration.Checksum)
                    {
                        throw new InvalidOperationException(
                            $"Migration {migration.Name} was changed after it was applied (checksum {checksum} in the " +
                            $"database, {migration.Checksum} in the file). Migrations are forward-only: add a new file instead.");
                    }

                    await tx.RollbackAsync(cancellationToken);
                    continue;
                }
            }

            await ExecuteAsync(connection, migration.Sql, cancellationToken);
            await using (var record = new NpgsqlCommand(
                "INSERT INTO gh_schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", connection))
            {
                record.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
                record.Parameters.Add(new NpgsqlParameter { Value = migration.Name });
                record.Parameters.Add(new NpgsqlParameter { Value = migration.Checksum });
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await tx.CommitAsync(cancellationToken);
            applied++;
            LogApplied(migration.Name);
        }

        return applied;
    }

    /// <summary>The highest version recorded in the database, or null before the first migration.</summary>
    public async Task<int?> CurrentVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT max(version) FROM gh_schema_migrations");
        try
        {
            return await command.ExecuteScalarAsync(cancellationToken) as int?;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return null;
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<Migration> Load()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        const string prefix = "GhostHands.Schema.Migrations.";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var name = resource[prefix.Length..^".sql".Length];
            var version = int.Parse(name[..3], System.Globalization.CultureInfo.InvariantCulture);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!, Encoding.UTF8);
            var sql = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
            var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)))[..16];
            migrations.Add(new Migration(version, name, sql, checksum));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations must be numbered 001, 002, ... without gaps; found {migrations[i].Name}.");
            }
        }

        return migrations;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Name}")]
    private partial void LogApplied(string name);
}

/// <summary>One migration file.</summary>
/// <param name="Version">The file's number: 1 for <c>001_...</c>.</param>
/// <param name="Name">The file name without <c>.sql</c>, as <c>gh_schema_migrations.name</c> records it.</param>
/// <param name="Sql">The file's text, line ends normalised to <c>\n</c>.</param>
/// <param name="Checksum">The first 16 hex digits of the SHA-256 of <see cref="Sql"/>, as <c>gh_schema_migrations.checksum</c> records it.</param>
public sealed record Migration(int Version, string Name, string Sql, string Checksum);
