using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the held-out batch written on 2026-12-07 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> ThirdBatchFillers() => new()
    {
        ["ashby-adatum"] = FillAshbyADatum,
        ["bamboohr-libertys"] = FillBambooHrLibertys,
        ["greenhouse-northwind"] = FillGreenhouseNorthwind,
        ["icims-consolidated"] = FillIcimsConsolidated,
        ["lever-fabrikam"] = FillLeverFabrikam,
        ["smartrecruiters-southridge"] = FillSmartRecruitersSouthridge,
        ["successfactors-bestforyou"] = FillSuccessFactorsBestForYou,
        ["taleo-citypower"] = FillTaleoCityPower,
        ["workable-fincher"] = FillWorkableFincher,
        ["workday-nod"] = FillWorkdayNod,
    };

    private static async Task FillGreenhouseNorthwind(IPage page)
    {
        static string Answer(int i, string kind) => $"[name='job_application[answers_attributes][{i}][{kind}]']";
        await page.Locator("#first_name").FillAsync("Jordan");
        await page.Locator("#last_name").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("+1 415 555 0134");
        await page.Locator("#job_application_location").PressSequentiallyAsync("San Fra");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await page.Locator("#resume_file").SetInputFilesAsync(Resume);
        await page.Locator("#education_school_name").ClickAsync();
        await page.Locator("#select2-drop input").PressSequentiallyAsync("Davis");
        await page.GetByRole(AriaRole.Option, new() { Name = "University of California, Davis", Exact = true }).ClickAsync();
        await page.Locator("#education_degree").SelectOptionAsync("5403");
        await page.Locator("#education_discipline").SelectOptionAsync("6105");
        await page.Locator(Answer(0, "text_value")).FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator(Answer(2, "boolean_value")).SelectOptionAsync("1");
        await page.Locator(Answer(3, "boolean_value")).SelectOptionAsync("0");
        await page.Locator("#job_application_answers_attributes_4_question_option_id").SelectOptionAsync("91120432");
        foreach (var option in new[] { "91120441", "91120444", "91120446" })
        {
            await page.Locator($"input[type='checkbox'][value='{option}']").CheckAsync();
        }

        await page.Locator("#job_application_gender").SelectOptionAsync("1");
        await page.Locator("#job_application_hispanic_ethnicity").SelectOptionAsync("Yes");
        await page.Locator("#job_application_veteran_status").SelectOptionAsync("1");
        await page.Locator("#job_application_disability_status").SelectOptionAsync("3");
        await page.Locator("#submit_app").ClickAsync();
    }

    private static async Task FillLeverFabrikam(IPage page)
    {
        static string Card(int field, string value) => $"input[name='cards[8d31f0b2-6c4e-4a97-b1d3-2f5e7c9a0e14][field{field}]'][value='{value}']";
        await page.Locator("#resume-upload-input").SetInputFilesAsync(Resume);
        await page.Locator("input[name='name']").FillAsync("Jordan Rivera");
        await page.Locator("input[name='pronouns'][value='He/him']").CheckAsync();
        await page.Locator("input[name='email']").FillAsync("jordan.rivera@example.org");
        await page.Locator("input[name='phone']").FillAsync("+1 415 555 0134");
        await page.Locator("#location-input").PressSequentiallyAsync("San Fran");
        await page.GetByText("San Francisco, CA, United States", new() { Exact = true }).ClickAsync();
        await page.Locator("input[name='org']").FillAsync("Tailspin Toys");
        await page.Locator("input[name='urls[LinkedIn]']").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator(Card(0, "Yes")).CheckAsync();
        await page.Locator("select[name='cards[8d31f0b2-6c4e-4a97-b1d3-2f5e7c9a0e14][field1]']").SelectOptionAsync("Within 1-2 weeks");
        await page.Locator(Card(2, "Up to 25%")).CheckAsync();
        await page.Locator("input[name='cards[8d31f0b2-6c4e-4a97-b1d3-2f5e7c9a0e14][field3]']").FillAsync("$120,000");
        await page.Locator(Card(4, "English")).CheckAsync();
        await page.Locator(Card(4, "Spanish")).CheckAsync();
        await page.Locator("select[name='eeo[gender]']").SelectOptionAsync("Male");
        await page.Locator("select[name='eeo[race]']").SelectOptionAsync("Hispanic or Latino");
        await page.Locator("select[name='eeo[veteran]']").SelectOptionAsync("I am not a veteran");
        await page.Locator("#btn-submit").ClickAsync();
    }

    private static async Task FillWorkdayNod(IPage page)
    {
        var next = page.Locator("[data-automation-id='pageFooterNextButton']");
        await page.Locator("#source").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Job Board", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "LinkedIn", Exact = true }).ClickAsync();
        await page.Locator("#previousWorker-1").CheckAsync();
        await page.Locator("#firstName").FillAsync("Jordan");
        await page.Locator("#lastName").FillAsync("Rivera");
        await page.Locator("#addressLine1").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#city").FillAsync("San Francisco");
        await Choose(page, "#state", "California");
        await page.Locator("#postalCode").FillAsync("94110");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await Choose(page, "#phoneDeviceType", "Mobile");
        await page.Locator("#phoneNumber").FillAsync("415-555-0134");
        await next.ClickAsync();

        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await Assertions.Expect(page.Locator("[data-automation-id='file-upload-successful']")).ToBeVisibleAsync();
        await next.ClickAsync();

        await Choose(page, "#qAuthorized", "Yes");
        await Choose(page, "#qSponsorship", "No");
        await Choose(page, "#qAdult", "Yes");
        await page.Locator("#dateSectionMonth-input").FillAsync("01");
        await page.Locator("#dateSectionDay-input").FillAsync("15");
        await page.Locator("#dateSectionYear-input").FillAsync("2026");
        await Choose(page, "#qRelatives", "No");
        await Choose(page, "#qEducation", "Bachelor Degree");
        await next.ClickAsync();

        await Choose(page, "#gender", "Male");
        await Choose(page, "#ethnicity", "Hispanic or Latino (United States of America)");
        await Choose(page, "#veteran", "I am not a protected veteran");
        await page.Locator("#acceptTerms").CheckAsync();
        await next.ClickAsync();

        await Assertions.Expect(page.GetByLabel("Review your application")).ToContainTextAsync("01/15/2026");
        await page.Locator("[data-automation-id='pageFooterSubmitButton']").ClickAsync();
    }

    private static async Task FillIcimsConsolidated(IPage page)
    {
        var frame = page.FrameLocator("#icims_content_iframe");
        static string Id(string id) => $"[id='{id}']";
        async Task Dropdown(string select, string option)
        {
            await frame.Locator(Id(select + "_icimsDropdown")).ClickAsync();
            await frame.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await frame.Locator("#email").FillAsync("jordan.rivera@example.org");
        await frame.Locator("#privacyAccept").CheckAsync();
        await frame.Locator("#enterEmailSubmitButton").ClickAsync();
        await frame.Locator(Id("PersonProfileFields.FirstName")).FillAsync("Jordan");
        await frame.Locator(Id("PersonProfileFields.LastName")).FillAsync("Rivera");
        await Dropdown("PersonProfileFields.PhoneType", "Mobile");
        await frame.Locator(Id("PersonProfileFields.PhoneNumber")).FillAsync("(415) 555-0134");
        await frame.Locator(Id("PersonProfileFields.AddressStreet1")).FillAsync("2150 Folsom Street, Apt 4B");
        await frame.Locator(Id("PersonProfileFields.AddressCity")).FillAsync("San Francisco");
        await Dropdown("PersonProfileFields.AddressCountry", "United States");
        await Dropdown("PersonProfileFields.AddressState", "California");
        await frame.Locator(Id("PersonProfileFields.AddressZip")).FillAsync("94110");
        await frame.Locator(Id("PersonProfileFields.Resume")).SetInputFilesAsync(Resume);
        await frame.Locator("input[name='rcf3101'][value='8811']").CheckAsync();
        await frame.Locator("#rcf3102").FillAsync("01/15/2026");
        await frame.Locator("#rcf3103").FillAsync("120,000");
        await Dropdown("rcf3104", "Bachelor's Degree");
        await Dropdown("rcf3105", "1-25%");
        await frame.Locator("input[name='rcf3106'][value='8822']").CheckAsync();
        await frame.Locator("input[name='rcf3107'][value='8832']").CheckAsync();
        await frame.Locator("#enterProfileSubmit").ClickAsync();
    }

    private static async Task FillAshbyADatum(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        await page.Locator(Id("_systemfield_resume")).SetInputFilesAsync(Resume);
        await page.Locator(Id("_systemfield_name")).FillAsync("Jordan Rivera");
        await page.Locator(Id("_systemfield_email")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Id("4c8f2e17-phone")).FillAsync("+1 415 555 0134");
        await page.Locator(Id("_systemfield_location")).PressSequentiallyAsync("San Fran");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await page.Locator(Id("9a1d7c33-linkedin")).FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("[data-field='b27e90f4-eligible']").GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true }).ClickAsync();
        await page.Locator(Id("c5d3a8e1-experience")).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "5\u20137 years", Exact = true }).ClickAsync();
        await page.Locator(Id("d8f4b2c6-arrangement-remote")).CheckAsync();
        await page.Locator(Id("d8f4b2c6-arrangement-hybrid")).CheckAsync();
        await page.Locator(Id("e6a1f9d2-start")).FillAsync("01/15/2026");
        await page.Locator(Id("f3c7e5b8-salary")).FillAsync("120000");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Male", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Hispanic or Latino", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "I am not a protected veteran", Exact = true }).ClickAsync();
        await page.Locator(".ashby-application-form-submit-button").ClickAsync();
    }

    private static async Task FillSmartRecruitersSouthridge(IPage page)
    {
        // Playwright's CSS engine pierces open shadow roots, so "spl-input[name=x] input" reaches each component's control.
        await page.Locator("spl-input[name='firstName'] input").FillAsync("Jordan");
        await page.Locator("spl-input[name='lastName'] input").FillAsync("Rivera");
        await page.Locator("spl-input[name='email'] input").FillAsync("jordan.rivera@example.org");
        await page.Locator("spl-phone button.country").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "United States (+1)", Exact = true }).ClickAsync();
        await page.Locator("spl-phone input[type='tel']").FillAsync("415-555-0134");
        await page.Locator("spl-autocomplete input").PressSequentiallyAsync("San Fran");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, CA, United States", Exact = true }).ClickAsync();
        await page.Locator("spl-dropzone input[type='file']").SetInputFilesAsync(Resume);
        await page.Locator("#next").ClickAsync();

        await page.Locator("spl-radio-group[name='q_eligible'] input[value='yes']").CheckAsync();
        await page.Locator("spl-radio-group[name='q_sponsorship'] input[value='no']").CheckAsync();
        await page.Locator("spl-radio-group[name='q_relocate'] input[value='yes']").CheckAsync();
        await page.Locator("spl-input[name='q_start'] input").FillAsync("2026-01-15");
        await page.Locator("spl-select[name='q_source'] select").SelectOptionAsync("linkedin");
        await page.Locator("spl-checkbox[name='privacyConsent'] [role='checkbox']").ClickAsync();
        await page.Locator("#send").ClickAsync();
    }

    private static async Task FillTaleoCityPower(IPage page)
    {
        var next = page.Locator("#et-ef-content-ftf-saveContinueCmdBottom");
        await page.Locator("#et-ef-content-ftf-accept").ClickAsync();
        await page.Locator("#cpi-FirstName").FillAsync("Jordan");
        await page.Locator("#cpi-LastName").FillAsync("Rivera");
        await page.Locator("#cpi-EmailAddress").FillAsync("jordan.rivera@example.org");
        await page.Locator("#cpi-HomePhone").FillAsync("415-555-0134");
        await page.Locator("#cpi-Address").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#cpi-City").FillAsync("San Francisco");
        await page.Locator("#cpi-ResidenceLocation-0").SelectOptionAsync("230");
        await page.Locator("#cpi-ResidenceLocation-1").SelectOptionAsync("1002");
        await page.Locator("#cpi-ZipCode").FillAsync("94110");
        await next.ClickAsync();

        await page.Locator("#attachment-file").SetInputFilesAsync(Resume);
        await next.ClickAsync();

        await page.Locator("#qst-1881-1").CheckAsync();
        await page.Locator("#qst-1882-2").CheckAsync();
        await page.Locator("#qst-1883-3").CheckAsync();
        await page.Locator("#qst-1884-1").CheckAsync();
        await page.Locator("#qst-1885").FillAsync("120000");
        await next.ClickAsync();

        await page.Locator("#esig-FullName").FillAsync("Jordan Rivera");
        await next.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Application summary" })).ToContainTextAsync("5 to 7 years");
        await page.Locator("#et-ef-content-ftf-submitCmdBottom").ClickAsync();
    }

    private static async Task FillSuccessFactorsBestForYou(IPage page)
    {
        await page.Locator("#applyNow").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true }).ClickAsync();
        await page.Locator("#fbclc_fName").FillAsync("Jordan");
        await page.Locator("#fbclc_lName").FillAsync("Rivera");
        await page.Locator("#fbclc_email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#fbclc_cellPhone").FillAsync("+1 415 555 0134");
        await page.Locator("#fbclc_country").SelectOptionAsync("USA");
        await page.Locator("#fbclc_address").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#fbclc_city").FillAsync("San Francisco");
        await page.Locator("#fbclc_state").SelectOptionAsync("CA");
        await page.Locator("#fbclc_zip").FillAsync("94110");
        await page.Locator("#fbclc_resume").SetInputFilesAsync(Resume);
        await page.Locator("#customPicklist1").SelectOptionAsync("4401");
        await page.Locator("#customPicklist2").SelectOptionAsync("4411");
        await page.Locator("#customPicklist3").SelectOptionAsync("4422");
        await page.Locator("#customPicklist4").SelectOptionAsync("4433");
        await page.Locator("#customPicklist5").SelectOptionAsync("4442");
        await page.Locator("#customDate1").FillAsync("01/15/2026");
        await page.Locator("#customNumber1").FillAsync("120000");
        await page.Locator("#fbclc_submitBtn").ClickAsync();
    }

    private static async Task FillWorkableFincher(IPage page)
    {
        async Task Answer(string question, string answer) =>
            await page.Locator($"[data-ui='{question}'] label", new() { HasTextString = answer }).ClickAsync();

        await page.Locator("#firstname").FillAsync("Jordan");
        await page.Locator("#lastname").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("+1 415 555 0134");
        await page.Locator("#address").FillAsync("2150 Folsom Street, Apt 4B, San Francisco, CA 94110");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Education", Exact = true }).ClickAsync();
        await page.Locator("#education_school").PressSequentiallyAsync("Davis");
        await page.GetByRole(AriaRole.Option, new() { Name = "University of California, Davis", Exact = true }).ClickAsync();
        await page.Locator("#education_field_of_study").FillAsync("Computer Science");
        await page.Locator("#education_degree").FillAsync("B.S.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await Answer("QA_6120031", "Yes");
        await Answer("QA_6120032", "No");
        await Answer("QA_6120033", "Yes");
        await page.Locator("#QA_6120034").FillAsync("2 weeks");
        await page.Locator(".submit").ClickAsync();
    }

    private static async Task FillBambooHrLibertys(IPage page)
    {
        await page.Locator("#firstName").FillAsync("Jordan");
        await page.Locator("#lastName").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("(415) 555-0134");
        await page.Locator("#streetAddress").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#city").FillAsync("San Francisco");
        await Choose(page, "#state", "California");
        await page.Locator("#zip").FillAsync("94110");
        await page.Locator("#resumeFile").SetInputFilesAsync(Resume);
        await page.Locator("#dateAvailable").FillAsync("01/15/2026");
        await page.Locator("#desiredPay").FillAsync("$120,000");
        await Choose(page, "#customQuestions4471", "Yes");
        await page.Locator("#customQuestions4473").FillAsync(FixtureCatalog.Expected("bamboohr-libertys").Outcome.Answer!);
        await page.Locator(".fab-Button--primary").ClickAsync();
    }
}
