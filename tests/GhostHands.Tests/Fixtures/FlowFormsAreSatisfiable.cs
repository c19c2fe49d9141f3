using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>
/// The form that starts from a modal offering its ways in as plain links, asks which kind the given number is and
/// takes its start date only from a calendar can be filled by hand and is accepted on the first attempt.
/// </summary>
public sealed class FlowFormsAreSatisfiable : HandFilledForms
{
    private static readonly Dictionary<string, Func<IPage, Task>> Fillers = new()
    {
        ["dev-phenom-guest-start-and-calendar"] = FillGuestStartAndCalendar,
    };

    public static TheoryData<string> Forms => [.. Fillers.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Forms))]
    public Task A_correct_hand_fill_is_accepted_on_the_first_attempt_and_reaches_the_confirmation(string form) =>
        FillAndCheckAsync(form, Fillers[form]);

    private static async Task FillGuestStartAndCalendar(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply for this job" }).ClickAsync();
        await page.GetByText("Continue as a guest").ClickAsync();
        await page.Locator("#fname").FillAsync("Jordan");
        await page.Locator("#lname").FillAsync("Rivera");
        await page.Locator("#mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#tel").FillAsync("(415) 555-0134");
        await page.Locator("#kind").SelectOptionAsync("mob");
        await page.Locator("input[name=spanish][value=si]").CheckAsync();
        // The calendar opens on March 2026: two months back, then the 15th.
        await page.Locator("#available").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show previous month" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show previous month" }).ClickAsync();
        await page.Locator(".picker").GetByText("January 2026").WaitForAsync();
        await page.Locator(".picker button[data-day='15']").ClickAsync();
        await page.Locator("#cv").SetInputFilesAsync(Resume);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my application" }).ClickAsync();
    }
}
