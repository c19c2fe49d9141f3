using System.CommandLine;
using System.Text.Json;
using GhostHands.Contracts;

namespace GhostHands.Cli;

/// <summary><c>submit-test-job</c>: a test job through the API, optionally followed until it ends.</summary>
internal static partial class JobCommands
{
    /// <summary>The user test jobs run for when <c>--user-id</c> is not given.</summary>
    public static readonly Guid TestUserId = Guid.Parse("00000000-0000-4000-8000-000000000001");

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
