using System.CommandLine;
using System.Net;
using GhostHands.Client;
using Npgsql;

namespace GhostHands.Cli;

/// <summary>
/// The <c>ghosthands</c> command tree. Every command that talks to the API reads <c>--api-url</c> / <c>GH_API_URL</c>
/// and <c>--service-key</c> / <c>GH_SERVICE_SECRET</c>; <c>--json</c> switches output to JSON for scripts. Failures map
/// to the <see cref="ExitCodes"/>.
/// </summary>
public static class CliApp
{
    public const string ApiUrlVariable = "GH_API_URL";
    public const string ServiceKeyVariable = "GH_SERVICE_SECRET";
    public const string ConnectionStringVariable = "ConnectionStrings__ghosthands";

    internal static readonly Option<string> ApiUrl = new("--api-url")
    {
        Description = $"GhostHands API address (env {ApiUrlVariable}).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(ApiUrlVariable) is { Length: > 0 } url ? url : GhostHandsClientOptions.DefaultBaseUrl,
        Recursive = true,
    };

    // No default value factory: help output would print the secret.
    internal static readonly Option<string?> ServiceKey = new("--service-key")
    {
        Description = $"The API's service secret, sent as X-GH-Service-Key (env {ServiceKeyVariable}).",
        Recursive = true,
    };

    internal static readonly Option<bool> Json = new("--json")
    {
        Description = "Write JSON to stdout (snake_case, as the API) for scripts; progress and errors go to stderr.",
        Recursive = true,
    };

    public static RootCommand BuildRoot(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("GhostHands command line: submit and follow jobs, operate workers and the queue.");
        root.Options.Add(ApiUrl);
        root.Options.Add(ServiceKey);
        root.Options.Add(Json);
        foreach (var command in JobCommands.Build(stdout, stderr).Concat(OperationCommands.Build(stdout, stderr)))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; answers the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parse = BuildRoot(stdout, stderr).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"error: {error.Message}");
            }

            await stderr.WriteLineAsync("Run 'ghosthands --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>Runs one command's work and turns what it throws into a message and an exit code.</summary>
    internal static async Task<int> Guard(ParseResult parse, TextWriter stderr, CancellationToken ct, Func<Task<int>> work)
    {
        var json = parse.GetValue(Json);
        try
        {
            return await work();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("Interrupted.");
            return ExitCodes.Interrupted;
        }
        catch (UsageException e)
        {
            await Output.ErrorAsync(stderr, json, e.Message, "usage");
            return ExitCodes.Usage;
        }
        catch (GhostHandsException e)
        {
            await Output.ErrorAsync(stderr, json, e.Problem);
            return e.StatusCode switch
            {
                HttpStatusCode.BadRequest => ExitCodes.Usage,
                HttpStatusCode.NotFound or HttpStatusCode.Conflict => ExitCodes.NotFoundOrConflict,
                _ => ExitCodes.Unavailable,
            };
        }
        catch (HttpRequestException e)
        {
            await Output.ErrorAsync(stderr, json, $"Cannot reach the API at {parse.GetValue(ApiUrl)}: {e.Message}", "unavailable");
            return ExitCodes.Unavailable;
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            // HttpClient's own timeout.
            await Output.ErrorAsync(stderr, json, $"The API at {parse.GetValue(ApiUrl)} did not answer in time: {e.Message}", "unavailable");
            return ExitCodes.Unavailable;
        }
        catch (NpgsqlException e)
        {
            await Output.ErrorAsync(stderr, json, $"Database error: {e.Message}", "unavailable");
            return ExitCodes.Unavailable;
        }
    }

    /// <summary>A client for the API the options name; a usage error when no service key is configured.</summary>
    internal static GhostHandsClient CreateClient(ParseResult parse)
    {
        var key = parse.GetValue(ServiceKey) is { Length: > 0 } given ? given : Environment.GetEnvironmentVariable(ServiceKeyVariable);
        if (string.IsNullOrEmpty(key))
        {
            throw new UsageException($"No service key: pass --service-key or set {ServiceKeyVariable}.");
        }

        try
        {
            return new GhostHandsClient(new GhostHandsClientOptions { BaseUrl = parse.GetValue(ApiUrl)!, ServiceKey = key });
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }
}

/// <summary>The command line is wrong or incomplete; exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
