using GhostHands.Jobs;
using GhostHands.Jobs.Handling;
using GhostHands.Schema;
using Npgsql;
using NpgsqlTypes;

namespace GhostHands.Usage;

/// <summary>What one step costs: browser actions, language-model tokens and cents.</summary>
public readonly record struct Charge(int Actions, long InputTokens, long OutputTokens, decimal CostCents);

/// <summary>A user's usage in one calendar month (UTC), as <c>gh_user_usage</c> holds it.</summary>
public sealed record MonthUsage(
    string Tier, DateOnly PeriodStart, int JobCount, int ActionCount, long InputTokens, long OutputTokens, decimal TotalCostCents,
    DateTimeOffset? UpdatedAt);

/// <summary>
/// The statements behind cost accounting. A charge adds to the job's columns and to the user's month in one
/// statement: the job update is fenced by attempt (a worker that lost the job charges nothing), and the month row is
/// one <c>INSERT ... ON CONFLICT (user_id, period_start) DO UPDATE SET x = gh_user_usage.x + EXCLUDED.x</c>, so
/// concurrent jobs of one user never lose an increment (the row lock serialises them; nobody reads then writes).
/// </summary>
public sealed class UsageLedger(NpgsqlDataSource db)
{
    /// <summary>The current month in UTC, the key of <c>gh_user_usage</c>.</summary>
    internal const string CurrentPeriod = "date_trunc('month', now() AT TIME ZONE 'UTC')::date";

    // $1 job, $2 attempt, $3 worker, $4 actions, $5 input tokens, $6 output tokens, $7 cents, $8 stated tier or NULL,
    // $9 jobs to count. The tier of a new month row is the stated one, else the user's latest, else free.
    private const string AddToMonth = $"""
        INSERT INTO gh_user_usage AS u (user_id, period_start, tier, job_count, action_count, input_tokens, output_tokens, total_cost_cents)
        SELECT c.user_id, {CurrentPeriod},
               coalesce($8, (SELECT p.tier FROM gh_user_usage p WHERE p.user_id = c.user_id ORDER BY p.period_start DESC LIMIT 1), 'free'),
               $9, $4, $5, $6, $7
        FROM changed c
        ON CONFLICT (user_id, period_start) DO UPDATE SET
            tier = coalesce($8, u.tier),
            job_count = u.job_count + EXCLUDED.job_count,
            action_count = u.action_count + EXCLUDED.action_count,
            input_tokens = u.input_tokens + EXCLUDED.input_tokens,
            output_tokens = u.output_tokens + EXCLUDED.output_tokens,
            total_cost_cents = u.total_cost_cents + EXCLUDED.total_cost_cents,
            updated_at = now()
        """;

    private const string ChargeSql = $"""
        WITH changed AS (
            UPDATE gh_automation_jobs
            SET action_count = action_count + $4, input_tokens = input_tokens + $5, output_tokens = output_tokens + $6,
                llm_cost_cents = llm_cost_cents + $7
            WHERE id = $1 AND attempt = $2 AND worker_id = $3 AND status IN ('queued', 'running')
            RETURNING user_id
        )
        {AddToMonth}
        """;

    // Counts the job in its user's month once, however many attempts and resumes it takes.
    private const string StartSql = $"""
        WITH changed AS (
            UPDATE gh_automation_jobs SET usage_counted = true
            WHERE id = $1 AND attempt = $2 AND worker_id = $3 AND status IN ('queued', 'running') AND NOT usage_counted
            RETURNING user_id
        )
        {AddToMonth}
        """;

    // The user's latest row up to this month: this month's spending if it is this month's, and the tier either way.
    private const string LatestSql = $"""
        SELECT c.period, l.tier, l.period_start, l.job_count, l.action_count, l.input_tokens, l.output_tokens, l.total_cost_cents, l.updated_at
        FROM (SELECT {CurrentPeriod} AS period) c
        LEFT JOIN LATERAL (
            SELECT * FROM gh_user_usage u WHERE u.user_id = $1 AND u.period_start <= c.period ORDER BY u.period_start DESC LIMIT 1
        ) l ON true
        """;

    private const string MonthSql = """
        SELECT coalesce(m.tier, (SELECT p.tier FROM gh_user_usage p WHERE p.user_id = $1 AND p.period_start < $2
                                 ORDER BY p.period_start DESC LIMIT 1), 'free'),
               coalesce(m.job_count, 0), coalesce(m.action_count, 0), coalesce(m.input_tokens, 0), coalesce(m.output_tokens, 0),
               coalesce(m.total_cost_cents, 0), m.updated_at
        FROM (SELECT 1) one LEFT JOIN gh_user_usage m ON m.user_id = $1 AND m.period_start = $2
        """;

    /// <summary>
    /// Adds <paramref name="charge"/> to the job (fenced by this attempt) and to its user's month. False, and nothing
    /// written, when the attempt no longer owns the job.
    /// </summary>
    public Task<bool> ChargeAsync(JobContext attempt, Charge charge, string? statedTier, CancellationToken ct) =>
        ExecuteAsync(ChargeSql, attempt, charge, statedTier, jobs: 0, ct);

    /// <summary>Counts the job in its user's month unless an earlier attempt did; true when this call counted it.</summary>
    public Task<bool> StartAsync(JobContext attempt, string? statedTier, CancellationToken ct) =>
        ExecuteAsync(StartSql, attempt, default, statedTier, jobs: 1, ct);

    /// <summary>The user's current month (zeros when nothing was recorded yet) and the tier their latest row names.</summary>
    public async Task<MonthUsage> CurrentMonthAsync(Guid userId, CancellationToken ct)
    {
        await using var command = db.CreateCommand(LatestSql);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        await using var r = await command.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        var period = r.GetFieldValue<DateOnly>(0);
        var tier = r.IsDBNull(1) ? BudgetNames.Tiers[0] : r.GetString(1);
        return !r.IsDBNull(2) && r.GetFieldValue<DateOnly>(2) == period
            ? new MonthUsage(tier, period, r.GetInt32(3), r.GetInt32(4), r.GetInt64(5), r.GetInt64(6), r.GetDecimal(7), r.GetFieldValue<DateTimeOffset>(8))
            : new MonthUsage(tier, period, 0, 0, 0, 0, 0, null);
    }

    /// <summary>The user's usage in the month starting <paramref name="periodStart"/>; zeros when nothing was recorded.</summary>
    public async Task<MonthUsage> MonthAsync(Guid userId, DateOnly periodStart, CancellationToken ct)
    {
        await using var command = db.CreateCommand(MonthSql);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = periodStart, NpgsqlDbType = NpgsqlDbType.Date });
        await using var r = await command.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return new MonthUsage(r.GetString(0), periodStart, r.GetInt32(1), r.GetInt32(2), r.GetInt64(3), r.GetInt64(4), r.GetDecimal(5),
            r.IsDBNull(6) ? null : r.GetFieldValue<DateTimeOffset>(6));
    }

    private async Task<bool> ExecuteAsync(string sql, JobContext attempt, Charge charge, string? statedTier, int jobs, CancellationToken ct)
    {
        await using var command = db.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = attempt.Job.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = attempt.Attempt });
        command.Parameters.Add(new NpgsqlParameter { Value = attempt.WorkerId, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = charge.Actions, NpgsqlDbType = NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = charge.InputTokens, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = charge.OutputTokens, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = charge.CostCents, NpgsqlDbType = NpgsqlDbType.Numeric });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)statedTier ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = jobs, NpgsqlDbType = NpgsqlDbType.Integer });
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }
}
