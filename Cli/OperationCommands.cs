using System.CommandLine;
using System.Globalization;
using GhostHands.Client;
using GhostHands.Contracts;
using GhostHands.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GhostHands.Cli;

/// <summary>The runbook commands of docs/contract.md, Runbook: workers, emergency stop, stuck-job recovery, migrations.</summary>
internal static class OperationCommands
{
    public static IEnumerable<Command> Build(TextWriter stdout, TextWriter stderr)
    {
        var workers = new Command("workers", "Inspect and drain workers.");
        workers.Subcommands.Add(ListWorkers(stdout, stderr));
        workers.Subcommands.Add(Drain(stdout, stderr));
        yield return workers;
        yield return EmergencyStop(stdout, stderr);
        yield return Resume(stdout, stderr);
        yield return Queue(stdout, stderr);
        yield return RecoverStuck(stdout, stderr);
        yield return Migrate(stdout, stderr);
    }

    private static Command ListWorkers(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("list", "Every registered worker: status, current jobs, heartbeat age, counters.");
        command.SetAction((parse, ct) => CliApp.Guard(parse, stderr, ct, async () =>
        {
            using var client = CliApp.CreateClient(parse);
            var workers = await client.ListWorkersAsync(ct);
            if (parse.GetValue(CliApp.Json))
            {
                await Output.JsonAsync(stdout, new { workers });
                return ExitCodes.Ok;
            }

            var rows = workers.Select(w => new[]
            {
                w.WorkerId, w.Status, $"{w.CurrentJobs.Count}/{w.MaxConcurrentJobs}",
                $"{w.HeartbeatAgeSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s",
                w.JobsCompleted.ToString(CultureInfo.InvariantCulture), w.JobsFailed.ToString(CultureInfo.InvariantCulture), w.Hostname,
            }).ToList();
            foreach (var line in Output.Table(["WORKER", "STATUS", "JOBS", "HEARTBEAT", "COMPLETED", "FAILED", "HOST"], rows))
            {
                await stdout.WriteLineAsync(line);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Drain(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("worker-id") { Description = "The worker's --worker-id." };
        var command = new Command("drain", "The worker finishes the jobs it holds and claims no more (until it restarts).") { id };
        command.SetAction((parse, ct) => CliApp.Guard(parse, stderr, ct, async () =>
        {
            using var client = CliApp.CreateClient(parse);
            var worker = await client.DrainWorkerAsync(parse.GetValue(id)!, ct);
            await (parse.GetValue(CliApp.Json)
                ? Output.JsonAsync(stdout, worker)
                : stdout.WriteLineAsync($"Worker {worker.WorkerId} is {worker.Status}; it holds {worker.CurrentJobs.Count} job(s)."));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command EmergencyStop(TextWriter stdout, TextWriter stderr)
    {
        var reason = new Option<string?>("--reason") { Description = "Why, shown by 'ghosthands queue'." };
        var command = new Command("emergency-stop", "Pause the queue: no worker claims anything until 'resume'; running jobs finish, nothing is lost.") { reason };
        command.SetAction((parse, ct) => CliApp.Guard(parse, stderr, ct, async () =>
        {
            using var client = CliApp.CreateClient(parse);
            await WriteQueueAsync(stdout, parse, await client.PauseQueueAsync(parse.GetValue(reason), ct));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Resume(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("resume", "Resume the queue after an emergency stop.");
        command.SetAction((parse, ct) => CliApp.Guard(parse, stderr, ct, async () =>
        {
            using var client = CliApp.CreateClient(parse);
            await WriteQueueAsync(stdout, parse, await client.ResumeQueueAsync(ct));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Queue(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("queue", "Show whether the queue is paused (emergency stop).");
        command.SetAction((parse, ct) => CliApp.Guard(parse, stderr, ct, async () =>
        {
            using var client = CliApp.CreateClient(parse);
            await WriteQueueAsync(stdout, parse, await client.GetQueueStateAsync(ct));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command RecoverStuck(TextWriter stdout, TextWriter stderr)
    {
        var olderThan = new Option<int?>("--older-than") { Description = "Seconds without a heartbeat that count as stuck; the API's configured limit when omitted." };
        olderThan.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--older-than must be at least 1 second.");
            }
        });
        var command = new Command("recover-stuck", "Put queued or running jobs whose worker went silent back to pending (or fail them when out of retries).") { olderThan };
        command.SetAction((parse, ct) => CliApp.Guard(parse, stderr, ct, async () =>
        {
            using var client = CliApp.CreateClient(parse);
            var seconds = parse.GetValue(olderThan);
            var result = await client.RecoverStuckJobsAsync(seconds is { } s ? TimeSpan.FromSeconds(s) : null, ct);
            await (parse.GetValue(CliApp.Json)
                ? Output.JsonAsync(stdout, result)
                : stdout.WriteLineAsync($"Requeued {result.Requeued} and failed {result.Failed} job(s) silent for over {result.OlderThanSeconds} s."));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Migrate(TextWriter stdout, TextWriter stderr)
    {
        // No default value factory: help output would print the password.
        var connectionString = new Option<string?>("--connection-string")
        {
            Description = $"PostgreSQL connection string (env {CliApp.ConnectionStringVariable}).",
        };
        var command = new Command("migrate", "Apply the schema migrations the database lacks (the API and workers also do at start-up).") { connectionString };
        command.SetAction((parse, ct) => CliApp.Guard(parse, stderr, ct, async () =>
        {
            var cs = parse.GetValue(connectionString) is { Length: > 0 } given ? given : Environment.GetEnvironmentVariable(CliApp.ConnectionStringVariable);
            if (string.IsNullOrEmpty(cs))
            {
                throw new UsageException($"No database: pass --connection-string or set {CliApp.ConnectionStringVariable}.");
            }

            NpgsqlDataSource dataSource;
            try
            {
                dataSource = NpgsqlDataSource.Create(cs);
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"--connection-string is not a valid connection string: {e.Message}");
            }

            await using (dataSource)
            {
                var migrator = new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance);
                var applied = await migrator.MigrateAsync(ct);
                var version = await migrator.CurrentVersionAsync(ct);
                await (parse.GetValue(CliApp.Json)
                    ? Output.JsonAsync(stdout, new { applied, version, latest = SchemaMigrator.All[^1].Version })
                    : stdout.WriteLineAsync($"Applied {applied} migration(s); the schema is at version {version}."));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Task WriteQueueAsync(TextWriter stdout, ParseResult parse, QueueState state) =>
        parse.GetValue(CliApp.Json)
            ? Output.JsonAsync(stdout, state)
            : stdout.WriteLineAsync(state.Paused
                ? $"Queue PAUSED since {Output.Timestamp(state.ChangedAt)}: {state.Reason ?? "no reason given"}. Workers claim nothing until 'ghosthands resume'."
                : $"Queue running (since {Output.Timestamp(state.ChangedAt)}).");
}
