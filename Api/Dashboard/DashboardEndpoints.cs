using System.Reflection;
using System.Security.Cryptography;
using System.Threading.RateLimiting;
using GhostHands.Jobs.Monitoring;
using GhostHands.Jobs.Queries;
using GhostHands.Jobs.Streaming;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GhostHands.Api.Dashboard;

/// <summary>
/// The operator dashboard at <c>/dashboard</c>: a server-rendered page, a small script that keeps it live through
/// <c>/dashboard/stream</c>, and a sign-in with the service secret (<see cref="DashboardSession"/>). No build step and
/// nothing fetched from elsewhere: the stylesheet and script are embedded in this assembly.
/// </summary>
internal static class DashboardEndpoints
{
    private const string LoginLimiter = "dashboard-login";

    /// <summary>Sign-in attempts per client address and minute; the secret is long, this only slows guessing down.</summary>
    public const int LoginAttemptsPerMinute = 10;

    // Only what the page itself loads: no inline script or style, nothing from another origin, no framing.
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    private static readonly Dictionary<string, (byte[] Content, string Type)> Assets = new()
    {
        ["dashboard.css"] = (Load("dashboard.css"), "text/css; charset=utf-8"),
        ["dashboard.js"] = (Load("dashboard.js"), "text/javascript; charset=utf-8"),
    };

    /// <summary>Changes with the assets' content, so browsers may cache them for good.</summary>
    private static readonly string AssetVersion = Convert.ToHexStringLower(
        SHA256.HashData(Assets.Values.SelectMany(a => a.Content).ToArray()))[..12];

    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication()
            .AddScheme<DashboardSessionOptions, DashboardSessionHandler>(DashboardSession.SchemeName, null);
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(LoginLimiter, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return builder;
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.UseRateLimiter();
        var dashboard = app.MapGroup("/dashboard").ExcludeFromDescription();
        dashboard.MapGet("", Page).AllowAnonymous();
        dashboard.MapPost("/login", Login).AllowAnonymous().RequireRateLimiting(LoginLimiter).DisableAntiforgery();
        dashboard.MapPost("/logout", Logout).AllowAnonymous().DisableAntiforgery();
        dashboard.MapGet("/assets/{name}", Asset).AllowAnonymous();
        dashboard.MapGet("/jobs/{id:guid}", Detail).RequireAuthorization();
        dashboard.MapGet("/stream", DashboardFeed.StreamAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> Page(HttpContext context, NpgsqlDataSource db, CancellationToken ct)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return Html(context, DashboardHtml.Login(null, AssetVersion));
        }

        var selected = Guid.TryParse(context.Request.Query["job"], out var id) ? await GetJobEndpoint.FindAsync(db, id, ct) : null;
        var overview = await QueueOverview.ReadAsync(db, null, ct);
        return Html(context, DashboardHtml.Page(overview, selected, AssetVersion));
    }

    private static async Task<IResult> Login(HttpContext context, IOptions<ApiOptions> api, TimeProvider time)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        if (!DashboardSession.IsSecret(api.Value.ServiceSecret, form?["secret"].ToString()))
        {
            return Html(context, DashboardHtml.Login("That is not the service secret.", AssetVersion), StatusCodes.Status401Unauthorized);
        }

        context.Response.Cookies.Append(DashboardSession.CookieName,
            DashboardSession.Issue(api.Value.ServiceSecret, time.GetUtcNow()), DashboardSession.CookieOptions(context.Request));
        return Results.Redirect("/dashboard", permanent: false, preserveMethod: false);
    }

    private static IResult Logout(HttpContext context)
    {
        context.Response.Cookies.Delete(DashboardSession.CookieName, DashboardSession.CookieOptions(context.Request));
        return Results.Redirect("/dashboard");
    }

    private static async Task<IResult> Detail(Guid id, HttpContext context, NpgsqlDataSource db, CancellationToken ct)
    {
        var job = await GetJobEndpoint.FindAsync(db, id, ct);
        return Html(context, job is null ? DashboardHtml.NotFound(id) : DashboardHtml.Detail(job),
            job is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
    }

    private static IResult Asset(string name, HttpContext context)
    {
        if (!Assets.TryGetValue(name, out var asset))
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(asset.Content, asset.Type);
    }

    private static IResult Html(HttpContext context, string html, int status = StatusCodes.Status200OK)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "same-origin";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static byte[] Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"GhostHands.Api.Dashboard.{name}")
            ?? throw new InvalidOperationException($"The dashboard asset {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
