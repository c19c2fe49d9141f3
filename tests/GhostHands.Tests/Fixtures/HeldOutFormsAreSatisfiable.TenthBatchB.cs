using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the second five forms of the held-out batch written as 2026-12-07-8 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> TenthBatchBFillers() => new()
    {
        ["ashby-sablewood"] = FillAshbySablewood,
        ["dayforce-brackenridge"] = FillDayforceBrackenridge,
        ["icims-harrowgate"] = FillIcimsHarrowgate,
        ["smartrecruiters-quillmere"] = FillSmartRecruitersQuillmere,
        ["workable-cobbleford"] = FillWorkableCobbleford,
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

    private static async Task FillAshbySablewood(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        static string Entry(string path) => $"[data-path='{path}']";
        await page.Locator(Id("_systemfield_name")).FillAsync("Jordan Rivera");
        await page.Locator(Id("_systemfield_email")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Id("a1d0e6c2-44b7-4f0a-9c5e-7f21b0d3c811")).FillAsync("+1 415 555 0134");
        await page.Locator(Id("_systemfield_resume")).SetInputFilesAsync(Resume);
        await page.Locator(Id("b28f41d7-0c93-4e5a-8b16-2e9d4c7a0f52")).FillAsync("San Francisco, CA");
        await page.Locator(Id("c3790a5e-d1f2-4b68-a047-5b1e8f2c9d63")).FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator(Id("d4a61b8f-2e03-4c79-b158-6c2f9a3d0e74")).FillAsync("https://github.com/jordan-rivera-example");
        foreach (var (path, answer) in new[]
        {
            ("e5b72c90-3f14-4d8a-c269-7d3a0b4e1f85", "Yes"),
            ("f6c83da1-4025-4e9b-d37a-8e4b1c5f2096", "No"),
            ("6d3fa418-b79c-4502-e4a1-f5b28dc097ad", "No"),
        })
        {
            await page.Locator(Entry(path)).GetByRole(AriaRole.Button, new() { Name = answer, Exact = true }).ClickAsync();
        }

        await page.Locator("[name='07d94eb2-5136-4fac-e48b-9f5c2d6031a7'][value='Up to 25%']").CheckAsync();
        await page.Locator(Id("18ea5fc3-6247-40bd-f59c-a06d3e7142b8")).FillAsync("5");
        foreach (var tool in new[] { "C# / .NET", "PostgreSQL", "TypeScript", "React", "Kubernetes", "Terraform" })
        {
            await page.Locator($"[name='29fb60d4-7358-41ce-a06d-b17e4f8253c9'][value='{tool}']").CheckAsync();
        }

        await page.Locator("[name='3a0c71e5-8469-42df-b17e-c28f5a9364da'][value='Spanish']").CheckAsync();
        await page.Locator(Id("4b1d82f6-957a-43e0-c28f-d3906bae75eb")).FillAsync("120000");
        await Choose(page, Id("5c2e9307-a68b-44f1-d390-e4a17cbf86fc"), "2 weeks");
        await Choose(page, Id("_eeoc_gender"), "Male");
        await Choose(page, Id("_eeoc_race"), "Hispanic or Latino");
        await Choose(page, Id("_eeoc_veteran"), "I am not a veteran");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit Application" }).ClickAsync();
    }

    private static async Task FillIcimsHarrowgate(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        var frame = page.FrameLocator("#icims_content_iframe");
        await frame.Locator(Id("PersonProfileFields.FirstName")).FillAsync("Jordan");
        await frame.Locator(Id("PersonProfileFields.LastName")).FillAsync("Rivera");
        await frame.Locator(Id("PersonProfileFields.Email")).FillAsync("jordan.rivera@example.org");
        await frame.Locator(Id("-1_PhoneNumber_PhoneType")).SelectOptionAsync("Mobile");
        await frame.Locator(Id("-1_PhoneNumber_Number")).FillAsync("(415) 555-0134");
        await frame.Locator(Id("-1_Address_AddressStreet1")).FillAsync("2150 Folsom Street");
        await frame.Locator(Id("-1_Address_AddressStreet2")).FillAsync("Apt 4B");
        await frame.Locator(Id("-1_Address_AddressCity")).FillAsync("San Francisco");
        await Assertions.Expect(frame.Locator(Id("-1_Address_AddressCountry"))).ToHaveValueAsync("US");
        await frame.Locator(Id("-1_Address_AddressState")).SelectOptionAsync(new SelectOptionValue { Label = "California" });
        await frame.Locator(Id("-1_Address_AddressZip")).FillAsync("94110");
        await frame.Locator(Id("PersonProfileFields.Resume")).SetInputFilesAsync(Resume);
        foreach (var (question, answer) in new[] { ("rcf7301", "1"), ("rcf7302", "1"), ("rcf7303", "0"), ("rcf7304", "0"), ("rcf7305", "0"), ("rcf7306", "1"), ("rcf7307", "1") })
        {
            await frame.Locator(Id(question)).SelectOptionAsync(answer);
        }

        await frame.Locator(Id("rcf7308_Month")).SelectOptionAsync(new SelectOptionValue { Label = "January" });
        await frame.Locator(Id("rcf7308_Day")).SelectOptionAsync(new SelectOptionValue { Label = "15" });
        await frame.Locator(Id("rcf7308_Year")).SelectOptionAsync(new SelectOptionValue { Label = "2026" });
        await frame.Locator(Id("rcf7309")).FillAsync("120000");
        await frame.Locator(Id("rcf7310")).SelectOptionAsync(new SelectOptionValue { Label = "LinkedIn" });
        await frame.Locator(Id("PersonProfileFields.Gender")).SelectOptionAsync(new SelectOptionValue { Label = "Male" });
        await frame.Locator(Id("PersonProfileFields.HispanicLatino")).SelectOptionAsync(new SelectOptionValue { Label = "Yes" });
        await Assertions.Expect(frame.Locator(Id("PersonProfileFields.Race"))).ToBeHiddenAsync();
        await frame.Locator(Id("PersonProfileFields.VeteranStatus")).SelectOptionAsync(new SelectOptionValue { Label = "I am not a protected veteran" });
        await frame.Locator(Id("rcf7320")).CheckAsync();
        await frame.Locator(Id("rcf7321")).FillAsync("Jordan Rivera");
        await frame.Locator("#enterInfo_submit").ClickAsync();
    }

    private static async Task FillDayforceBrackenridge(IPage page)
    {
        async Task Pick(string id, string typed, string option)
        {
            await page.Locator($"#{id}").ClickAsync();
            await page.Locator($"#{id}").FillAsync(typed);
            await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        async Task Answer(string id, string answer) => await page.Locator($"input[name='{id}'][value='{answer}']").CheckAsync();

        var next = page.Locator("#next");
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync());
        await chooser.SetFilesAsync(Resume);
        await Assertions.Expect(page.Locator("#df-resumeFile-name")).ToHaveTextAsync(FixtureCatalog.ResumeFileName);
        await next.ClickAsync();

        await page.Locator("#df-candidate-legalFirstName").FillAsync("Jordan");
        await page.Locator("#df-candidate-legalLastName").FillAsync("Rivera");
        await page.Locator("#df-candidate-preferredName").FillAsync("Jordan");
        await page.Locator("#df-candidate-email").FillAsync("jordan.rivera@example.org");
        await Assertions.Expect(page.Locator("#df-candidate-phoneCountry")).ToHaveValueAsync("United States (+1)");
        await page.Locator("#df-candidate-phoneNumber").FillAsync("(415) 555-0134");
        await page.Locator("#df-candidate-address-line1").FillAsync("2150 Folsom Street");
        await page.Locator("#df-candidate-address-line2").FillAsync("Apt 4B");
        await page.Locator("#df-candidate-address-city").FillAsync("San Francisco");
        await Assertions.Expect(page.Locator("#df-candidate-address-country")).ToHaveValueAsync("United States");
        await Pick("df-candidate-address-state", "Calif", "California");
        await page.Locator("#df-candidate-address-postalCode").FillAsync("94110");
        await next.ClickAsync();

        await page.Locator("#df-experience-currentEmployer").FillAsync("Tailspin Toys");
        await page.Locator("#df-experience-currentTitle").FillAsync("Senior Software Engineer");
        await Pick("df-experience-education", "Bach", "Bachelor's Degree");
        await next.ClickAsync();

        await Answer("df-answers-q40117", "Yes");
        await Answer("df-answers-q40118", "No");
        await Answer("df-answers-q40119", "No");
        await Pick("df-answers-q40120", "Hybrid", "Hybrid (2 days a week in Concord)");
        await Pick("df-answers-q40121", "5", "5 - 7 years");
        await page.Locator("#df-answers-q40122").FillAsync("01/15/2026");
        await page.Locator("#df-answers-q40123").FillAsync("120,000");
        await Answer("df-answers-q40124", "Yes");
        await Pick("df-answers-q40125", "Link", "LinkedIn");
        await next.ClickAsync();

        await Answer("df-disclosures-gender", "Male");
        await Answer("df-disclosures-ethnicity", "Hispanic or Latino");
        await Pick("df-disclosures-veteran", "not", "I am not a protected veteran");
        await Answer("df-disclosures-disability", "I do not want to answer");
        await next.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Your application" })).ToContainTextAsync("01/15/2026");
        await page.Locator("#df-signature-agree").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit Application" }).ClickAsync();
    }

    private static async Task FillWorkableCobbleford(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        await page.Locator("#firstname").FillAsync("Jordan");
        await page.Locator("#lastname").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await Assertions.Expect(page.Locator("#phone-flag")).ToHaveAttributeAsync("title", "United States: +1");
        await page.Locator("#phone").FillAsync("(415) 555-0134");
        await page.Locator("#address").FillAsync("2150 Folsom Street, Apt 4B, San Francisco, CA 94110");
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add" }).First.ClickAsync();
        await page.Locator(Id("education[0][school]")).FillAsync("University of California, Davis");
        await page.Locator(Id("education[0][field_of_study]")).FillAsync("Computer Science");
        await page.Locator(Id("education[0][degree]")).FillAsync("B.S.");
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("input[name='QA_7712001'][value='true']").CheckAsync();
        await page.Locator("input[name='QA_7712002'][value='false']").CheckAsync();
        await page.Locator("input[name='QA_7712003'][value='true']").CheckAsync();
        foreach (var tool in new[] { "3301", "3303", "3305", "3306", "3308", "3309" })
        {
            await page.Locator($"input[name='QA_7712004'][value='{tool}']").CheckAsync();
        }

        await page.Locator("#QA_7712005").FillAsync("120000");
        await page.Locator("#QA_7712006").SelectOptionAsync(new SelectOptionValue { Label = "2 weeks" });
        await page.Locator("#QA_7712007").FillAsync("2026-01-15");
        await page.Locator("input[name='QA_7712008'][value='false']").CheckAsync();
        await page.Locator("#QA_7712009").FillAsync("LinkedIn");
        await page.Locator("input[name='eeo_gender'][value='male']").CheckAsync();
        await page.Locator("input[name='eeo_race'][value='hispanic']").CheckAsync();
        await page.Locator("input[name='eeo_veteran'][value='not']").CheckAsync();
        await page.Locator("input[name='eeo_disability'][value='decline']").CheckAsync();
        await page.Locator("#gdpr").CheckAsync();
        await page.Locator("#submit-application").ClickAsync();
    }
}
