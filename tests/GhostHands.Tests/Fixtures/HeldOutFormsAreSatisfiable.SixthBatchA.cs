using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the first five forms of the held-out batch written as 2026-12-07-4 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> SixthBatchAFillers() => new()
    {
        ["ashby-tessellate"] = FillAshbyTessellate,
        ["greenhouse-larkspur"] = FillGreenhouseLarkspur,
        ["smartrecruiters-oakhurst"] = FillSmartRecruitersOakhurst,
        ["ukg-bayridge"] = FillUkgBayridge,
        ["workday-redfern"] = FillWorkdayRedfern,
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

    private static async Task FillWorkdayRedfern(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        var next = page.Locator("[data-automation-id='bottom-navigation-next-button']");
        await page.Locator("[data-automation-id='adventureButton']").ClickAsync();
        await page.Locator("[data-automation-id='applyManually']").ClickAsync();
        await page.Locator(Id("source--source")).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Social Media", Exact = false }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "LinkedIn", Exact = true }).ClickAsync();
        await page.Locator("#candidateIsPreviousWorker-1").CheckAsync();
        await page.Locator(Id("name--legalName--firstName")).FillAsync("Jordan");
        await page.Locator(Id("name--legalName--lastName")).FillAsync("Rivera");
        await page.Locator(Id("address--addressLine1")).FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator(Id("address--city")).FillAsync("San Francisco");
        await Choose(page, Id("address--countryRegion"), "California");
        await page.Locator(Id("address--postalCode")).FillAsync("94110");
        await page.Locator(Id("emailAddress--emailAddress")).FillAsync("jordan.rivera@example.org");
        await Choose(page, Id("phoneNumber--phoneType"), "Mobile");
        await Assertions.Expect(page.Locator("[data-automation-id='formField-phoneNumber--countryPhoneCode'] [data-automation-id='selectedItem']")).ToHaveTextAsync("United States of America (+1)×");
        await page.Locator(Id("phoneNumber--phoneNumber")).FillAsync("415-555-0134");
        await next.ClickAsync();

        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await Assertions.Expect(page.Locator("[data-automation-id='file-upload-successful']")).ToContainTextAsync("Successfully Uploaded");
        await next.ClickAsync();

        static string Question(string id) => $"[id='primaryQuestionnaire--b91d0a7c6e{id}']";
        await Choose(page, Question("11"), "Yes");
        await Choose(page, Question("12"), "Yes");
        await Choose(page, Question("13"), "No");
        await Choose(page, Question("14"), "Yes, I would relocate");
        await Choose(page, Question("15"), "4 - 5 years");
        await Choose(page, Question("16"), "Bachelor's Degree");
        await Choose(page, Question("17"), "No");
        await page.Locator(Question("18")).FillAsync("120000");
        await next.ClickAsync();

        await Choose(page, Id("personalInfoUS--gender"), "Male");
        await Choose(page, Id("personalInfoUS--ethnicity"), "Hispanic or Latino (United States of America)");
        await Choose(page, Id("personalInfoUS--veteranStatus"), "I am not a protected veteran");
        await page.Locator(Id("termsAndConditions--acceptTermsAndAgreements")).CheckAsync();
        await next.ClickAsync();

        await page.Locator(Id("selfIdentifiedDisabilityData--name")).FillAsync("Jordan Rivera");
        await page.GetByLabel("I do not want to answer", new() { Exact = true }).CheckAsync();
        await next.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Review" })).ToContainTextAsync("LinkedIn");
        await next.ClickAsync();
    }

    private static async Task FillSmartRecruitersOakhurst(IPage page)
    {
        // Playwright's CSS engine pierces open shadow roots, so these selectors reach the controls inside the components.
        static string Question(int n) => $"#q-9c0e5d1a-44f7-4b8e-a6d2-31b0c7e8f{n}";
        await page.Locator("#first-name input").FillAsync("Jordan");
        await page.Locator("#last-name input").FillAsync("Rivera");
        await page.Locator("#email input").FillAsync("jordan.rivera@example.org");
        await page.Locator("#confirm-email input").FillAsync("jordan.rivera@example.org");
        await page.Locator("#location input").PressSequentiallyAsync("San Fra");
        await page.Locator("#location").GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await page.Locator("#phone #number").FillAsync("415 555 0134");
        await page.Locator("#resume input[type='file']").SetInputFilesAsync(Resume);
        await page.Locator($"{Question(101)} input[value='yes']").CheckAsync();
        await page.Locator($"{Question(102)} input[value='no']").CheckAsync();
        await page.Locator($"{Question(103)} input[value='yes']").CheckAsync();
        await page.Locator($"{Question(104)} select").SelectOptionAsync(new SelectOptionValue { Label = "5 to 9" });
        await page.Locator($"{Question(105)} select").SelectOptionAsync(new SelectOptionValue { Label = "Bachelor’s degree" });
        await page.Locator(Question(106)).GetByLabel("English", new() { Exact = true }).CheckAsync();
        await page.Locator(Question(106)).GetByLabel("Spanish", new() { Exact = true }).CheckAsync();
        await page.Locator($"{Question(107)} input").FillAsync("2026-01-15");
        await page.Locator($"{Question(108)} input").FillAsync("120000");
        await page.Locator("#consent input").CheckAsync();
        await page.Locator("#submit button").ClickAsync();
    }

    private static async Task FillAshbyTessellate(IPage page)
    {
        static string Id(string path) => $"[id='{path}']";
        ILocator Entry(string path) => page.Locator($"[data-path='{path}']");
        await page.Locator(Id("_systemfield_name")).FillAsync("Jordan Rivera");
        await page.Locator(Id("_systemfield_email")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Id("_systemfield_resume")).SetInputFilesAsync(Resume);
        await page.Locator(Id("4b1f9e07-2d6a-4c3e-8f51-a07c3d9e6b12")).FillAsync("+1 415 555 0134");
        await page.Locator(Id("5c2a0f18-3e7b-4d4f-9a62-b18d4eaf7c23")).FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator(Id("6d3b1a29-4f8c-4e5a-ab73-c29e5fb08d34")).FillAsync("https://github.com/jordan-rivera-example");
        await page.Locator(Id("8f5d3c4b-6bae-4a7c-8d95-e4b07b1d2af5")).PressSequentiallyAsync("San Fra");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, CA, United States", Exact = true }).ClickAsync();
        await Entry("9a6e4d5c-7cbf-4b8d-9ea6-f5c18c2e3b06").GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true }).ClickAsync();
        await Entry("a07f5e6d-8dc0-4c9e-afb7-06d29d3f4c17").GetByRole(AriaRole.Button, new() { Name = "No", Exact = true }).ClickAsync();
        await Entry("b1806f7e-9ed1-4daf-b0c8-17e3ae405d28").GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true }).ClickAsync();
        await page.Locator(Id("c2917a8f-afe2-4eb0-81d9-28f4bf516e39")).FillAsync("5");
        foreach (var tool in new[] { "TypeScript", "React", "PostgreSQL", "Kubernetes" })
        {
            await Entry("d3a28b90-b0f3-4fc1-92ea-39a5c0627f4a").GetByLabel(tool, new() { Exact = true }).CheckAsync();
        }

        await Entry("e4b39ca1-c104-40d2-a3fb-4ab6d1738a5b").GetByLabel("Two weeks or less", new() { Exact = true }).CheckAsync();
        await page.Locator(Id("f5c4adb2-d215-41e3-b40c-5bc7e2849b6c")).FillAsync("$120,000");
        await page.Locator(Id("06d5bec3-e326-42f4-851d-6cd8f395ac7d")).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "LinkedIn", Exact = true }).ClickAsync();
        await page.Locator("input[name='eeo_gender'][value='Male']").CheckAsync();
        await page.Locator("input[name='eeo_race'][value='Hispanic or Latino']").CheckAsync();
        await page.Locator("input[name='eeo_veteran'][value='I am not a protected veteran']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit Application" }).ClickAsync();
    }

    private static async Task FillUkgBayridge(IPage page)
    {
        static string Answer(int n) => $"#Answers_5e0f2c61_aa10_4c1b_9d7e_3f20b6c41a{n:00}";
        var next = page.Locator("[data-automation='btn-next']");
        await page.Locator("#Resume").SetInputFilesAsync(Resume);
        await next.ClickAsync();

        await page.Locator("#Candidate_FirstName").FillAsync("Jordan");
        await page.Locator("#Candidate_LastName").FillAsync("Rivera");
        await page.Locator("#Candidate_EmailAddress").FillAsync("jordan.rivera@example.org");
        await page.Locator("#Candidate_PhoneType").SelectOptionAsync("Mobile");
        await page.Locator("#Candidate_PhoneNumber").FillAsync("(415) 555-0134");
        await page.Locator("#Candidate_AddressLine1").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#Candidate_AddressCity").FillAsync("San Francisco");
        await page.Locator("#Candidate_AddressState").SelectOptionAsync(new SelectOptionValue { Label = "California" });
        await page.Locator("#Candidate_AddressPostalCode").FillAsync("94110");
        await next.ClickAsync();

        foreach (var (question, answer) in new[] { (1, "Yes"), (2, "Yes"), (3, "No"), (4, "No"), (5, "Yes"), (6, "No") })
        {
            await page.Locator(Answer(question)).GetByLabel(answer, new() { Exact = true }).CheckAsync();
        }

        await page.Locator(Answer(7)).SelectOptionAsync(new SelectOptionValue { Label = "5-7 years" });
        await page.Locator(Answer(8)).SelectOptionAsync("HYBRID");
        await page.Locator(Answer(9)).FillAsync("01/15/2026");
        await page.Locator(Answer(10)).FillAsync("120000");
        await page.Locator(Answer(11)).SelectOptionAsync(new SelectOptionValue { Label = "LinkedIn" });
        await next.ClickAsync();

        await page.Locator("#Eeo_Gender").GetByLabel("Male", new() { Exact = true }).CheckAsync();
        await page.Locator("#Eeo_Ethnicity").SelectOptionAsync(new SelectOptionValue { Label = "Hispanic or Latino" });
        await page.Locator("#Eeo_Veteran").SelectOptionAsync("NPV");
        await page.Locator("#Eeo_Disability").GetByLabel("I do not want to answer", new() { Exact = true }).CheckAsync();
        await next.ClickAsync();

        await Assertions.Expect(page.Locator("table.review-table").Filter(new() { HasTextString = "Job questions" })).ToContainTextAsync("Hybrid (Tuesdays and Wednesdays in Tacoma)");
        await page.Locator("#Signature_FullName").FillAsync("Jordan Rivera");
        await page.Locator("#Signature_Certify").CheckAsync();
        await page.Locator("[data-automation='btn-submit']").ClickAsync();
    }
}
