using System.Text.Json;
using GhostHands.Credentials;
using GhostHands.Jobs.Handling;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace GhostHands.Execution.Browser;

/// <summary>
/// Browser sessions per user and domain: after a job signed in, the cookies of the page's domain are sealed in the
/// vault (<c>session_cookies</c>); the next job of that user on that domain starts with them and usually finds itself
/// signed in. Cookies are secrets: events name the domain and how many cookies, never a value.
/// </summary>
internal sealed class SavedSessions(CredentialVault vault, IOptions<CredentialsOptions> options, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds the user's saved cookies for the domain of <paramref name="url"/> to the context; true when there were some.</summary>
    public async Task<bool> RestoreAsync(JobContext context, IBrowserContext browser, string? url)
    {
        if (!vault.IsConfigured || AtsPlatforms.Domain(url) is not { } domain)
        {
            return false;
        }

        (Guid Id, Secret Cookies)? saved;
        try
        {
            saved = await vault.LoadSessionAsync(context.Job.UserId, domain, context.CancellationToken);
        }
        catch (CredentialDecryptionException e)
        {
            await context.NarrateAsync("session_unusable", $"The saved browser session for {domain} could not be used: {e.Message}", new { domain });
            return false;
        }

        if (saved is not { } session)
        {
            return false;
        }

        var cookies = JsonSerializer.Deserialize<List<StoredCookie>>(session.Cookies.Reveal(), Json) ?? [];
        await browser.AddCookiesAsync(cookies.Select(c => new Cookie
        {
            Name = c.Name,
            Value = c.Value,
            Domain = c.Domain,
            Path = c.Path,
            Expires = c.Expires > 0 ? c.Expires : null,
            HttpOnly = c.HttpOnly,
            Secure = c.Secure,
            SameSite = c.SameSite,
        }));
        await vault.MarkUsedAsync(session.Id, verified: false, context.CancellationToken);
        await context.NarrateAsync("session_restored", $"Restored the saved browser session for {domain} ({cookies.Count} cookie(s)).", new { domain, cookies = cookies.Count });
        return true;
    }

    /// <summary>Seals the cookies of the page's domain for the user's next job there.</summary>
    public async Task SaveAsync(JobContext context, IBrowserContext browser, IPage page)
    {
        if (!vault.IsConfigured || page.IsClosed || AtsPlatforms.Domain(page.Url) is not { } domain)
        {
            return;
        }

        var cookies = (await browser.CookiesAsync([page.Url]))
            .Select(c => new StoredCookie(c.Name, c.Value, c.Domain, c.Path, c.Expires, c.HttpOnly, c.Secure, c.SameSite))
            .ToList();
        if (cookies.Count == 0)
        {
            return;
        }

        await vault.SaveSessionAsync(context.Job.UserId, domain, new Secret(JsonSerializer.Serialize(cookies, Json)),
            time.GetUtcNow() + options.Value.SessionLifetime, CancellationToken.None);
        await context.NarrateAsync("session_saved", $"Saved the browser session for {domain} ({cookies.Count} cookie(s)).", new { domain, cookies = cookies.Count });
    }

    private sealed record StoredCookie(string Name, string Value, string Domain, string Path, float Expires, bool HttpOnly, bool Secure, SameSiteAttribute SameSite);
}
