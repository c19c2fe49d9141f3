using System.CommandLine;
using GhostHands.Client;
using GhostHands.Contracts;

namespace GhostHands.Cli;

/// <summary>
/// <c>jobs list|get|cancel|retry|events</c>, and the tree of every job command (<c>submit-test-job</c> and
/// <c>jobs watch</c> live beside this file).
/// </summary>
internal static partial class JobCommands
{
    public static IEnumerable<Command> Build(TextWriter stdout, TextWriter stderr)
    {
        yield return SubmitTestJob(stdout, stderr);
        var jobs = new Command("jobs", "List, inspect, follow, cancel and retry jobs.");
        jobs.Subcommands.Add(List(stdout, stderr));
        jobs.Subcommands.Add(Get(stdout, stderr));
        jobs.Subcommands.Add(Cancel(stdout, stderr));
        jobs.Subcommands.Add(Retry(stdout, stderr));
        jobs.Subcommands.Add(Events(stdout, stderr));
        jobs.Subcommands.Add(Watch(stdout, stderr));
        yield return jobs;
    }

    private static Command List(TextWriter stdout, TextWriter stderr)
    {
        var status = new Option<string[]>("--status") { Description = "Only these statuses (repeat or comma-separate).", AllowMultipleArgumentsPerToken = true };
        var jobType = new Option<string?>("--type") { Description = "Only this job type." };
        var workerId = new Option<string?>("--worker-id") { Description = "Only jobs claimed by this worker." };
        var target = new Option<string?>("--target-worker-id") { Description = "Only jobs routed to this worker." };
        var userId = new Option<Guid?>("--user-id") { Description = "Only this user's jobs." };
        var limit = new Option<int?>("--limit") { Description = "Page size, 1-100 (API default 20)." };
        var offset = new Option<int?>("--offset") { Description = "Jobs to skip." };
        var command = new Command("list", "List jobs, newest first.") { status, jobType, workerId, target, userId, limit, offset };
        command.SetAction((parse, ct) => CliApp.Guard(parse, stderr, ct, async () =>
        {
            var statuses = new List<JobStatus>();
            foreach (var s in (parse.GetValue(status) ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                statuses.Add(JobStatuses.TryParse(s, out var parsed)
                    ? parsed
                    : throw new UsageException($"--status '{s}' is not one of {string.Join(", ", JobStatuses.All)}."));
            }

            using var client = CliApp.CreateClient(parse);
            var page = await client.ListJobsAsync(new ListJobsQuery
            {
                Statuses = statuses,
                JobType = parse.GetValue(jobType),
                WorkerId = parse.GetValue(workerId),
                TargetWorkerId = parse.GetValue(target),
                UserId = parse.GetValue(userId),
                Limit = parse.GetValue(limit),
                Offset = parse.GetValue(offset),
            }, ct);
            if (parse.GetValue(CliApp.Json))
            {
                await Output.JsonAsync(stdout, page);
                return ExitCodes.Ok;
            }

            var rows = page.Jobs.Select(j => new[]
            {
                j.Id.ToString(), j.Status.ToDb(), j.JobType, j.TargetWorkerId ?? "-", j.WorkerId ?? "-", Output.Timestamp(j.CreatedAt),
            }).ToList();
            foreach (var line in Output.Table(["ID", "STATUS", "TYPE", "TARGET", "WORKER", "CREATED"], rows))
            {
                await stdout.WriteLineAsync(line);
            }

            await stdout.WriteLineAsync($"{page.Jobs.Count} of {page.Total} job(s).");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Get(TextWriter stdout, TextWriter stderr)
    {
        var id = JobId();
        var command = new Command("get", "Show one job.") { id };
        command.SetAction((parse, ct) => CliApp.Guard(parse, stderr, ct, async () =>
        {
            using var client = CliApp.CreateClient(parse);
            await WriteJobAsync(stdout, parse, await client.GetJobAsync(parse.GetValue(id), ct));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Cancel(TextWriter stdout, TextWriter stderr)
    {
        var id = JobId();
        var reason = new Option<string?>("--reason") { Description = "Why, kept in the job's status message." };
        var command = new Command("cancel", "Cancel a pending, queued, running or paused job.") { id, reason };
        command.SetAction((parse, ct) => CliApp.Guard(parse, stderr, ct, async () =>
        {
            using var client = CliApp.CreateClient(parse);
            await WriteJobAsync(stdout, parse, await client.CancelJobAsync(parse.GetValue(id), parse.GetValue(reason), ct));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Retry(TextWriter stdout, TextWriter stderr)
    {
        var id = JobId();
        var command = new Command("retry", "Put a failed, cancelled or expired job back to pending with a fresh retry budget.") { id };
        command.SetAction((parse, ct) => CliApp.Guard(parse, stderr, ct, async () =>
        {
            using var client = CliApp.CreateClient(parse);
            await WriteJobAsync(stdout, parse, await client.RetryJobAsync(parse.GetValue(id), ct));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Events(TextWriter stdout, TextWriter stderr)
    {
        var id = JobId();
        var after = new Option<long?>("--after") { Description = "Only events after this event id." };
        var command = new Command("events", "Show a job's events so far (status changes and narrated steps).") { id, after };
        command.SetAction((parse, ct) => CliApp.Guard(parse, stderr, ct, async () =>
        {
            using var client = CliApp.CreateClient(parse);
            var jobId = parse.GetValue(id);
            var events = await client.GetEventsAsync(jobId, parse.GetValue(after), cancellationToken: ct);
            if (parse.GetValue(CliApp.Json))
            {
                await Output.JsonAsync(stdout, new { job_id = jobId, events });
                return ExitCodes.Ok;
            }

            foreach (var e in events)
            {
                await stdout.WriteLineAsync(Output.EventLine(e));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task WriteJobAsync(TextWriter stdout, ParseResult parse, Job job)
    {
        if (parse.GetValue(CliApp.Json))
        {
            await Output.JsonAsync(stdout, job);
            return;
        }

        foreach (var line in Output.Details(job))
        {
            await stdout.WriteLineAsync(line);
        }
    }

    private static Argument<Guid> JobId() => new("job-id") { Description = "The job's id (a UUID)." };
}
