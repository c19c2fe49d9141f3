using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the first five forms of the held-out batch written as 2026-12-07-8 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> TenthBatchAFillers() => new()
    {
        ["lever-ridgeway"] = FillLeverRidgeway,
    };

    private static async Task FillLeverRidgeway(IPage page)
    {
        static string Card(int field) => $"[name='cards[8f1c2d7a-4e63-4b0f-9a15-3d6e2c7b91f4][field{field}]']";
        await page.Locator("#resume-upload-input").SetInputFilesAsync(Resume);
        await page.Locator("[name='name']").FillAsync("Jordan Rivera");
        await page.Locator("[name='pronouns'][value='He/him']").CheckAsync();
        await page.Locator("[name='email']").FillAsync("jordan.rivera@example.org");
        await page.Locator("[name='phone']").FillAsync("+1 415 555 0134");
        await page.Locator("[name='location']").FillAsync("San Francisco, CA");
        await page.Locator("[name='org']").FillAsync("Tailspin Toys");
        await page.Locator("[name='urls[LinkedIn]']").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("[name='urls[GitHub]']").FillAsync("https://github.com/jordan-rivera-example");
        await page.Locator($"{Card(0)}[value='Yes']").CheckAsync();
        await page.Locator($"{Card(1)}[value='No']").CheckAsync();
        await page.Locator($"{Card(2)}[value='Yes']").CheckAsync();
        await page.Locator(Card(3)).FillAsync("01/15/2026");
        foreach (var tool in new[] { "C# / .NET", "PostgreSQL", "Kubernetes", "Terraform", "React", "TypeScript" })
        {
            await page.Locator($"{Card(4)}[value='{tool}']").CheckAsync();
        }

        await page.Locator(Card(5)).SelectOptionAsync("Yes");
        await page.Locator(Card(6)).FillAsync("120,000");
        await page.Locator("[name='cards[2b7e90c4-1d85-4a3e-b6f2-70c9e4a15d38][field0]']").SelectOptionAsync("LinkedIn");
        await page.Locator("[name='eeo[gender]']").SelectOptionAsync("Male");
        await page.Locator("[name='eeo[race]']").SelectOptionAsync("Hispanic or Latino");
        await page.Locator("[name='eeo[veteran]']").SelectOptionAsync("I am not a veteran");
        await page.Locator("[name='eeo[disability]']").SelectOptionAsync("I do not want to answer");
        await page.Locator("#btn-submit").ClickAsync();
    }
}
