using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GhostHands.Api.Security;

/// <summary>
/// Service-to-service authentication of docs/contract.md: the <c>X-GH-Service-Key</c> header must equal
/// <c>GH_SERVICE_SECRET</c>. Compared in constant time; failures answer 401 with a ProblemDetails body.
/// </summary>
internal sealed class ServiceKeyAuthenticationHandler(
    IOptionsMonitor<ServiceKeyOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder)
    : AuthenticationHandler<ServiceKeyOptions>(options, logger, encoder)
{
    public const string SchemeName = "ServiceKey";
    public const string HeaderName = "X-GH-Service-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var provided) || string.IsNullOrEmpty(provided))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var expected = Encoding.UTF8.GetBytes(Options.Secret);
        var actual = Encoding.UTF8.GetBytes(provided.ToString());
        if (!CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            return Task.FromResult(AuthenticateResult.Fail($"{HeaderName} does not match."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "service")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var missing = !Request.Headers.ContainsKey(HeaderName);
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Unauthorized",
            detail: missing
                ? $"Send the service secret in the {HeaderName} header."
                : $"The {HeaderName} header does not match the configured service secret.",
            extensions: new Dictionary<string, object?> { ["code"] = "unauthorized" })
            .ExecuteAsync(Context);
    }
}

internal sealed class ServiceKeyOptions : AuthenticationSchemeOptions
{
    /// <summary>The shared secret, from <c>GH_SERVICE_SECRET</c>. Required; at least 16 characters.</summary>
    public string Secret { get; set; } = "";
}
