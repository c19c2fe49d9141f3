using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the second five forms of the held-out batch written as 2026-12-07-4 (<see cref="GhostHands.Fixtures.FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> SixthBatchBFillers() => new()
    {
        ["lever-lanternfish"] = FillLeverLanternfish,
    };

    private static async Task FillLeverLanternfish(IPage page)
    {
        static string Card(int field) => $"[name='cards[a3c9e1f7-5b28-4d06-8e4a-1f7d2c9b60e5][field{field}]']";
        await page.Locator("#resume-upload-input").SetInputFilesAsync(Resume);
        await Assertions.Expect(page.Locator(".resume-upload-success")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("input[name='org']")).ToHaveValueAsync("Tailspin Toys");
        await page.Locator("input[name='name']").FillAsync("Jordan Rivera");
        await page.Locator("#location-input").PressSequentiallyAsync("San Fr");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await page.Locator($"{Card(0)}[value='Yes']").CheckAsync();
        await page.Locator($"{Card(1)}[value='No']").CheckAsync();
        await page.Locator(Card(2)).SelectOptionAsync("Pacific Time");
        await page.Locator($"{Card(3)}[value='3-6 years']").CheckAsync();
        foreach (var tool in new[] { "C#", "PostgreSQL", "Kubernetes", "Terraform" })
        {
            await page.Locator($"{Card(4)}[value='{tool}']").CheckAsync();
        }

        await page.Locator($"{Card(5)}[value='A mix: some days at our Manhattan office, the rest from home']").CheckAsync();
        await page.Locator(Card(6)).FillAsync("2 weeks");
        await page.Locator(Card(7)).FillAsync("$120,000");
        await page.Locator("select[name='eeo[gender]']").SelectOptionAsync("Male");
        await page.Locator("select[name='eeo[race]']").SelectOptionAsync("Hispanic or Latino");
        await page.Locator("select[name='eeo[veteran]']").SelectOptionAsync("I am not a veteran");
        await page.Locator("select[name='eeo[disability]']").SelectOptionAsync("I do not want to answer");
        await page.Locator("#btn-submit").ClickAsync();
    }
}
