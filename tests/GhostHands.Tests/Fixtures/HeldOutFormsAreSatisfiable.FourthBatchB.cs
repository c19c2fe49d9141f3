using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the second half of the held-out batch written as 2026-12-07-2 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> FourthBatchBFillers() => new()
    {
        ["teamtailor-saltmarsh"] = FillTeamtailorSaltmarsh,
    };


    private static async Task FillTeamtailorSaltmarsh(IPage page)
    {
        static string Answer(int i, string kind) => $"[name='candidate[answers_attributes][{i}][{kind}]']";
        await page.Locator("#candidate_first_name").FillAsync("Jordan");
        await page.Locator("#candidate_last_name").FillAsync("Rivera");
        await page.Locator("#candidate_email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#candidate_phone").FillAsync("+1 415 555 0134");
        await page.Locator("#candidate_resume").SetInputFilesAsync(Resume);
        await page.Locator(Answer(0, "boolean") + "[value='true']").CheckAsync();
        await page.Locator(Answer(1, "boolean") + "[value='false']").CheckAsync();
        await page.Locator(Answer(2, "choice")).SelectOptionAsync("220873");
        foreach (var choice in new[] { "220881", "220883", "220885", "220886" })
        {
            await page.Locator($"[name='candidate[answers_attributes][3][choices][]'][value='{choice}']").CheckAsync();
        }

        await page.Locator(Answer(4, "date")).FillAsync("2026-01-15");
        await page.Locator(Answer(5, "range")).FillAsync("120000");
        await page.Locator(Answer(6, "text")).FillAsync("San Francisco");
        await page.Locator("#candidate_consent").CheckAsync();
        await page.Locator(".send").ClickAsync();
    }
}
