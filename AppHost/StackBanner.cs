using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GhostHands.AppHost;

/// <summary>
/// Once the API is healthy, prints where everything is, as <c>script/server</c> always has: the API, its docs, the
/// GhostHands dashboard, the Aspire dashboard with its login token, and the development secret when one was generated.
/// </summary>
internal static class StackBanner
{
    public static IResourceBuilder<ProjectResource> PrintsWhereEverythingIs(
        this IResourceBuilder<ProjectResource> api, string apiUrl, IEnumerable<string> workers, DevelopmentSecrets secrets, DatabaseSource database)
    {
        return api.OnResourceReady((_, ready, _) =>
        {
            var configuration = ready.Services.GetRequiredService<IConfiguration>();
            var lines = new List<string>
            {
                "",
                "  GhostHands is running.",
                $"    API              {apiUrl}/api/v1/gh   (header X-GH-Service-Key)",
                $"    API docs         {apiUrl}/docs",
                $"    dashboard        {apiUrl}/dashboard   (sign in with the service secret)",
                $"    Aspire dashboard {AspireDashboard(configuration)}",
                $"    workers          {string.Join(' ', workers)}",
                $"    database         {database.ToString().ToLowerInvariant()}",
            };
            if (secrets.GeneratedServiceSecretFile is { } file)
            {
                lines.Add($"    secret           {secrets.ServiceSecret}   (development secret, kept in {file})");
            }

            lines.Add("  Ctrl-C stops everything.");
            lines.Add("");
            Console.Error.WriteLine(string.Join(Environment.NewLine, lines));
            return Task.CompletedTask;
        });
    }

    /// <summary>The dashboard's first URL, with the browser token that signs in (absent when it runs unsecured).</summary>
    private static string AspireDashboard(IConfiguration configuration)
    {
        var url = (configuration["ASPNETCORE_URLS"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (url is null)
        {
            return "(not configured)";
        }

        return configuration["AppHost:BrowserToken"] is { Length: > 0 } token ? $"{url.TrimEnd('/')}/login?t={token}" : url;
    }
}
