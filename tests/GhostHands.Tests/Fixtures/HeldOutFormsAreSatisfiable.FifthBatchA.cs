using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the first five forms of the held-out batch written as 2026-12-07-3 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> FifthBatchAFillers() => new()
    {
        ["greenhouse-harborlight"] = FillGreenhouseHarborlight,
    };

    private static async Task FillGreenhouseHarborlight(IPage page)
    {
        var frame = page.FrameLocator("#grnhse_iframe");
        async Task Pick(string input, string option)
        {
            await frame.Locator(input).ClickAsync();
            await frame.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await frame.Locator("#first_name").FillAsync("Jordan");
        await frame.Locator("#last_name").FillAsync("Rivera");
        await frame.Locator("#email").FillAsync("jordan.rivera@example.org");
        await Pick("#country", "United States +1");
        await frame.Locator("#phone").FillAsync("415 555 0134");
        await frame.Locator("#candidate-location").PressSequentiallyAsync("San Fra");
        await frame.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await frame.Locator("#resume").SetInputFilesAsync(Resume);
        await frame.Locator("#question_5520931001").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Pick("#question_5520931003", "Yes");
        await Pick("#question_5520931004", "No");
        await Pick("#question_5520931005", "Yes, I would relocate");
        await Pick("#question_5520931006", "5 - 7 years");
        await frame.Locator("#question_5520931007").FillAsync("$120,000");
        foreach (var tool in new[] { "C# / .NET", "PostgreSQL", "Kubernetes", "Terraform" })
        {
            await frame.GetByLabel(tool, new() { Exact = true }).CheckAsync();
        }

        await Pick("#question_5520931009", "LinkedIn");
        await Pick("#gender", "Male");
        await Pick("#hispanic_ethnicity", "Yes");
        await Pick("#veteran_status", "I am not a protected veteran");
        await Pick("#disability_status", "I do not want to answer");
        await frame.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }

}
