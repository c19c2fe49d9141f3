using System.Buffers.Text;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using GhostHands.Api.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GhostHands.Api.Dashboard;

/// <summary>
/// The dashboard's sign-in. A browser cannot send <c>X-GH-Service-Key</c> on navigation, so the sign-in form takes the
/// service secret once and answers with a session cookie: <c>{expiry}.{HMAC-SHA256 of the expiry}</c>, keyed by a key
/// derived from <c>GH_SERVICE_SECRET</c>. Stateless, valid on every API instance, and void as soon as the secret is
/// rotated. The cookie is HttpOnly and SameSite=Strict (never sent on a request started by another site), and it is
/// accepted only by the dashboard's own routes and the four API calls the dashboard makes (<see cref="Covers"/>);
/// anything else still needs the header. Requests that change something must also carry <see cref="CsrfHeader"/>:
/// a page of another origin can only add it after a CORS preflight, and this API never allows credentials in one, so
/// such a request is never sent with the cookie.
/// </summary>
internal static partial class DashboardSession
{
    public const string SchemeName = "DashboardSession";
    public const string CookieName = "gh_dashboard";
    public const string CsrfHeader = "X-GH-Dashboard";

    /// <summary>How long a sign-in lasts. Signing out deletes the cookie; rotating the secret voids every session.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private static readonly byte[] KeyPurpose = "GhostHands dashboard session v1"u8.ToArray();

    public static string Issue(string secret, DateTimeOffset now)
    {
        var expires = now.Add(Lifetime).ToUnixTimeSeconds();
        return $"{expires.ToString(CultureInfo.InvariantCulture)}.{Base64Url.EncodeToString(Sign(secret, expires))}";
    }

    public static bool IsValid(string secret, string token, DateTimeOffset now)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0
            || !long.TryParse(token.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || expires <= now.ToUnixTimeSeconds()
            || expires > now.Add(Lifetime).ToUnixTimeSeconds())
        {
            return false;
        }

        var mac = new byte[32];
        return Base64Url.TryDecodeFromChars(token.AsSpan(dot + 1), mac, out var written)
            && written == mac.Length
            && CryptographicOperations.FixedTimeEquals(mac, Sign(secret, expires));
    }

    /// <summary>Whether the service secret typed into the sign-in form is the right one (constant time).</summary>
    public static bool IsSecret(string secret, string? typed) =>
        typed is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(typed));

    public static CookieOptions CookieOptions(HttpRequest request) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = request.IsHttps,
        Path = "/",
        MaxAge = Lifetime,
        IsEssential = true,
    };

    /// <summary>The routes the cookie may authenticate: the dashboard itself and the API calls its page makes.</summary>
    public static bool Covers(HttpRequest request)
    {
        if (request.Path.StartsWithSegments("/dashboard"))
        {
            return true;
        }

        var match = DashboardApiCall().Match(request.Path.Value ?? "");
        return match.Success && (match.Groups["read"].Success
            ? HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            : HttpMethods.IsPost(request.Method));
    }

    /// <summary>The scheme a request is authenticated with: the service key whenever the header is sent.</summary>
    public static string SchemeFor(HttpContext context) =>
        !context.Request.Headers.ContainsKey(ServiceKeyAuthenticationHandler.HeaderName)
        && context.Request.Cookies.ContainsKey(CookieName)
        && Covers(context.Request)
            ? SchemeName
            : ServiceKeyAuthenticationHandler.SchemeName;

    private static byte[] Sign(string secret, long expires)
    {
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, salt: [], info: KeyPurpose);
        return HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(expires.ToString(CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex("^/api/v1/gh/jobs/[0-9a-fA-F-]{36}/(?:(?<read>stream|artifacts/[^/]+)|(?<write>cancel|retry))$")]
    private static partial Regex DashboardApiCall();
}

/// <summary>Authenticates the dashboard's session cookie on the routes <see cref="DashboardSession.Covers"/>.</summary>
internal sealed class DashboardSessionHandler(
    IOptionsMonitor<DashboardSessionOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<ApiOptions> api,
    TimeProvider time)
    : AuthenticationHandler<DashboardSessionOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Cookies.TryGetValue(DashboardSession.CookieName, out var token) || !DashboardSession.Covers(Request))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!DashboardSession.IsValid(api.Value.ServiceSecret, token, time.GetUtcNow()))
        {
            return Task.FromResult(AuthenticateResult.Fail("The dashboard session has expired or is no longer valid; sign in again at /dashboard."));
        }

        if (!HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method) && !Request.Headers.ContainsKey(DashboardSession.CsrfHeader))
        {
            return Task.FromResult(AuthenticateResult.Fail($"A dashboard request that changes something must carry the {DashboardSession.CsrfHeader} header."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "dashboard")], DashboardSession.SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), DashboardSession.SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Unauthorized",
            detail: result.Failure?.Message ?? "Sign in at /dashboard.",
            extensions: new Dictionary<string, object?> { ["code"] = "unauthorized" })
            .ExecuteAsync(Context);
    }
}

internal sealed class DashboardSessionOptions : AuthenticationSchemeOptions;
