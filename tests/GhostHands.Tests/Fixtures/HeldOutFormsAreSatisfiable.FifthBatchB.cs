using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the second five forms of the held-out batch written as 2026-12-07-3 (<see cref="GhostHands.Fixtures.FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> FifthBatchBFillers() => new()
    {
        ["lever-kestrelpay"] = FillLeverKestrelPay,
    };

    private static async Task FillLeverKestrelPay(IPage page)
    {
        static string Card(int field) => $"[name='cards[5d0e8b3a-1f47-4c92-b6a8-0e3c7d21f9b4][field{field}]']";
        await page.Locator("#resume-upload-input").SetInputFilesAsync(Resume);
        await page.Locator("input[name='name']").FillAsync("Jordan Rivera");
        await page.Locator("input[name='email']").FillAsync("jordan.rivera@example.org");
        await page.Locator("input[name='phone']").FillAsync("+1 415 555 0134");
        await page.Locator("#location-input").PressSequentiallyAsync("San Fr");
        await page.GetByText("San Francisco, California, United States", new() { Exact = true }).ClickAsync();
        await page.Locator("input[name='org']").FillAsync("Tailspin Toys");
        await page.Locator("input[name='pronouns'][value='He/him']").CheckAsync();
        await page.Locator("input[name='urls[LinkedIn]']").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator($"{Card(0)}[value='Yes']").CheckAsync();
        await page.Locator($"{Card(1)}[value='No, I will not need sponsorship']").CheckAsync();
        await page.Locator(Card(2)).SelectOptionAsync("5 to 8 years");
        await page.Locator($"{Card(3)}[value='Mondays and Thursdays at the Austin hub, otherwise remote']").CheckAsync();
        foreach (var tool in new[] { "Postgres", "Kubernetes", "Terraform" })
        {
            await page.Locator($"{Card(4)}[value='{tool}']").CheckAsync();
        }

        await page.Locator(Card(5)).FillAsync("01/15/2026");
        await page.Locator(Card(6)).SelectOptionAsync("LinkedIn");
        await page.Locator("[name='cards[e84b2f6c-7a19-4d3e-9051-b2c6a8e0d317][field0]']").SelectOptionAsync("$100,000 - $124,999");
        await page.Locator("select[name='eeo[gender]']").SelectOptionAsync("Male");
        await page.Locator("select[name='eeo[race]']").SelectOptionAsync("Hispanic or Latino");
        await page.Locator("select[name='eeo[veteran]']").SelectOptionAsync("I am not a protected veteran");
        await page.Locator("#btn-submit").ClickAsync();
    }
}
