using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GhostHands.Fixtures;

/// <summary>
/// A local web server for the fixture ATS pages, on 127.0.0.1 and a free port. Records every submission the pages
/// make. Start one per test collection and call <see cref="Reset"/> before each test.
/// </summary>
public sealed class FixtureSite : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SubmissionStore store;

    private FixtureSite(WebApplication app, SubmissionStore store, Uri baseUrl)
    {
        this.app = app;
        this.store = store;
        BaseUrl = baseUrl;
    }

    /// <summary>Root of the site, with a trailing slash; <c>/</c> lists every page.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The resume served over HTTP, for jobs that fetch the applicant's resume by URL.</summary>
    public Uri ResumeUrl => new(BaseUrl, $"files/{FixtureCatalog.ResumeFileName}");

    /// <summary>Every submission since the last <see cref="Reset"/>, rejected attempts included, in arrival order.</summary>
    public IReadOnlyList<Submission> Submissions => store.All;

    public static async Task<FixtureSite> StartAsync(CancellationToken cancellationToken = default)
    {
        // The empty builder reads no appsettings.json or environment variables, so whatever configuration the test
        // process carries (ASPNETCORE_URLS, a Kestrel section copied next to the tests) cannot reach this host.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRouting();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SubmissionStore>();
        builder.Services.AddSingleton<SubmissionHold>();

        var app = builder.Build();
        app.MapFixtureEndpoints();
        await app.StartAsync(cancellationToken);

        var address = app.Urls.Single();
        return new FixtureSite(app, app.Services.GetRequiredService<SubmissionStore>(), new Uri(address.TrimEnd('/') + "/"));
    }

    public Uri FormUrl(string name) => new(BaseUrl, $"forms/{Known(name, FixtureCatalog.AllForms)}");

    public Uri PostingUrl(string name) => new(BaseUrl, $"postings/{Known(name, FixtureCatalog.Postings)}");

    /// <summary>Every sign-in attempt since the last <see cref="Reset"/>, in arrival order.</summary>
    public IReadOnlyList<SignIn> SignIns => store.SignIns;

    /// <summary>The first accepted submission of <paramref name="form"/> since the last <see cref="Reset"/>, waiting up to <paramref name="timeout"/>.</summary>
    /// <exception cref="TimeoutException">Nothing accepted in time; the message lists what did arrive.</exception>
    public Task<Submission> WaitForSubmissionAsync(string form, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        store.WaitAsync(s => s.Form == form && s.Accepted, $"accepted submission of '{form}'", timeout, cancellationToken);

    /// <summary>Attempt number <paramref name="attempt"/> of <paramref name="form"/>, accepted or rejected.</summary>
    public Task<Submission> WaitForAttemptAsync(string form, int attempt, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        store.WaitAsync(s => s.Form == form && s.Attempt == attempt, $"attempt {attempt} of '{form}'", timeout, cancellationToken);

    /// <summary>From now on every submission is recorded and then left unanswered until <see cref="ReleaseSubmissions"/>.</summary>
    public void HoldSubmissions() => app.Services.GetRequiredService<SubmissionHold>().Hold();

    /// <summary>Answers the held submissions and stops holding new ones.</summary>
    public void ReleaseSubmissions() => app.Services.GetRequiredService<SubmissionHold>().Release();

    /// <summary>Forgets all submissions, sign-ins and sessions and restarts attempt numbering; confirmation pages become unreachable again.</summary>
    public void Reset()
    {
        store.Reset();
        ReleaseSubmissions();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static string Known(string name, IReadOnlyList<string> known) => known.Contains(name)
        ? name
        : throw new ArgumentException($"Unknown fixture '{name}'. Known: {string.Join(", ", known)}.", nameof(name));

    /// <summary>The site lives inside a test process: Ctrl+C and SIGTERM belong to the test runner, not to this host.</summary>
    private sealed class EmbeddedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
