using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the second five forms of the held-out batch written as 2026-12-07-6 (<see cref="GhostHands.Fixtures.FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> EighthBatchBFillers() => new()
    {
        ["ashby-brambleway"] = FillAshbyBrambleway,
        ["icims-kettlemoor"] = FillIcimsKettlemoor,
        ["jazzhr-tinderbox"] = FillJazzHrTinderbox,
        ["paycom-saddlecreek"] = FillPaycomSaddlecreek,
        ["successfactors-marlowgate"] = FillSuccessFactorsMarlowgate,
    };

    private static async Task FillAshbyBrambleway(IPage page)
    {
        static string Path(string path) => $"[id='{path}']";
        async Task Answer(string path, string button) =>
            await page.Locator($"[data-path='{path}']").GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

        await page.Locator(Path("_systemfield_name")).FillAsync("Jordan Rivera");
        await page.Locator(Path("_systemfield_email")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Path("_systemfield_resume")).SetInputFilesAsync(Resume);
        await page.Locator(Path("d41c6a02-7b1e-4f0a-9c55-1a8e2f37b610")).FillAsync("+1 415 555 0134");
        await page.Locator(Path("_systemfield_location")).PressSequentiallyAsync("San Fran");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await page.Locator(Path("e52d7b13-8c2f-4a1b-8d66-2b9f3048c721")).FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Answer("f63e8c24-9d30-4b2c-9e77-3ca04159d832", "Yes");
        await Answer("074f9d35-ae41-4c3d-8f88-4db1526ae943", "No");
        await Answer("18508e46-bf52-4d4e-9099-5ec2637bfa54", "Yes");
        await page.Locator(Path("2961af57-c063-4e5f-a1aa-6fd3748c0b65")).FillAsync("5");
        foreach (var tool in new[] { "dotnet", "postgres", "k8s", "terraform" })
        {
            await page.Locator($"input[name='3a72b068-d174-4f60-b2bb-70e4859d1c76'][value='{tool}']").CheckAsync();
        }

        await Answer("4b83c179-e285-4071-83cc-81f96ae21d87", "Yes");
        await page.Locator("input[name='5c94d28a-f396-4182-94dd-92a07bf32e98'][value='short']").CheckAsync();
        await page.Locator(Path("6da5e39b-04a7-4293-a5fe-a3c08ad4ffa9")).FillAsync("2026-01-15");
        await page.Locator(Path("7eb6f4ac-15b8-43a4-b60f-b4d19be5a0ba")).FillAsync("120000");
        await page.Locator(Path("8fc705bd-26c9-44b5-870a-c5e2acf6b1cb")).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "LinkedIn", Exact = true }).ClickAsync();
        await page.Locator("input[name='_systemfield_eeoc_gender'][value='Male']").CheckAsync();
        await page.Locator(".ashby-application-form-submit-button").ClickAsync();
    }

    private static async Task FillIcimsKettlemoor(IPage page)
    {
        var frame = page.FrameLocator("#icims_content_iframe");
        static string Id(string id) => $"[id='{id}']";
        async Task Pick(string select, string option)
        {
            await frame.Locator($"{Id(select)} + .dropdown-container .dropdown-toggle").ClickAsync();
            await frame.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await frame.Locator(Id("PersonProfileFields.Email")).FillAsync("jordan.rivera@example.org");
        await frame.Locator("#PortalPrivacyAccept").CheckAsync();
        await frame.Locator("#enterEmailSubmitButton").ClickAsync();
        await frame.Locator(Id("PersonProfileFields.FirstName")).FillAsync("Jordan");
        await frame.Locator(Id("PersonProfileFields.LastName")).FillAsync("Rivera");
        await Pick("-1_PersonProfileFields.PhoneType", "Cellular");
        await frame.Locator(Id("-1_PersonProfileFields.PhoneNumber")).FillAsync("415-555-0134");
        await frame.Locator(Id("-1_PersonProfileFields.AddressStreet1")).FillAsync("2150 Folsom Street, Apt 4B");
        await frame.Locator(Id("-1_PersonProfileFields.AddressCity")).FillAsync("San Francisco");
        await Pick("-1_PersonProfileFields.AddressCountry", "United States");
        await Pick("-1_PersonProfileFields.AddressState", "California");
        await frame.Locator(Id("-1_PersonProfileFields.AddressZip")).FillAsync("94110");
        await frame.Locator(Id("PortalProfileFields.Resume")).SetInputFilesAsync(Resume);
        foreach (var (question, answer) in new[] { ("rcf4401", "44011"), ("rcf4402", "44021"), ("rcf4407", "44072"), ("rcf4408", "44082") })
        {
            await frame.Locator($"input[name='{question}'][value='{answer}']").CheckAsync();
        }

        await Pick("rcf4403", "No");
        await Pick("rcf4404", "Bachelor's Degree");
        await Pick("rcf4405", "5 - 7 years");
        await Pick("rcf4406", "I would relocate to the Twin Cities area for this role");
        await frame.Locator("#rcf4410").FillAsync("01/15/2026");
        await frame.Locator("#rcf4411").FillAsync("120000");
        await Pick("rcf4412", "LinkedIn");
        await Pick("PersonProfileFields.Gender", "Male");
        await frame.Locator("#iCIMS_SubmitButton").ClickAsync();
    }

    private static async Task FillSuccessFactorsMarlowgate(IPage page)
    {
        async Task Choose(string field, string option)
        {
            await page.Locator($".sapUiFormElement[data-field='{field}'] .sapMSlt").ClickAsync();
            await page.Locator("#sap-ui-static").GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        async Task Type(string field, string value) => await page.Locator($"input[data-name='{field}']").FillAsync(value);

        await page.Locator("#applyButton").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true }).ClickAsync();
        await Type("firstName", "Jordan");
        await Type("lastName", "Rivera");
        await Type("contactEmail", "jordan.rivera@example.org");
        await Type("cellPhone", "415-555-0134");
        await Choose("country", "United States");
        await Choose("state", "California");
        await Type("city", "San Francisco");
        await Type("zip", "94110");
        await page.Locator("#resumeFile").SetInputFilesAsync(Resume);
        await Choose("jobReqQuestion_1", "Yes");
        await Choose("jobReqQuestion_2", "No");
        await Choose("jobReqQuestion_3", "Yes");
        await Choose("jobReqQuestion_4", "5 - 9 years");
        await Choose("jobReqQuestion_5", "Yes");
        await Choose("jobReqQuestion_6", "Columbus operations center two or three days a week, home the rest");
        await Choose("jobReqQuestion_7", "Yes");
        await Choose("highestEducation", "Bachelor\u2019s Degree (BA/BS)");
        await Choose("source", "LinkedIn");
        await Type("desiredSalary", "120000");
        await Type("availableDate", "Jan 15, 2026");
        await Choose("veteran", "I am not a protected veteran");
        await page.Locator("#certifyCb").CheckAsync();
        await page.Locator("#applyFormSubmit").ClickAsync();
    }

    private static async Task FillJazzHrTinderbox(IPage page)
    {
        async Task Type(string name, string value) => await page.Locator($"#resumator-{name}").FillAsync(value);

        await Type("firstname-value", "Jordan");
        await Type("lastname-value", "Rivera");
        await Type("email-value", "jordan.rivera@example.org");
        await Type("address-value", "2150 Folsom Street, Apt 4B");
        await Type("city-value", "San Francisco");
        await Type("state-value", "California");
        await Type("postal-value", "94110");
        await Type("phone-value", "(415) 555-0134");
        await page.Locator("#resumator-resume-value").SetInputFilesAsync(Resume);
        await Type("date-available-value", "01/15/2026");
        await Type("salary-value", "$120,000");
        await Type("linkedin-value", "https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("#resumator-source-value").SelectOptionAsync("LinkedIn");
        await page.Locator("#resumator-question-88101").SelectOptionAsync("Yes");
        await page.Locator("#resumator-question-88102").SelectOptionAsync("No");
        await page.Locator("input[name='resumator-question-88103'][value='5 to 8']").CheckAsync();
        foreach (var language in new[] { "English", "Spanish" })
        {
            await page.Locator($"input[name='resumator-question-88104[]'][value='{language}']").CheckAsync();
        }

        await page.Locator("input[name='resumator-question-88105'][value='Yes']").CheckAsync();
        await page.Locator("input[name='resumator-question-88106'][value='No']").CheckAsync();
        await Type("question-88107", "2 weeks");
        await page.Locator("#resumator-eeo-race-value").SelectOptionAsync("4");
        await page.Locator("#resumator-submit-resume").ClickAsync();
    }

    private static async Task FillPaycomSaddlecreek(IPage page)
    {
        async Task Next() => await page.Locator("#nextButton").ClickAsync();

        await page.Locator("#resumeFile").SetInputFilesAsync(Resume);
        await Next();
        await page.Locator("#applicantFirstName").FillAsync("Jordan");
        await page.Locator("#applicantLastName").FillAsync("Rivera");
        await page.Locator("#applicantEmail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#applicantEmailConfirm").FillAsync("jordan.rivera@example.org");
        await page.Locator("#applicantMobilePhone").FillAsync("4155550134");
        await page.Locator("#applicantAddress1").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#applicantCity").FillAsync("San Francisco");
        await page.Locator("#applicantState").SelectOptionAsync("CA");
        await page.Locator("#applicantZip").FillAsync("94110");
        await Next();
        foreach (var (question, answer) in new[] { ("kq_1001", "Y"), ("kq_1002", "Y"), ("kq_1003", "N"), ("kq_1004", "Y"), ("kq_1007", "N"), ("kq_1008", "N") })
        {
            await page.Locator($"input[name='{question}'][value='{answer}']").CheckAsync();
        }

        await page.Locator("#kq_1005").SelectOptionAsync("c");
        await page.Locator("#kq_1006").SelectOptionAsync("ba");
        await page.Locator("#kq_1009").FillAsync("120000");
        await page.Locator("#kq_1010").SelectOptionAsync("yr");
        await page.Locator("#kq_1011").FillAsync("01/15/2026");
        await page.Locator("#kq_1012").SelectOptionAsync("li");
        await Next();
        await page.Locator("#eeoEthnicity").SelectOptionAsync("1");
        await Next();
        await page.Locator("#esignName").FillAsync("Jordan Rivera");
        await page.Locator("#submitButton").ClickAsync();
    }
}
