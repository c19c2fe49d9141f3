using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace GhostHands.Execution.Assist;

/// <summary>The <c>llm</c> entry of <c>/monitoring/health</c>: <c>not_configured</c>, <c>healthy</c> or <c>degraded</c>.</summary>
public sealed record LanguageModelHealth(string Status, string? Model, string? Endpoint, string? Detail);

/// <summary>
/// Checks that the configured language model endpoint answers <c>GET {base}/models</c>, which costs nothing (a chat call
/// would be billed). The model is optional, so an unreachable one makes the API degraded, never unhealthy. Neither the
/// key nor credentials in the URL are shown.
/// </summary>
public sealed class LanguageModelProbe(IOptions<LanguageModelOptions> options)
{
    public const string DefaultBaseUrl = "https://api.openai.com/v1";

    // Its own client, not the factory's: the default retries would hold /monitoring/health for seconds on a dead endpoint.
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public async Task<LanguageModelHealth> CheckAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (!o.IsConfigured)
        {
            return new LanguageModelHealth("not_configured", null, null, "No language model: jobs pause on questions the applicant's data does not answer.");
        }

        var baseUrl = new Uri((string.IsNullOrWhiteSpace(o.BaseUrl) ? DefaultBaseUrl : o.BaseUrl).TrimEnd('/') + "/");
        var shown = new UriBuilder(baseUrl) { UserName = "", Password = "", Query = "" }.Uri.GetLeftPart(UriPartial.Path);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, "models"));
        if (!string.IsNullOrWhiteSpace(o.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", o.ApiKey);
        }

        try
        {
            using var response = await Http.SendAsync(request, ct);
            return response.IsSuccessStatusCode
                ? new LanguageModelHealth("healthy", o.Model, shown, null)
                : new LanguageModelHealth("degraded", o.Model, shown, $"GET models answered {(int)response.StatusCode}.");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return new LanguageModelHealth("degraded", o.Model, shown, $"GET models failed: {e.GetType().Name}.");
        }
    }
}
