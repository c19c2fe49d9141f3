using Microsoft.Extensions.Logging;
using Npgsql;
using Wolverine;

namespace GhostHands.Recovery.Callbacks;

/// <summary>Recurring message: hand every finished job whose callback is due to the durable callback queue.</summary>
public sealed record DeliverCallbacks;

/// <summary>Sends one job's final state to its <c>callback_url</c>.</summary>
public sealed record SendCallback(Guid JobId);

/// <summary>
/// Finds finished jobs with an undelivered callback (whichever way they finished: worker, cancel, rescue, expiry or a
/// plain SQL update) and publishes <see cref="SendCallback"/> for each through Wolverine's durable queue. A job is
/// queued again if it was queued over <see cref="RequeueAfter"/> ago and still not delivered (a lost hand-over).
/// Idempotent: the second run finds nothing new.
/// </summary>
public static partial class DeliverCallbacksHandler
{
    public static readonly TimeSpan RequeueAfter = TimeSpan.FromMinutes(10);
    public const int BatchSize = 500;

    private const string Sql = """
        WITH due AS (
            SELECT id FROM gh_automation_jobs
            WHERE callback_url IS NOT NULL AND callback_sent_at IS NULL AND completed_at IS NOT NULL
              AND (callback_queued_at IS NULL OR callback_queued_at < now() - $1::interval)
            ORDER BY completed_at
            LIMIT $2
            FOR UPDATE SKIP LOCKED
        )
        UPDATE gh_automation_jobs j SET callback_queued_at = now() FROM due WHERE j.id = due.id
        RETURNING j.id
        """;

    public static async Task Handle(DeliverCallbacks _, NpgsqlDataSource db, IMessageBus bus, ILogger<DeliverCallbacks> logger, CancellationToken ct)
    {
        var ids = new List<Guid>();
        await using (var command = db.CreateCommand(Sql))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = RequeueAfter });
            command.Parameters.Add(new NpgsqlParameter { Value = BatchSize });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        foreach (var id in ids)
        {
            await bus.PublishAsync(new SendCallback(id));
        }

        if (ids.Count > 0)
        {
            LogQueued(logger, ids.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} job callback(s)")]
    private static partial void LogQueued(ILogger logger, int count);
}
