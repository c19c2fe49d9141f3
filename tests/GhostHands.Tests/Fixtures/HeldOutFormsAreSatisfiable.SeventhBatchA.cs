using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the first five forms of the held-out batch written as 2026-12-07-5 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> SeventhBatchAFillers() => new()
    {
        ["greenhouse-quillmark"] = FillGreenhouseQuillmark,
    };

    private static async Task FillGreenhouseQuillmark(IPage page)
    {
        async Task Pick(string combobox, string option, string? typed = null)
        {
            await page.Locator($"#{combobox}").ClickAsync();
            if (typed is not null)
            {
                await page.Locator($"#{combobox}").PressSequentiallyAsync(typed);
            }

            await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await page.Locator("#first_name").FillAsync("Jordan");
        await page.Locator("#last_name").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("415-555-0134");
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#question_58301101").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Pick("question_58301103", "Yes");
        await Pick("question_58301104", "No");
        await Pick("question_58301105", "California", "Califo");
        await Pick("question_58301106", "5-7 years");
        foreach (var tool in new[] { "C# / .NET", "PostgreSQL", "Kubernetes", "React" })
        {
            await Pick("question_58301107", tool);
        }

        await Assertions.Expect(page.Locator(".select__multi-value")).ToHaveCountAsync(4);
        await page.Locator("#question_58301108").FillAsync("$120,000");
        await Pick("question_58301109", "Yes");
        await Pick("question_58301110", "LinkedIn");
        await page.Locator("input[name='question_58301111[]']").CheckAsync();
        await Pick("gender", "Male");
        await Pick("hispanic_ethnicity", "Yes");
        await Pick("veteran_status", "I am not a protected veteran");
        await Pick("disability_status", "I do not want to answer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }
}
