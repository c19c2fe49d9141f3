using System.Text.Json;
using GhostHands.Contracts;
using GhostHands.Schema;
using Npgsql;

namespace GhostHands.Client;

/// <summary>
/// Channel 1 of docs/contract.md ("Option B", direct database mode): inserts jobs straight into <c>gh_automation_jobs</c>,
/// with no API in between. Applies the API's own validation rules (<see cref="JobRules"/>) and its idempotent insert,
/// so a job is accepted, refused or deduplicated exactly as <c>POST /api/v1/gh/jobs</c> would; workers are notified
/// by the table's insert trigger and pick it up as fast. Thread-safe; keep one per application.
/// </summary>
public sealed class GhostHandsDatabaseClient : IAsyncDisposable, IDisposable
{
    /// <summary><c>created_by</c> of rows inserted without one: the column's default, as for a plain SQL insert.</summary>
    public const string DefaultCreatedBy = "valet";

    private readonly NpgsqlDataSource dataSource;
    private readonly bool ownsDataSource;

    /// <summary>
    /// A client with its own connection pool for <paramref name="connectionString"/> (the <c>ConnectionStrings__ghosthands</c>
    /// value). Its connections name themselves <c>valet</c>, the actor the job's events record.
    /// </summary>
    public GhostHandsDatabaseClient(string connectionString)
        : this(NpgsqlDataSource.Create(WithActor(connectionString)), ownsDataSource: true)
    {
    }

    /// <summary>A client over a data source the caller manages.</summary>
    public GhostHandsDatabaseClient(NpgsqlDataSource dataSource)
        : this(dataSource, ownsDataSource: false)
    {
    }

    private GhostHandsDatabaseClient(NpgsqlDataSource dataSource, bool ownsDataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        this.dataSource = dataSource;
        this.ownsDataSource = ownsDataSource;
    }

    /// <summary>Validates and inserts one job; answers the inserted row.</summary>
    /// <exception cref="GhostHandsException">Code <c>validation_failed</c>, with <see cref="ApiProblem.Errors"/> keyed by field; nothing was written.</exception>
    /// <exception cref="DuplicateIdempotencyKeyException">The key is taken; nothing was written.</exception>
    public async Task<Job> CreateJobAsync(CreateJobParams job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var errors = JobRules.Validate(job);
        if (errors.Count > 0)
        {
            throw new GhostHandsException(new ApiProblem
            {
                Status = 400,
                Title = "The request is invalid.",
                Detail = $"Invalid field(s): {string.Join(", ", errors.Keys)}. Nothing was written.",
                Code = "validation_failed",
                Errors = errors,
            });
        }

        var row = JobRules.Normalize(job with { CreatedBy = job.CreatedBy ?? DefaultCreatedBy });
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var result = (await InsertJobs.InsertAsync(connection, [row], cancellationToken))[0];
        if (result.Created is { } created)
        {
            // The row serialized as the API serializes it and read back as the client reads the API.
            return JsonSerializer.SerializeToElement(created, ContractJson.Options).Deserialize<Job>(ContractJson.Options)!;
        }

        throw new DuplicateIdempotencyKeyException(
            new ApiProblem
            {
                Status = 409,
                Title = "A job with this idempotency key already exists.",
                Detail = $"idempotency_key '{row.IdempotencyKey}' belongs to job {result.ExistingJobId} ({result.ExistingStatus?.ToDb()}); no new job was created.",
                Code = DuplicateIdempotencyKeyException.ErrorCode,
            },
            row.IdempotencyKey,
            result.ExistingJobId!.Value,
            result.ExistingStatus!.Value);
    }

    /// <summary>Validates and inserts one job for <paramref name="userId"/>.</summary>
    /// <exception cref="GhostHandsException">Code <c>validation_failed</c>; nothing was written.</exception>
    /// <exception cref="DuplicateIdempotencyKeyException">The key is taken; nothing was written.</exception>
    public Task<Job> CreateJobAsync(Guid userId, CreateJobOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CreateJobAsync(options.ToParams(userId), cancellationToken);
    }

    private static string WithActor(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c gh.actor={DefaultCreatedBy}".Trim();
        return builder.ConnectionString;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (ownsDataSource)
        {
            await dataSource.DisposeAsync();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (ownsDataSource)
        {
            dataSource.Dispose();
        }
    }
}
