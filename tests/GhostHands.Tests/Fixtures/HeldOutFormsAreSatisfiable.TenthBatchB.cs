using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the second five forms of the held-out batch written as 2026-12-07-8 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> TenthBatchBFillers() => new()
    {
        ["smartrecruiters-quillmere"] = FillSmartRecruitersQuillmere,
    };

    private static async Task FillSmartRecruitersQuillmere(IPage page)
    {
        // Playwright's CSS engine pierces open shadow roots, so these selectors reach each component's control.
        static string Field(string tag, string field, string control) => $"{tag}[field='{field}'] {control}";
        await page.Locator(Field("spl-textbox", "firstName", "input")).FillAsync("Jordan");
        await page.Locator(Field("spl-textbox", "lastName", "input")).FillAsync("Rivera");
        await page.Locator(Field("spl-textbox", "email", "input")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Field("spl-textbox", "confirmEmail", "input")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Field("spl-place", "location", "input")).PressSequentiallyAsync("San Fran");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, CA, United States", Exact = true }).ClickAsync();
        await page.Locator(Field("spl-textbox", "phoneNumber", "input")).FillAsync("+1 415 555 0134");
        await page.Locator(Field("spl-attachment", "resume", "input[type='file']")).SetInputFilesAsync(Resume);
        await page.Locator(Field("spl-textbox", "linkedInUrl", "input")).FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator(Field("spl-textbox", "webUrl", "input")).FillAsync("https://jordanrivera.dev");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        foreach (var (question, answer) in new[] { ("q-5f1c0a", "Yes"), ("q-5f1c0b", "Yes"), ("q-5f1c0c", "No"), ("q-5f1c0d", "relocate"), ("q-5f1c0e", "No") })
        {
            await page.Locator(Field("spl-choice", question, $"input[value='{answer}']")).CheckAsync();
        }

        await page.Locator(Field("spl-textbox", "q-5f1c0f", "input")).FillAsync("120,000");
        await page.Locator(Field("spl-dropdown", "q-5f1c10", "select")).SelectOptionAsync("linkedin");
        await page.Locator(Field("spl-dropdown", "eeo-gender", "select")).SelectOptionAsync("M");
        await page.Locator(Field("spl-dropdown", "eeo-race", "select")).SelectOptionAsync("HL");
        await page.Locator(Field("spl-dropdown", "eeo-veteran", "select")).SelectOptionAsync("NV");
        await page.Locator(Field("spl-dropdown", "eeo-disability", "select")).SelectOptionAsync("D");
        await page.Locator(Field("spl-tick", "privacyConsent", "input")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
    }
}
