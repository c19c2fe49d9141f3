using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the first five forms of the held-out batch written as 2026-12-07-4 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> SixthBatchAFillers() => new()
    {
        ["greenhouse-larkspur"] = FillGreenhouseLarkspur,
    };

    private static async Task FillGreenhouseLarkspur(IPage page)
    {
        static string Answer(int index, string kind) => $"[name='job_application[answers_attributes][{index}][{kind}]']";
        static string Option(int index) => Answer(index, "answer_selected_options_attributes][0][question_option_id");
        async Task Pick(string select, string option)
        {
            await page.Locator($"#s2id_{select} .select2-choice").ClickAsync();
            await page.Locator("#select2-drop .select2-result-label").GetByText(option, new() { Exact = true }).ClickAsync();
        }

        await page.Locator("#first_name").FillAsync("Jordan");
        await page.Locator("#last_name").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("415-555-0134");
        await page.Locator("#job_application_location").PressSequentiallyAsync("San Fra");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator(Answer(0, "text_value")).FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Pick("job_application_answers_attributes_2_boolean_value", "Yes");
        await Pick("job_application_answers_attributes_3_boolean_value", "No");
        await Pick("job_application_answers_attributes_4_answer_selected_options_attributes_0_question_option_id", "San Francisco office, three days a week");
        await page.Locator(Option(5)).SelectOptionAsync(new SelectOptionValue { Label = "3 to 5 years" });
        foreach (var tool in new[] { "C#", "PostgreSQL", "Kubernetes" })
        {
            await page.GetByRole(AriaRole.Group).GetByLabel(tool, new() { Exact = true }).CheckAsync();
        }

        await page.Locator(Answer(8, "text_value")).FillAsync("2 weeks");
        await page.Locator(Answer(9, "text_value")).FillAsync("$120,000");
        await page.Locator(Option(10)).SelectOptionAsync(new SelectOptionValue { Label = "LinkedIn" });
        await page.Locator("#job_application_gender").SelectOptionAsync("1");
        await Pick("job_application_hispanic_ethnicity", "Yes");
        await page.Locator("#job_application_veteran_status").SelectOptionAsync("1");
        await page.Locator("#job_application_disability_status").SelectOptionAsync("3");
        await page.Locator("#submit_app").ClickAsync();
    }
}
