using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the first five forms of the held-out batch written as 2026-12-07-2 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> FourthBatchAFillers() => new()
    {
        ["greenhouse-firstup"] = FillGreenhouseFirstUp,
    };

    private static async Task FillGreenhouseFirstUp(IPage page)
    {
        await page.Locator("#first_name").FillAsync("Jordan");
        await page.Locator("#last_name").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await Choose(page, "#country", "United States +1");
        await page.Locator("#phone").FillAsync("415 555 0134");
        await page.Locator("#candidate-location").PressSequentiallyAsync("San Fran");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#school--0").PressSequentiallyAsync("Davis");
        await page.GetByRole(AriaRole.Option, new() { Name = "University of California, Davis", Exact = true }).ClickAsync();
        await Choose(page, "#degree--0", "Bachelor's Degree");
        await Choose(page, "#discipline--0", "Computer Science");
        await page.Locator("#question_41020011").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Choose(page, "#question_41020013", "Yes");
        await Choose(page, "#question_41020014", "No");
        await Choose(page, "#question_41020015", "Not yet, but I'm open to relocating");
        await page.Locator("#question_41020016").FillAsync("$120,000");
        foreach (var skill in new[] { "C#", "PostgreSQL", "Kubernetes", "Terraform" })
        {
            await page.GetByLabel(skill, new() { Exact = true }).CheckAsync();
        }

        await Choose(page, "#gender", "Male");
        await Choose(page, "#hispanic_ethnicity", "Yes");
        await Choose(page, "#veteran_status", "I am not a protected veteran");
        await Choose(page, "#disability_status", "I do not want to answer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }

}
