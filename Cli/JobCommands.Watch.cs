using System.CommandLine;
using GhostHands.Client;
using GhostHands.Contracts;

namespace GhostHands.Cli;

/// <summary><c>jobs watch</c> and the following of a job's live events that <c>submit-test-job --wait</c> shares.</summary>
internal static partial class JobCommands
{
    public const int DefaultTimeoutSeconds = 600;

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
        Func<JobEvent, Task> onEvent, Func<Job, Task> onEnd, TextWriter stderr)
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
}
