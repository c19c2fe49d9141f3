using GhostHands.Execution;
using GhostHands.Fixtures;
using GhostHands.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>
/// A fixture site and the run's real Chromium for filling forms by hand: values set straight into known selectors, no engine.
/// A form passes when its first attempt is accepted with no problem against its expectation and the confirmation shows.
/// </summary>
public abstract class HandFilledForms : IAsyncLifetime
{
    protected static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    protected static readonly FilePayload Resume = new()
    {
        Name = FixtureCatalog.ResumeFileName,
        MimeType = FixtureCatalog.ResumeContentType,
        Buffer = FixtureCatalog.ResumePdf(),
    };

    private SharedChromium? chromium;
    private FixtureSite? site;

    public async ValueTask InitializeAsync()
    {
        // The run's one Chromium, taken from the test context so the forms' classes need no constructor of their own.
        chromium = await TestContext.Current.GetFixture<SharedChromium>()
            ?? throw new InvalidOperationException("The shared Chromium is an assembly fixture of this test run.");
        site = await FixtureSite.StartAsync();
        Assertions.SetDefaultExpectTimeout((float)Deadline.TotalMilliseconds);
    }

    public async ValueTask DisposeAsync()
    {
        if (site is not null)
        {
            await site.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected async Task FillAndCheckAsync(string form, Func<IPage, Task> fill)
    {
        var expected = FixtureCatalog.Expected(form);
        await using var context = await chromium!.NewContextAsync();
        context.SetDefaultTimeout((float)Deadline.TotalMilliseconds);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site!.FormUrl(form).ToString());

        await fill(page);

        var submission = await site.WaitForSubmissionAsync(form, Deadline);
        Assert.Equal(1, submission.Attempt);
        Assert.Empty(expected.Problems(submission));
        var confirmation = expected.Confirmation!;
        var text = confirmation.InFrame ? page.FrameLocator("iframe").GetByText(confirmation.Text) : page.GetByText(confirmation.Text);
        await Assertions.Expect(text).ToBeVisibleAsync();
    }

    /// <summary>Opens a listbox with <paramref name="opener"/> and clicks the option named exactly <paramref name="option"/>.</summary>
    protected static async Task Choose(IPage page, string opener, string option)
    {
        await page.Locator(opener).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }
}
