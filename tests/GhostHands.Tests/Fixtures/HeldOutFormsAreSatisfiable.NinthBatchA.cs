using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the first five forms of the held-out batch written as 2026-12-07-7 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> NinthBatchAFillers() => new()
    {
        ["greenhouse-fernbrook"] = FillGreenhouseFernbrook,
    };

    private static async Task FillGreenhouseFernbrook(IPage page)
    {
        var frame = page.FrameLocator("#grnhse_iframe");

        async Task Pick(string combobox, string option, string? typed = null)
        {
            var input = frame.Locator($"[id='{combobox}']");
            await input.ClickAsync();
            if (typed is not null)
            {
                await input.PressSequentiallyAsync(typed);
            }

            await frame.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await frame.Locator("#first_name").FillAsync("Jordan");
        await frame.Locator("#last_name").FillAsync("Rivera");
        await frame.Locator("#email").FillAsync("jordan.rivera@example.org");
        await Pick("phone_country", "United States +1", "United St");
        await frame.Locator("#phone").FillAsync("415-555-0134");
        await Pick("candidate_location", "San Francisco, California, United States", "San Fran");
        await frame.Locator("#resume").SetInputFilesAsync(Resume);
        await Pick("school", "University of California, Davis", "Davis");
        await Pick("degree", "Bachelor's Degree");
        await Pick("discipline", "Computer Science");
        await frame.Locator("#question_31190411").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Pick("question_31190413", "Yes");
        await Pick("question_31190414", "No");
        await Pick("question_31190415", "I would relocate to the Reno area for this role");
        await Pick("question_31190416", "4–5 years");
        foreach (var tool in new[] { "C#", "PostgreSQL", "TypeScript", "React", "Kubernetes", "Terraform" })
        {
            await frame.GetByRole(AriaRole.Checkbox, new() { Name = tool, Exact = true }).CheckAsync();
        }

        await Pick("question_31190418", "Yes");
        await frame.Locator("#question_31190419").FillAsync("$120,000");
        await Pick("question_31190420", "Up to 2 weeks");
        await Pick("question_31190421", "LinkedIn");
        await frame.GetByRole(AriaRole.Checkbox, new() { Name = "I acknowledge that I have read the Applicant Privacy Notice" }).CheckAsync();
        await Pick("gender", "Male");
        await Pick("hispanic_ethnicity", "Yes");
        await Pick("veteran_status", "I am not a protected veteran");
        await Pick("disability_status", "I do not want to answer");
        await frame.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }
}
