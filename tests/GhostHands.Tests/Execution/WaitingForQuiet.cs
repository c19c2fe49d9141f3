using GhostHands.Execution;
using GhostHands.Execution.Forms;
using GhostHands.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GhostHands.Tests.Execution;

/// <summary>
/// When a page counts as having stopped working (<see cref="PageQuiet"/>), in a real Chromium on pages of its own: not
/// while its document keeps changing or one of its requests is out; yes once both have stopped, whatever marks the
/// engine itself writes on the page. Each watcher is made before the page is opened, as the job's session makes it.
/// </summary>
public sealed class WhenTheEngineWaitsForAPageToStopWorking(SharedChromium chromium) : SharedChromiumTest(chromium)
{
    private const string Origin = "http://quiet.test";
    private IPage page = null!;

    public override async ValueTask InitializeAsync() => page = await NewPageAsync();

    [Fact]
    public async Task A_page_whose_document_keeps_changing_is_not_quiet()
    {
        using var quiet = new PageQuiet(page);
        await ServeAsync("""<p id="clock"></p><script>setInterval(() => { clock.textContent = String(Date.now()); }, 100);</script>""");
        await quiet.StartAsync();

        await Task.Delay(PageQuiet.QuietFor * 2);

        Assert.False(await quiet.IsQuietAsync());
    }

    [Fact]
    public async Task A_page_waiting_for_its_own_request_is_not_quiet_until_the_answer_comes()
    {
        var answer = new TaskCompletionSource();
        await page.RouteAsync($"{Origin}/openings", async route =>
        {
            await answer.Task;
            await route.FulfillAsync(new() { Body = "[]", ContentType = "application/json" });
        });
        using var quiet = new PageQuiet(page);
        await ServeAsync("""<button>Apply</button><script>fetch('/openings');</script>""");
        await quiet.StartAsync();

        await Task.Delay(PageQuiet.QuietFor * 2);
        var whileOut = await quiet.IsQuietAsync();
        answer.SetResult();

        Assert.False(whileOut);
        Assert.True(await BecomesQuietAsync(quiet));
    }

    [Fact]
    public async Task The_engines_own_marks_do_not_keep_a_page_from_being_quiet()
    {
        // The marks the engine writes while it reads the page (data-gh-*), written here as often as it reads.
        using var quiet = new PageQuiet(page);
        await ServeAsync("""<button>Apply for this position</button><script>let i = 0; setInterval(() => { document.querySelector('button').setAttribute('data-gh-id', 'g' + i++); }, 100);</script>""");
        await quiet.StartAsync();

        Assert.True(await BecomesQuietAsync(quiet));
    }

    private async Task ServeAsync(string body)
    {
        await page.RouteAsync($"{Origin}/", route => route.FulfillAsync(new() { Body = $"<!doctype html><html><body>{body}</body></html>", ContentType = "text/html" }));
        await page.GotoAsync($"{Origin}/");
    }

    // Polls as the engine does; the bound only keeps a broken build from hanging the run.
    private static async Task<bool> BecomesQuietAsync(PageQuiet quiet)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await quiet.IsQuietAsync())
            {
                return true;
            }

            await Task.Delay(150);
        }

        return false;
    }
}
