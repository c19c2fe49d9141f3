using System.Text.RegularExpressions;
using Cronos;
using GhostHands.Jobs;
using GhostHands.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GhostHands.Recovery;

/// <summary>
/// A job created on a schedule, declared in configuration under <c>Recurring:Jobs</c>:
/// <code>
/// "Recurring": { "Jobs": [ { "Name": "nightly-ping", "Cron": "0 3 * * *",
///                            "Job": { "job_type": "system.ping", "user_id": "..." } } ] }
/// </code>
/// (or <c>Recurring__Jobs__0__Name=...</c> in the environment). <c>Cron</c> has 5 fields, or 6 with seconds, in UTC.
/// </summary>
public sealed record RecurringJob(string Name, string Cron, CreateJobParams Job)
{
    public CronExpression Schedule { get; } = CronExpression.Parse(Cron, Cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
}

/// <summary>Fired by Wolverine for each recurring job at each scheduled instant.</summary>
public sealed record EnqueueRecurringJob(string Name, DateTimeOffset At);

public static partial class RecurringJobs
{
    public const string Section = "Recurring:Jobs";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex NamePattern();

    /// <summary>Reads and checks the declarations; a bad one is a start-up error naming it.</summary>
    public static IReadOnlyList<RecurringJob> Read(IConfiguration configuration)
    {
        var jobs = new List<RecurringJob>();
        foreach (var entry in configuration.GetSection(Section).GetChildren())
        {
            var name = entry["Name"] ?? "";
            if (!NamePattern().IsMatch(name))
            {
                throw new InvalidOperationException($"{Section}:{entry.Key}:Name '{name}' must be lower-case letters, digits and '-' (at most 63).");
            }

            var request = new CreateJobParams
            {
                JobType = entry["Job:job_type"],
                TargetUrl = entry["Job:target_url"],
                TaskDescription = entry["Job:task_description"],
                UserId = entry["Job:user_id"],
                TargetWorkerId = entry["Job:target_worker_id"],
                Priority = int.TryParse(entry["Job:priority"], out var p) ? p : null,
                CreatedBy = "recurring",
            };
            var errors = JobRules.Validate(request);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Recurring job '{name}' is invalid: {string.Join(" ", errors.SelectMany(e => e.Value))}");
            }

            try
            {
                jobs.Add(new RecurringJob(name, entry["Cron"] ?? "", request));
            }
            catch (CronFormatException e)
            {
                throw new InvalidOperationException($"Recurring job '{name}' has an invalid Cron '{entry["Cron"]}': {e.Message}", e);
            }
        }

        return jobs;
    }
}

/// <summary>
/// Creates the job of one scheduled instant, with idempotency key <c>recurring:NAME:INSTANT</c>: a second firing of
/// the same instant (two nodes, a redelivery, a restart) finds the key taken and creates nothing. If the instant
/// before this one has no job (every process was down then), it is created too, so a restart skips no run;
/// older gaps are not back-filled.
/// </summary>
public static partial class EnqueueRecurringJobHandler
{
    public static async Task Handle(
        EnqueueRecurringJob message, IReadOnlyList<RecurringJob> declarations, NpgsqlDataSource db,
        ILogger<EnqueueRecurringJob> logger, CancellationToken ct)
    {
        if (declarations.FirstOrDefault(d => d.Name == message.Name) is not { } declaration)
        {
            return;
        }

        var at = message.At.ToUniversalTime();
        var previous = declaration.Schedule
            .GetOccurrences(at.UtcDateTime.AddDays(-31), at.UtcDateTime, fromInclusive: true, toInclusive: false)
            .LastOrDefault();
        var instants = previous == default ? [at] : new[] { new DateTimeOffset(previous, TimeSpan.Zero), at };

        var jobs = instants.Select(instant => JobRules.Normalize(declaration.Job) with
        {
            IdempotencyKey = $"recurring:{declaration.Name}:{instant:yyyyMMdd'T'HHmmss'Z'}",
            ScheduledAt = instant,
        }).ToList();
        await using var connection = await db.OpenConnectionAsync(ct);
        var results = await InsertJobs.InsertAsync(connection, jobs, ct);
        var created = results.Count(r => r.Created is not null);
        if (created > 0)
        {
            LogCreated(logger, created, declaration.Name, at);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created {Count} run(s) of recurring job {Name} (due {At})")]
    private static partial void LogCreated(ILogger logger, int count, string name, DateTimeOffset at);
}
