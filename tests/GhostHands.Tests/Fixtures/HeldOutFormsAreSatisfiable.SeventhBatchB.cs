using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the second five forms of the held-out batch written as 2026-12-07-5 (<see cref="GhostHands.Fixtures.FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> SeventhBatchBFillers() => new()
    {
        ["ashby-quillmetric"] = FillAshbyQuillmetric,
        ["icims-stonecrest"] = FillIcimsStonecrest,
        ["recruitee-zeilmaker"] = FillRecruiteeZeilmaker,
        ["smartrecruiters-meridale"] = FillSmartRecruitersMeridale,
        ["taleo-granitefield"] = FillTaleoGranitefield,
    };

    private static async Task FillAshbyQuillmetric(IPage page)
    {
        static string Path(string path) => $"[id='{path}']";
        await page.Locator(Path("_systemfield_name")).FillAsync("Jordan Rivera");
        await page.Locator(Path("_systemfield_email")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Path("_systemfield_resume")).SetInputFilesAsync(Resume);
        await page.Locator(Path("2c71e0a4-9b3f-4d18-a6e2-5f04c8d1b7a9")).FillAsync("+1 415 555 0134");
        await page.Locator(Path("3d82f1b5-ac40-4e29-b7f3-6015d9e2c8ba")).FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator(Path("4e93a2c6-bd51-4f3a-88a4-7126eaf3d9cb")).PressSequentiallyAsync("San Fran");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        async Task Answer(string path, string button) =>
            await page.Locator($"[data-path='{path}']").GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Answer("5fa4b3d7-ce62-4a4b-99b5-8237fb04eadc", "Yes");
        await page.Locator("input[name='60b5c4e8-df73-4b5c-aac6-9348ac15fbed'][value='none']").CheckAsync();
        await Answer("71c6d5f9-e084-4c6d-bb07-a459bd26acfe", "Yes");
        await page.Locator("input[name='82d7e60a-f195-4d7e-8c18-b56ace37bd0f'][value='c']").CheckAsync();
        foreach (var tool in new[] { "pg", "k8s", "tf" })
        {
            await page.Locator($"input[name='93e8f71b-02a6-4e8f-9d29-c67bdf48ce10'][value='{tool}']").CheckAsync();
        }

        await Answer("a4f9082c-13b7-4f90-ae3a-d78ce059df21", "Yes");
        await page.Locator(Path("b50a193d-24c8-40a1-bf4b-e89df16ae032")).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next month" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next month" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "January 15, 2026", Exact = true }).ClickAsync();
        await page.Locator(Path("c61b2a4e-35d9-41b2-805c-f9ae027bf143")).FillAsync("120000");
        await page.Locator("#eeoc_gender-1").CheckAsync();
        await page.Locator("#eeoc_race-2").CheckAsync();
        await page.Locator("#eeoc_veteran-1").CheckAsync();
        await page.Locator(".ashby-application-form-submit-button").ClickAsync();
    }

    private static async Task FillIcimsStonecrest(IPage page)
    {
        var frame = page.FrameLocator("#icims_content_iframe");
        static string Id(string id) => $"[id='{id}']";
        async Task Pick(string select, string option)
        {
            await frame.Locator($"{Id(select)} + .dropdown-container .dropdown-toggle").ClickAsync();
            await frame.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await frame.Locator(Id("PersonProfileFields.FirstName")).FillAsync("Jordan");
        await frame.Locator(Id("PersonProfileFields.LastName")).FillAsync("Rivera");
        await frame.Locator(Id("PersonProfileFields.Email")).FillAsync("jordan.rivera@example.org");
        await Pick("-1_PersonProfileFields.PhoneType", "Mobile");
        await frame.Locator(Id("-1_PersonProfileFields.PhoneNumber")).FillAsync("(415) 555-0134");
        await frame.Locator(Id("-1_PersonProfileFields.AddressStreet1")).FillAsync("2150 Folsom Street, Apt 4B");
        await frame.Locator(Id("-1_PersonProfileFields.AddressCity")).FillAsync("San Francisco");
        await Pick("-1_PersonProfileFields.AddressState", "CA - California");
        await frame.Locator(Id("-1_PersonProfileFields.AddressZip")).FillAsync("94110");
        await Pick("-1_PersonProfileFields.AddressCountry", "United States");
        await frame.Locator(Id("-1_EducationFields.School")).FillAsync("University of California, Davis");
        await Pick("-1_EducationFields.Degree", "Bachelor's Degree");
        await frame.Locator(Id("-1_EducationFields.Major")).FillAsync("Computer Science");
        await frame.Locator(Id("PortalProfileFields.Resume")).SetInputFilesAsync(Resume);
        await frame.Locator("input[name='rcf5201'][value='12011']").CheckAsync();
        await frame.Locator("input[name='rcf5202'][value='12022']").CheckAsync();
        await Pick("rcf5203", "Yes");
        await frame.Locator("input[name='rcf5204'][value='12041']").CheckAsync();
        await Pick("rcf5205", "4 - 6 years");
        await Pick("rcf5206", "Up to 25%");
        await frame.Locator("input[name='rcf5207'][value='12072']").CheckAsync();
        await frame.Locator("#rcf5208").FillAsync("120000");
        await frame.Locator("#rcf5209").FillAsync("01/15/2026");
        await Pick("rcf5210", "LinkedIn");
        await Pick("PersonProfileFields.Gender", "Male");
        await Pick("PersonProfileFields.Race", "Hispanic or Latino");
        await Pick("PersonProfileFields.Veteran", "I am not a protected veteran");
        await frame.Locator("#iCIMS_SubmitButton").ClickAsync();
    }

    private static async Task FillSmartRecruitersMeridale(IPage page)
    {
        // Playwright's CSS and role engines pierce open shadow roots.
        await page.Locator("spl-input[name='firstName'] input").FillAsync("Jordan");
        await page.Locator("spl-input[name='lastName'] input").FillAsync("Rivera");
        await page.Locator("spl-input[name='email'] input").FillAsync("jordan.rivera@example.org");
        await page.Locator("spl-input[name='confirmEmail'] input").FillAsync("jordan.rivera@example.org");
        await page.Locator("spl-input[name='location'] input").FillAsync("San Francisco");
        await page.Locator("spl-phone-field[name='phoneNumber'] input").FillAsync("415 555 0134");
        await page.Locator("spl-dropzone[name='resume'] input[type='file']").SetInputFilesAsync(Resume);
        await page.Locator("spl-button#next button").ClickAsync();

        async Task Select(string name, string option)
        {
            var select = page.Locator($"spl-select[name='{name}']");
            await select.Locator("button.trigger").ClickAsync();
            await select.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await page.Locator("spl-choice-group[name='q_authorized'] input[value='yes']").CheckAsync();
        await page.Locator("spl-choice-group[name='q_sponsorship'] input[value='no']").CheckAsync();
        await Select("q_denver", "I would move to the Denver area for this role");
        await Select("q_years", "5-7");
        foreach (var tool in new[] { "csharp", "postgresql", "kubernetes" })
        {
            await page.Locator($"spl-choice-group[name='q_tools'] input[value='{tool}']").CheckAsync();
        }

        await Select("q_education", "Bachelor\u2019s degree");
        await page.Locator("spl-input[name='q_start'] input").FillAsync("2026-01-15");
        await page.Locator("spl-input[name='q_salary'] input").FillAsync("120000");
        await page.Locator("spl-checkbox[name='consent.privacyPolicy'] input").CheckAsync();
        await page.Locator("spl-button#submit button").ClickAsync();
    }

    private static async Task FillTaleoGranitefield(IPage page)
    {
        const string Profile = "et-ef-content-ftf-gp-j_id_id19pc11-page_1-cpi-cfrmsub-frm-dv_cs_candidate_personal_info_";
        const string Questions = "et-ef-content-ftf-gp-j_id_id19pc11-page_2-csef-efi-0-frm-dv_cs_candidate_questions_";
        static string Id(string id) => $"[id='{id}']";
        async Task Continue(int step) => await page.Locator($".page[data-page='{step - 1}'] input[data-next='{step}']").ClickAsync();

        await page.Locator("#privacy-accept").ClickAsync();
        await page.Locator(Id(Profile + "FirstName")).FillAsync("Jordan");
        await page.Locator(Id(Profile + "LastName")).FillAsync("Rivera");
        await page.Locator(Id(Profile + "EmailAddress")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Id(Profile + "MobilePhone")).FillAsync("415-555-0134");
        await page.Locator(Id(Profile + "PreferredPhone")).SelectOptionAsync("2");
        await page.Locator(Id(Profile + "Address")).FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator(Id(Profile + "City")).FillAsync("San Francisco");
        await page.Locator(Id(Profile + "ResidenceCountry")).SelectOptionAsync("US");
        await page.Locator(Id(Profile + "ResidenceLocation")).SelectOptionAsync("4105");
        await page.Locator(Id(Profile + "ZipCode")).FillAsync("94110");
        await Continue(2);

        foreach (var answer in new[] { "0-answer-30011", "1-answer-30022", "2-answer-30031", "3-answer-30041", "4-answer-30053", "5-answer-30064", "6-answer-30072" })
        {
            await page.Locator(Id(Questions + answer)).CheckAsync();
        }

        await page.Locator(Id(Questions + "7-answer")).FillAsync("120000");
        await page.Locator(Id(Questions + "8-answer")).FillAsync("01/15/2026");
        await page.Locator(Id(Questions + "Gender")).SelectOptionAsync("M");
        await page.Locator(Id(Questions + "Ethnicity")).SelectOptionAsync("1");
        await page.Locator(Id(Questions + "Veteran")).SelectOptionAsync("2");
        await Continue(3);

        await page.Locator(Id("et-ef-content-ftf-gp-j_id_id19pc11-page_3-attachments-file")).SetInputFilesAsync(Resume);
        await page.Locator(Id("et-ef-content-ftf-gp-j_id_id19pc11-page_3-attachments-attach")).ClickAsync();
        await Continue(4);

        await page.Locator(Id("et-ef-content-ftf-gp-j_id_id19pc11-page_4-esig-FullName")).FillAsync("Jordan Rivera");
        await Continue(5);

        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Application summary" })).ToContainTextAsync("Cellular Number");
        await page.Locator("#submitbutton").ClickAsync();
    }

    private static async Task FillRecruiteeZeilmaker(IPage page)
    {
        static string Answer(int index, string part) => $"[name='candidate[open_question_answers_attributes][{index}][{part}]']";
        await page.Locator("[name='candidate[name]']").FillAsync("Jordan Rivera");
        await page.Locator("[name='candidate[email]']").FillAsync("jordan.rivera@example.org");
        await page.Locator("[name='candidate[phone]']").FillAsync("+1 415 555 0134");
        await page.Locator("#cv-input").SetInputFilesAsync(Resume);
        await page.Locator($"{Answer(0, "flag")}[value='true']").CheckAsync(new() { Force = true });
        await page.Locator($"{Answer(1, "flag")}[value='false']").CheckAsync(new() { Force = true });
        await page.Locator($"{Answer(2, "content")}[value='3–5']").CheckAsync();
        foreach (var tool in new[] { "TypeScript", "React", "PostgreSQL" })
        {
            await page.Locator($"{Answer(3, "multi_content")[..^2]}[]'][value='{tool}']").CheckAsync();
        }

        foreach (var language in new[] { "English", "Spanish" })
        {
            await page.Locator($"{Answer(4, "multi_content")[..^2]}[]'][value='{language}']").CheckAsync();
        }

        await page.Locator($"{Answer(5, "content")}[value='1 month or less']").CheckAsync();
        await page.Locator(Answer(6, "content")).FillAsync("15-01-2026");
        await page.Locator(Answer(7, "content")).FillAsync("120000");
        await page.Locator(Answer(8, "content")).FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("[name='candidate[gdpr_consent]']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }
}
