using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Whether the page has stopped working: none of its own requests in flight and no change to any frame's document for
/// <see cref="QuietFor"/>. A page that shows nothing new once it is quiet will show nothing new by waiting longer, so
/// the engine stops waiting there instead of at its settle timeout (a landing page that only offers "Apply", a click
/// the page ignored).
/// </summary>
internal sealed class PageQuiet : IDisposable
{
    /// <summary>
    /// How long the page must be quiet. Longer than the pauses pages take between one change and the next without a
    /// request (an animation, a render on a timer), which stay under a second.
    /// </summary>
    public static readonly TimeSpan QuietFor = TimeSpan.FromMilliseconds(1200);

    private readonly IPage page;
    private readonly object gate = new();
    private readonly HashSet<IRequest> inFlight = [];
    private DateTime lastRequest = DateTime.UtcNow;

    public PageQuiet(IPage page)
    {
        this.page = page;
        page.Request += OnRequest;
        page.RequestFinished += OnDone;
        page.RequestFailed += OnDone;
    }

    /// <summary>
    /// Starts watching every frame's document (again) from now: a change before this call does not count. Call it
    /// before an action whose effect is awaited.
    /// </summary>
    public async Task StartAsync()
    {
        lock (gate)
        {
            lastRequest = DateTime.UtcNow;
        }

        foreach (var frame in page.Frames)
        {
            try
            {
                await frame.EvaluateAsync(Watch, true);
            }
            catch (PlaywrightException)
            {
                // A frame that navigated away is a change in itself: the next reading sees it.
            }
        }
    }

    /// <summary>True once no request of the page is in flight and no document changed for <see cref="QuietFor"/>.</summary>
    public async Task<bool> IsQuietAsync()
    {
        lock (gate)
        {
            if (inFlight.Count > 0 || DateTime.UtcNow - lastRequest < QuietFor)
            {
                return false;
            }
        }

        foreach (var frame in page.Frames)
        {
            try
            {
                if (await frame.EvaluateAsync<double>(Watch, false) < QuietFor.TotalMilliseconds)
                {
                    return false;
                }
            }
            catch (PlaywrightException)
            {
                return false;
            }
        }

        return true;
    }

    public void Dispose()
    {
        page.Request -= OnRequest;
        page.RequestFinished -= OnDone;
        page.RequestFailed -= OnDone;
    }

    private void OnRequest(object? sender, IRequest request)
    {
        lock (gate)
        {
            inFlight.Add(request);
            lastRequest = DateTime.UtcNow;
        }
    }

    private void OnDone(object? sender, IRequest request)
    {
        lock (gate)
        {
            inFlight.Remove(request);
            lastRequest = DateTime.UtcNow;
        }
    }

    // Milliseconds since the document last changed (a node, an attribute, a text; not the engine's own marks), counted from when it was first
    // watched; restart sets that moment to now. A document replaced by a navigation is watched afresh.
    private const string Watch = """
        (restart) => {
          const now = performance.now();
          let w = window.__ghQuiet;
          if (!w) {
            w = window.__ghQuiet = { last: now };
            // The engine's own marks (data-gh-*) are not the page working.
            new MutationObserver((records) => {
              if (records.some((r) => r.type !== 'attributes' || !(r.attributeName || '').startsWith('data-gh'))) { w.last = performance.now(); }
            })
              .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
          }
          if (restart) { w.last = now; }
          return now - w.last;
        }
        """;
}
