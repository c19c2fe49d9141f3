using GhostHands.Api.Dashboard;
using GhostHands.Api.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Wolverine.Http;

namespace GhostHands.Api;

/// <summary>Options of the API process (section <c>Api</c>; seed variables <c>GH_SERVICE_SECRET</c>, <c>GH_API_PORT</c>, <c>CORS_ORIGIN</c>).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";
    public const int DefaultPort = 3100;
    public const int MinSecretLength = 16;

    /// <summary>Shared secret VALET sends in <c>X-GH-Service-Key</c>. Required, at least 16 characters.</summary>
    public string ServiceSecret { get; set; } = "";

    /// <summary>Port the API listens on. Default 3100.</summary>
    public int Port { get; set; } = DefaultPort;

    /// <summary>Allowed CORS origin(s), comma-separated; none when empty.</summary>
    public string? CorsOrigin { get; set; }
}

internal static class ApiHost
{
    public const string CorsPolicy = "valet";

    /// <summary>The default scheme: the service key, or on the dashboard's routes its session cookie.</summary>
    public const string AuthenticationScheme = "GhostHands";

    public static WebApplicationBuilder AddApiHost(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ApiOptions.Section);
        builder.Services.AddOptions<ApiOptions>()
            .Bind(section)
            .Validate(o => o.ServiceSecret.Length >= ApiOptions.MinSecretLength,
                $"GH_SERVICE_SECRET (Api:ServiceSecret) must be set to at least {ApiOptions.MinSecretLength} characters.")
            .Validate(o => o.Port is > 0 and < 65536, "GH_API_PORT (Api:Port) must be a TCP port (1-65535).")
            .ValidateOnStart();

        // Listen on GH_API_PORT unless URLs were given explicitly (ASPNETCORE_URLS, --urls, or a test server).
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls($"http://0.0.0.0:{section.GetValue(nameof(ApiOptions.Port), ApiOptions.DefaultPort)}");
        }

        builder.Services.AddAuthentication(AuthenticationScheme)
            .AddPolicyScheme(AuthenticationScheme, null, policy => policy.ForwardDefaultSelector = DashboardSession.SchemeFor)
            .AddScheme<ServiceKeyOptions, ServiceKeyAuthenticationHandler>(ServiceKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddOptions<ServiceKeyOptions>(ServiceKeyAuthenticationHandler.SchemeName)
            .Configure<IOptions<ApiOptions>>((scheme, api) => scheme.Secret = api.Value.ServiceSecret);
        builder.Services.AddAuthorization();

        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            var origins = (section[nameof(ApiOptions.CorsOrigin)] ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod();
        }));

        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = BadRequestExceptionHandler.NameTheField);
        builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonForAnyAccept>();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddSingleton<BadRequestExceptionHandler>();
        builder.Services.AddOpenApi(openApi =>
        {
            openApi.AddSchemaTransformer<OpenApi.ApplicantProfileSchema>();
            openApi.AddOperationTransformer<OpenApiResponses>();
        });
        builder.Services.AddWolverineHttp();
        return builder;
    }

    public static WebApplication UseApiHost(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors(CorsPolicy);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<JsonBodyCheck>();
        return app;
    }
}
