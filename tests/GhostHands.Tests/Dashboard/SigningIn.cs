using System.Net;
using GhostHands.Api.Dashboard;
using GhostHands.Tests.Infrastructure;
using GhostHands.Tests.Streaming;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GhostHands.Tests.Dashboard;

public sealed class WhenSigningInToTheDashboard(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await api.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Without_a_session_the_dashboard_shows_the_sign_in_form_and_none_of_its_data()
    {
        var id = await api.DataSource.InsertJob();
        var client = Browser();

        var page = await client.GetAsync("/dashboard");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("action=\"/dashboard/login\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(id.ToString(), html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/dashboard/stream")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/dashboard/jobs/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_secret_answers_401_and_sets_no_cookie()
    {
        var response = await SignInAsync(Browser(), ApiFactory.ServiceSecret + "x");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Contains("not the service secret", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_right_secret_sets_an_http_only_same_site_strict_cookie_that_opens_the_dashboard_and_its_feed()
    {
        var id = await api.DataSource.InsertJob();
        var client = Browser();

        var response = await SignInAsync(client, ApiFactory.ServiceSecret);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        client.DefaultRequestHeaders.Add("Cookie", cookie.Split(';')[0]);
        var page = await client.GetStringAsync("/dashboard");
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var feed = await EventStream.OpenAsync(client, "/dashboard/stream", null, deadline.Token);
        var first = await feed.NextAsync(deadline.Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dashboard", response.Headers.Location?.OriginalString);
        Assert.StartsWith($"{DashboardSession.CookieName}=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"id=\"job-{id}\"", page, StringComparison.Ordinal);
        Assert.Equal("text/event-stream", feed.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("swap", first!.Event);
        Assert.Contains($"id=\"job-{id}\"", first.Data, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/v1/gh/jobs")]
    [InlineData("POST", "/api/v1/gh/jobs")]
    [InlineData("GET", "/api/v1/gh/jobs/{id}")]
    [InlineData("GET", "/api/v1/gh/jobs/{id}/events")]
    [InlineData("POST", "/api/v1/gh/jobs/{id}/resume")]
    [InlineData("GET", "/api/v1/gh/workers")]
    [InlineData("POST", "/api/v1/gh/queue/pause")]
    public async Task The_cookie_opens_nothing_but_the_dashboard_and_the_calls_it_makes(string method, string url)
    {
        var id = await api.DataSource.InsertJob();
        var client = SignedIn();
        var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("{id}", id.ToString(), StringComparison.Ordinal));
        request.Headers.Add(DashboardSession.CsrfHeader, "1");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1L, await api.DataSource.Scalar<long>("SELECT count(*) FROM gh_automation_jobs"));
        Assert.False(await api.DataSource.Scalar<bool>("SELECT paused FROM gh_queue_control"));
    }

    [Fact]
    public async Task A_cancel_without_the_dashboard_header_is_refused_and_changes_nothing_with_it_the_job_is_cancelled()
    {
        var id = await api.DataSource.InsertJob();
        var client = SignedIn();

        var refused = await client.PostAsync($"/api/v1/gh/jobs/{id}/cancel", null);
        var statusAfterRefusal = await api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", id);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/gh/jobs/{id}/cancel");
        request.Headers.Add(DashboardSession.CsrfHeader, "1");
        var accepted = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains(DashboardSession.CsrfHeader, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("pending", statusAfterRefusal);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("cancelled", await api.DataSource.Scalar<string>("SELECT status FROM gh_automation_jobs WHERE id = $1", id));
    }

    public static TheoryData<string> Forged => new()
    {
        "tampered",
        "expired",
        "other-secret",
        "garbage",
    };

    [Theory]
    [MemberData(nameof(Forged))]
    public async Task A_forged_tampered_or_expired_session_is_refused(string kind)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = DashboardSession.Issue(ApiFactory.ServiceSecret, now);
        var token = kind switch
        {
            "tampered" => valid[..^2] + (valid[^2] == 'A' ? "B" : "A") + valid[^1],
            "expired" => DashboardSession.Issue(ApiFactory.ServiceSecret, now - DashboardSession.Lifetime - TimeSpan.FromSeconds(1)),
            "other-secret" => DashboardSession.Issue("another-secret-0123456789", now),
            _ => "not-a-session",
        };
        var client = Browser();
        client.DefaultRequestHeaders.Add("Cookie", $"{DashboardSession.CookieName}={token}");

        var page = await client.GetStringAsync("/dashboard");
        var feed = await client.GetAsync("/dashboard/stream");

        Assert.Contains("action=\"/dashboard/login\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, feed.StatusCode);
        Assert.Equal("application/problem+json", feed.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Signing_out_deletes_the_cookie()
    {
        var client = SignedIn();

        var response = await client.PostAsync("/dashboard/logout", null);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{DashboardSession.CookieName}=;", cookie, StringComparison.Ordinal);
        Assert.Contains("expires=Thu, 01 Jan 1970", cookie, StringComparison.Ordinal);
    }

    /// <summary>A client that behaves like a browser on navigation: no service key, no automatic redirects or cookies.</summary>
    private HttpClient Browser() => api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>
    /// Signed in with a session issued directly rather than through the form, which is rate-limited per client
    /// address; the form itself has its tests above.
    /// </summary>
    private HttpClient SignedIn()
    {
        var client = Browser();
        client.DefaultRequestHeaders.Add("Cookie", $"{DashboardSession.CookieName}={DashboardSession.Issue(ApiFactory.ServiceSecret, DateTimeOffset.UtcNow)}");
        return client;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string secret) =>
        client.PostAsync("/dashboard/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["secret"] = secret }));
}

public sealed class WhenGuessingTheDashboardSecret(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Attempts_past_the_limit_answer_429_even_with_the_right_secret()
    {
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < DashboardEndpoints.LoginAttemptsPerMinute; i++)
        {
            answers.Add((await client.PostAsync("/dashboard/login", Form("wrong-guess"))).StatusCode);
        }

        var afterLimit = await client.PostAsync("/dashboard/login", Form(ApiFactory.ServiceSecret));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a));
        Assert.Equal(HttpStatusCode.TooManyRequests, afterLimit.StatusCode);
        Assert.False(afterLimit.Headers.Contains("Set-Cookie"));
    }

    private static FormUrlEncodedContent Form(string secret) => new(new Dictionary<string, string> { ["secret"] = secret });
}

/// <summary>The session token alone: its lifetime boundary and its binding to the secret.</summary>
public sealed class DashboardSessionTokens
{
    private const string Secret = "a-service-secret-0123456789";
    private static readonly DateTimeOffset Issued = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_session_is_valid_until_one_second_before_its_lifetime_ends() =>
        Assert.True(DashboardSession.IsValid(Secret, DashboardSession.Issue(Secret, Issued), Issued + DashboardSession.Lifetime - TimeSpan.FromSeconds(1)));

    [Fact]
    public void A_session_is_void_when_its_lifetime_ends() =>
        Assert.False(DashboardSession.IsValid(Secret, DashboardSession.Issue(Secret, Issued), Issued + DashboardSession.Lifetime));

    [Fact]
    public void A_session_is_void_once_the_secret_is_rotated() =>
        Assert.False(DashboardSession.IsValid(Secret + "-rotated", DashboardSession.Issue(Secret, Issued), Issued));

    [Fact]
    public void A_session_claiming_a_longer_life_than_any_issued_is_void()
    {
        var issued = DashboardSession.Issue(Secret, Issued + TimeSpan.FromDays(30));

        Assert.False(DashboardSession.IsValid(Secret, issued, Issued));
    }
}
