using Microsoft.Extensions.Configuration;

namespace GhostHands.AppHost;

/// <summary>The workers to run: <c>GH_WORKERS</c>, names separated by spaces or commas; adam and sarah by default.</summary>
internal static class Workers
{
    public const string Key = "GH_WORKERS";

    public static readonly IReadOnlyList<string> Default = ["adam", "sarah"];

    /// <summary>
    /// Each name becomes resource <c>worker-NAME</c>, so it must also be a valid resource name part (ASCII letters,
    /// digits, single hyphens), which Aspire checks at start-up.
    /// </summary>
    public static IReadOnlyList<string> Names(IConfiguration configuration)
    {
        var names = (configuration[Key] ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Length > 0 ? names.Distinct(StringComparer.Ordinal).ToArray() : Default;
    }
}
