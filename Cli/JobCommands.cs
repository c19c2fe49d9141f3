using System.CommandLine;
using System.Text.Json;
using GhostHands.Client;
using GhostHands.Jobs;

namespace GhostHands.Cli;

/// <summary><c>submit-test-job</c> and <c>jobs list|get|cancel|retry|events|watch</c>.</summary>
internal static class JobCommands
{
    /// <summary>The user test jobs run for when <c>--user-id</c> is not given.</summary>
    public static readonly Guid TestUserId = Guid.Parse("00000000-0000-4000-8000-000000000001");

    public const int DefaultTimeoutSeconds = 600;

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

    private static Command SubmitTestJob(TextWriter stdout, TextWriter stderr)
    {
        var workerId = new Option<string?>("--worker-id", "-w") { Description = "Route the job to this worker (target_worker_id); any worker when omitted." };
        var url = new Option<string?>("--url") { Description = "Page for a browser job; makes the job a scrape of that page (read-only) unless --type says otherwise." };
        var type = new Option<string?>("--type") { Description = $"Job type: {string.Join(", ", JobTypes.Known)}. Default system.ping, or scrape with --url." };
        var input = new Option<string?>("--input") { Description = "input_data as a JSON object, e.g. '{\"sleep_ms\": 2000}'." };
        var userId = new Option<Guid>("--user-id") { Description = "user_id of the job.", DefaultValueFactory = _ => TestUserId };
        var key = new Option<string?>("--idempotency-key") { Description = "idempotency_key of the job." };
        var wait = new Option<bool>("--wait") { Description = "Follow the job's events live until it ends; exit code 0 only if it completed." };
        var timeout = TimeoutOption();
        var command = new Command("submit-test-job", "Submit a test job (system.ping by default) through the API, optionally to one worker.")
        {
            workerId, url, type, input, userId, key, wait, timeout,
        };
        command.SetAction((parse, ct) => CliApp.Guard(parse, stderr, ct, async () =>
        {
            var json = parse.GetValue(CliApp.Json);
            var jobUrl = parse.GetValue(url);
            var jobType = parse.GetValue(type) ?? (jobUrl is null ? JobTypes.SystemPing : JobTypes.Scrape);
            using var client = CliApp.CreateClient(parse);
            var job = await client.CreateJobAsync(new CreateJobParams
            {
                JobType = jobType,
                TargetUrl = jobUrl,
                TaskDescription = jobUrl is null ? "Test job from the ghosthands command line" : $"Test job from the ghosthands command line: {jobType} {jobUrl}",
                InputData = ParseObject(parse.GetValue(input), "--input"),
                UserId = parse.GetValue(userId).ToString(),
                IdempotencyKey = parse.GetValue(key),
                TargetWorkerId = parse.GetValue(workerId),
                Tags = ["test"],
                CreatedBy = "cli",
            }, ct);

            if (!parse.GetValue(wait))
            {
                if (json)
                {
                    await Output.JsonAsync(stdout, job);
                }
                else
                {
                    await stdout.WriteLineAsync($"Submitted job {job.Id} ({job.JobType}{(job.TargetWorkerId is { } t ? $", for worker {t}" : "")}): {job.Status.ToDb()}.");
                    await stdout.WriteLineAsync($"Follow it with: ghosthands jobs watch {job.Id}");
                }

                return ExitCodes.Ok;
            }

            // Progress on stderr under --json, so stdout holds the one final document.
            var progress = json ? stderr : stdout;
            await progress.WriteLineAsync($"Submitted job {job.Id} ({job.JobType}{(job.TargetWorkerId is { } target ? $", for worker {target}" : "")}); following it:");
            return await FollowAsync(client, job.Id, null, parse.GetValue(timeout), ct,
                e => progress.WriteLineAsync(Output.EventLine(e)),
                final => json ? Output.JsonAsync(stdout, final) : stdout.WriteLineAsync(Output.Summary(final)),
                stderr);
        }));
        return command;
    }

    private static Command Watch(TextWriter stdout, TextWriter stderr)
    {
        var id = JobId();
        var after = new Option<long?>("--after") { Description = "Start after this event id (Last-Event-ID); from the first event when omitted." };
        var timeout = TimeoutOption();
        var command = new Command("watch", "Follow a job's events live (Server-Sent Events) until it ends; with --json one event per line.") { id, after, timeout };
        command.SetAction((parse, ct) => CliApp.Guard(parse, stderr, ct, async () =>
        {
            var json = parse.GetValue(CliApp.Json);
            using var client = CliApp.CreateClient(parse);
            return await FollowAsync(client, parse.GetValue(id), parse.GetValue(after), parse.GetValue(timeout), ct,
                e => json ? Output.JsonLineAsync(stdout, e) : stdout.WriteLineAsync(Output.EventLine(e)),
                final => (json ? stderr : stdout).WriteLineAsync(Output.Summary(final)),
                stderr);
        }));
        return command;
    }

    /// <summary>Streams the job's events until [DONE] or the timeout, then answers the exit code of its final status.</summary>
    private static async Task<int> FollowAsync(
        GhostHandsClient client, Guid jobId, long? after, int timeoutSeconds, CancellationToken ct,
        Func<AutomationJobEvent, Task> onEvent, Func<AutomationJob, Task> onEnd, TextWriter stderr)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        try
        {
            await foreach (var e in client.WatchAsync(jobId, after, linked.Token))
            {
                await onEvent(e);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            var current = await client.GetJobAsync(jobId, ct);
            await stderr.WriteLineAsync($"Stopped waiting after {timeoutSeconds} s; job {jobId} is {current.Status.ToDb()} and goes on.");
            return ExitCodes.TimedOut;
        }

        var job = await client.GetJobAsync(jobId, ct);
        await onEnd(job);
        return job.Status == JobStatus.Completed ? ExitCodes.Ok : ExitCodes.JobNotCompleted;
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

    private static async Task WriteJobAsync(TextWriter stdout, ParseResult parse, AutomationJob job)
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

    private static Option<int> TimeoutOption()
    {
        var option = new Option<int>("--timeout")
        {
            Description = $"Seconds to wait for the job to end before giving up (exit code {ExitCodes.TimedOut}).",
            DefaultValueFactory = _ => DefaultTimeoutSeconds,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--timeout must be at least 1 second.");
            }
        });
        return option;
    }

    private static JsonElement? ParseObject(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : throw new UsageException($"{option} must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new UsageException($"{option} is not valid JSON: {e.Message}");
        }
    }
}
