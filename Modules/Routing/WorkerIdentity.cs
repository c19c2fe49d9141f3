using System.Security.Cryptography;
using System.Text.RegularExpressions;
using GhostHands.Jobs;
using GhostHands.Schema;
using Microsoft.Extensions.Configuration;

namespace GhostHands.Routing;

/// <summary>Resolves the worker id once, at start-up: configured (validated) or generated.</summary>
public static partial class WorkerIdentity
{
    /// <summary>
    /// <c>Worker:WorkerId</c> (from <c>--worker-id</c> or <c>GH_WORKER_ID</c>) when set; otherwise the host name and a
    /// 6-hex-digit random suffix, e.g. <c>ip-10-0-0-7-3f9a1c</c>. A configured id that breaks the pattern is a start-up error.
    /// </summary>
    public static string Resolve(IConfiguration configuration)
    {
        var configured = configuration[$"{WorkerOptions.Section}:{nameof(WorkerOptions.WorkerId)}"];
        if (!string.IsNullOrEmpty(configured))
        {
            if (!JobRules.IsValidWorkerId(configured))
            {
                throw new InvalidOperationException(
                    $"Invalid worker id '{configured}': a worker id starts with a letter or digit and has only letters, " +
                    "digits, '.', '_' or '-', at most 100 characters (for example --worker-id=adam).");
            }

            return configured;
        }

        var host = NotAllowed().Replace(Environment.MachineName, "-").Trim('-', '.', '_');
        host = host.Length == 0 ? "worker" : host[..Math.Min(host.Length, 80)];
        return $"{host}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
    }

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex NotAllowed();
}
