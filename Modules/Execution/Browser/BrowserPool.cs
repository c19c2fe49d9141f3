using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace GhostHands.Execution.Browser;

/// <summary>
/// One Chromium per worker process, launched on first use and shared by all jobs; each job gets its own context.
/// A browser that disconnects (crash, OOM kill) is replaced on the next request.
/// </summary>
internal sealed partial class BrowserPool(IOptions<ExecutionOptions> options, ILogger<BrowserPool> logger) : IAsyncDisposable
{
    // Debian's Chromium, not a Playwright download; these flags keep it quiet and working in containers.
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly SemaphoreSlim gate = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;
    private int openContexts;
    private bool disposed;

    /// <summary>Contexts currently open: one per running browser job.</summary>
    public int OpenContexts => Volatile.Read(ref openContexts);

    /// <summary>The current browser, for tests that simulate a crash.</summary>
    internal IBrowser? Current => browser;

    public async Task<BrowserLease> NewContextAsync(CancellationToken ct)
    {
        var current = await BrowserAsync(ct);
        var context = await current.NewContextAsync(new BrowserNewContextOptions
        {
            AcceptDownloads = false,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-US",
        });
        Interlocked.Increment(ref openContexts);
        return new BrowserLease(current, context, () => Interlocked.Decrement(ref openContexts));
    }

    /// <summary>Makes sure a connected browser is running, launching a new one after a crash.</summary>
    public async Task RecoverAsync(CancellationToken ct) => await BrowserAsync(ct);

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (browser is { IsConnected: true })
            {
                return browser;
            }

            playwright ??= await Microsoft.Playwright.Playwright.CreateAsync();
            var o = options.Value;
            var path = o.ResolveBrowserPath();
            var launched = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = o.Headless,
                Args = [.. Args, .. o.BrowserArgs.Split(' ', StringSplitOptions.RemoveEmptyEntries)],
            });
            launched.Disconnected += (_, _) =>
            {
                if (!disposed)
                {
                    LogDisconnected();
                }
            };
            browser = launched;
            LogLaunched(path, launched.Version);
            return launched;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        gate.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Launched Chromium {Version} from {Path}.")]
    private partial void LogLaunched(string path, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The browser disconnected; the next job launches a new one.")]
    private partial void LogDisconnected();
}

/// <summary>A job's browser context. Closing it (on completion, failure, timeout or cancellation) ends all its pages.</summary>
internal sealed class BrowserLease(IBrowser browser, IBrowserContext context, Action closed) : IAsyncDisposable
{
    private int done;

    public IBrowserContext Context => context;

    /// <summary>The browser went away under this job (crash), as opposed to the job closing its own context.</summary>
    public bool BrowserCrashed => !browser.IsConnected && Volatile.Read(ref done) == 0;

    /// <summary>Closes the context at once when <paramref name="ct"/> fires, so in-flight Playwright calls end within moments.</summary>
    public CancellationTokenRegistration CloseOn(CancellationToken ct) => ct.Register(() => _ = DisposeAsync().AsTask());

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref done, 1) == 1)
        {
            return;
        }

        try
        {
            await context.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // Already gone with its browser.
        }
        finally
        {
            closed();
        }
    }
}
