using GhostHands.Execution;
using Microsoft.Playwright;

namespace GhostHands.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole test run, for tests that read their own markup or fill fixture forms by hand.
/// Launched on first use, so a run that needs no browser starts none. Tests share the process, never a context: each
/// opens contexts of its own and closes them when it ends (<see cref="SharedChromiumTest"/>), so no cookie, storage
/// or route carries from one test to another. Launching once instead of once per test saves about a second of a busy
/// core per browser test.
/// </summary>
public sealed class SharedChromium : IAsyncDisposable
{
    private readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> launched = new(LaunchAsync);

    /// <summary>A new, empty browser context; the caller closes it.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null) =>
        await (await launched.Value).Browser.NewContextAsync(options);

    public async ValueTask DisposeAsync()
    {
        if (!launched.IsValueCreated || !launched.Value.IsCompletedSuccessfully)
        {
            return;
        }

        var (playwright, browser) = await launched.Value;
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutionOptions.DefaultBrowserPath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        return (playwright, browser);
    }
}

/// <summary>A test class whose tests open pages in the <see cref="SharedChromium"/>; every context a test opened is closed after it.</summary>
public abstract class SharedChromiumTest(SharedChromium chromium) : IAsyncLifetime
{
    private readonly List<IBrowserContext> contexts = [];

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>A blank page in a context of its own.</summary>
    protected async Task<IPage> NewPageAsync()
    {
        var context = await chromium.NewContextAsync();
        lock (contexts)
        {
            contexts.Add(context);
        }

        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }
}
