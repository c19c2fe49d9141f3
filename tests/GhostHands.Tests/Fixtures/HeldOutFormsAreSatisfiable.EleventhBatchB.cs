using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the last five forms of the held-out batch written as 2026-12-08 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> EleventhBatchBFillers() => new()
    {
        ["ashby-ospreyline"] = FillAshbyOspreyline,
        ["fountain-spokewell"] = FillFountainSpokewell,
        ["icims-tillbrook"] = FillIcimsTillbrook,
        ["smartrecruiters-kelpwater"] = FillSmartRecruitersKelpwater,
        ["successfactors-ravenholt"] = FillSuccessFactorsRavenholt,
    };

    private static async Task FillAshbyOspreyline(IPage page)
    {
        static string Path(string path) => $"[id='{path}']";
        ILocator Entry(string path) => page.Locator($"[data-path='{path}']");
        await page.Locator("[id='autofill-resume']").SetInputFilesAsync(Resume);
        await Assertions.Expect(page.Locator(Path("_systemfield_name"))).ToHaveValueAsync("JORDAN RIVERA");
        await page.Locator(Path("_systemfield_name")).FillAsync("Jordan Rivera");
        await Assertions.Expect(page.Locator(Path("_systemfield_email"))).ToHaveValueAsync("jordan.rivera@example.org");
        await page.Locator(Path("a6f03d7e-5b1c-4f8e-9c2a-71d0e4b8c913")).FillAsync("+1 415 555 0134");
        await page.Locator(Path("c2e85b19-0d4a-4a67-8f3e-9b61d7a2f054")).FillAsync("San Francisco, CA");
        await page.Locator(Path("5d9a0c3b-7e21-4b86-a4f9-2c8e61b0d7a5")).FillAsync("Tailspin Toys");
        await page.Locator(Path("e7b14f62-3a9d-4c05-b8e1-0f5d2c97a3b6")).FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Assertions.Expect(Entry("_systemfield_resume")).ToContainTextAsync(FixtureCatalog.ResumeFileName);
        await Entry("81c7d3e0-94f2-4b5a-a6d8-3e0b7c1f5a29").GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true }).ClickAsync();
        await Entry("f03a6b58-c1e7-4d92-8b40-6a2d9e5f1c07").GetByRole(AriaRole.Button, new() { Name = "No", Exact = true }).ClickAsync();
        await Entry("2b8e4c91-6f0d-4a3b-9e57-d1c3a08f6b24").GetByLabel("Up to 25%", new() { Exact = true }).CheckAsync();
        foreach (var skill in new[] { "C#", ".NET", "PostgreSQL", "TypeScript", "React", "Kubernetes", "Terraform" })
        {
            await Entry("9e3d7a05-b2c6-4f18-8a94-5c0e1b6d2f73").GetByLabel(skill, new() { Exact = true }).CheckAsync();
        }

        await page.Locator(Path("47f1b0c8-2d3e-4b9a-b6c5-e8a07d3f9152")).FillAsync("2026-01-15");
        await page.Locator(Path("d5c29e04-8b7a-4f31-9d6e-1a4b0f8c7e36")).FillAsync("120000");
        await Entry("_systemfield_eeoc_gender").GetByLabel("Male", new() { Exact = true }).CheckAsync();
        await Entry("_systemfield_eeoc_race").GetByLabel("Hispanic or Latino", new() { Exact = true }).CheckAsync();
        await Entry("_systemfield_eeoc_veteran_status").GetByLabel("I am not a veteran", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit Application" }).ClickAsync();
    }

    private static async Task FillSmartRecruitersKelpwater(IPage page)
    {
        // Playwright's CSS engine pierces open shadow roots, so these reach into each component.
        ILocator Field(string name) => page.Locator($"spl-field[name='{name}']");
        await Field("firstName").Locator("input").FillAsync("Jordan");
        await Field("lastName").Locator("input").FillAsync("Rivera");
        await Field("email").Locator("input").FillAsync("jordan.rivera@example.org");
        await Field("confirmEmail").Locator("input").FillAsync("jordan.rivera@example.org");
        await Field("location").Locator("input").FillAsync("San Francisco, CA");
        await Field("phone").GetByRole(AriaRole.Button, new() { Name = "Country code" }).ClickAsync();
        await Field("phone").GetByRole(AriaRole.Option, new() { Name = "United States +1", Exact = true }).ClickAsync();
        await Field("phone").Locator("input[type='tel']").FillAsync("415 555 0134");
        await Field("resume").Locator("input[type='file']").SetInputFilesAsync(Resume);
        await Field("web.linkedin").Locator("input").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Field("answers.7f21c0").GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await Field("answers.7f21c1").GetByLabel("No", new() { Exact = true }).CheckAsync();
        await Field("answers.7f21c2").GetByLabel("I already live within commuting distance of Emeryville").CheckAsync();
        await Field("answers.7f21c3").Locator("select").SelectOptionAsync(new SelectOptionValue { Label = "Up to 2 weeks" });
        await Field("answers.7f21c4").GetByLabel("English", new() { Exact = true }).CheckAsync();
        await Field("answers.7f21c4").GetByLabel("Spanish", new() { Exact = true }).CheckAsync();
        await Field("answers.7f21c5").Locator("input").FillAsync("120000");
        await Field("consent.privacy").Locator("input").CheckAsync();
        await page.Locator("oc-oneclick-form button.submit").ClickAsync();
    }

    private static async Task FillFountainSpokewell(IPage page)
    {
        ILocator Question(string key) => page.Locator($"[role='radiogroup'][aria-labelledby='lbl-{key}']");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();
        await page.Locator("#name").FillAsync("Jordan Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await Assertions.Expect(page.GetByLabel("Phone number country")).ToHaveValueAsync("US");
        await page.Locator("#phone_number").FillAsync("4155550134");
        await Assertions.Expect(page.Locator("#phone_number")).ToHaveValueAsync("(415) 555-0134");
        await Question("opening").GetByText("San Francisco – Dogpatch HQ").ClickAsync();
        await page.Locator("#sms_consent").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Question("age_18_plus").GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await Question("eligible_to_work_us").GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await Question("needs_sponsorship").GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.Locator("#years_swe").FillAsync("5");
        await page.Locator("#available_date").FillAsync("01/15/2026");
        await page.Locator("#desired_pay").FillAsync("$120,000");
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#linkedin").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
    }

    private static async Task FillIcimsTillbrook(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        var frame = page.FrameLocator("#icims_content_iframe");
        await frame.Locator(Id("PersonProfileFields.FirstName")).FillAsync("Jordan");
        await frame.Locator(Id("PersonProfileFields.LastName")).FillAsync("Rivera");
        await frame.Locator(Id("PersonProfileFields.Email")).FillAsync("jordan.rivera@example.org");
        await frame.Locator("#PhoneNumber-1").FillAsync("(415) 555-0134");
        await frame.Locator("#Address1-1").FillAsync("2150 Folsom Street, Apt 4B");
        await frame.Locator("#City-1").FillAsync("San Francisco");
        await frame.Locator("#State-1").SelectOptionAsync(new SelectOptionValue { Label = "California" });
        await frame.Locator("#Zip-1").FillAsync("94110");
        await Assertions.Expect(frame.Locator("#Country-1")).ToHaveValueAsync("231");
        await frame.Locator(Id("PersonProfileFields.Resume")).SetInputFilesAsync(Resume);
        await frame.Locator("#rcf3101").SelectOptionAsync(new SelectOptionValue { Label = "Social Media" });
        await frame.Locator("#rcf3102").SelectOptionAsync(new SelectOptionValue { Label = "LinkedIn" });
        await frame.Locator("#rcf3103").SelectOptionAsync(new SelectOptionValue { Label = "Yes" });
        foreach (var (question, answer) in new[] { ("rcf3104", "5011"), ("rcf3105", "5022"), ("rcf3106", "5032"), ("rcf3107", "5042"), ("rcf3108", "6001"), ("rcf3108", "6002") })
        {
            await frame.Locator($"[name='{question}'][value='{answer}']").CheckAsync();
        }

        await frame.Locator("#rcf3109").SelectOptionAsync(new SelectOptionValue { Label = "Bachelor's Degree" });
        await frame.Locator("#rcf3110").SelectOptionAsync(new SelectOptionValue { Label = "$120,000 - $139,999" });
        await frame.Locator("#rcf3111").FillAsync("01/15/2026");
        await frame.Locator(Id("EEO.Gender")).SelectOptionAsync(new SelectOptionValue { Label = "Male" });
        await frame.Locator(Id("EEO.Race")).SelectOptionAsync(new SelectOptionValue { Label = "Hispanic or Latino" });
        await frame.Locator(Id("EEO.Veteran")).SelectOptionAsync(new SelectOptionValue { Label = "I am not a protected veteran" });
        await frame.Locator("[name='rcf3199']").CheckAsync();
        await frame.Locator(".iCIMS_Button").ClickAsync();
    }

    private static async Task FillSuccessFactorsRavenholt(IPage page)
    {
        await page.GetByRole(AriaRole.Dialog, new() { Name = "Data Privacy Statement" }).GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await page.Locator("#resumeFile").SetInputFilesAsync(Resume);
        await page.Locator("#firstName").FillAsync("Jordan");
        await page.Locator("#lastName").FillAsync("Rivera");
        await page.Locator("#contactEmail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#cellPhone").FillAsync("415-555-0134");
        await Choose(page, "#country", "United States");
        await page.Locator("#address").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#city").FillAsync("San Francisco");
        await Choose(page, "#state", "California");
        await page.Locator("#zip").FillAsync("94110");
        await page.Locator("#availableDate").FillAsync("01/15/2026");
        foreach (var (question, answer) in new[]
        {
            ("q_20411", "Yes"), ("q_20412", "No"), ("q_20413", "Yes, I am willing to relocate"), ("q_20414", "No"), ("q_20415", "No"),
            ("q_20417", "5 - 7"), ("q_20419", "LinkedIn"),
        })
        {
            await Choose(page, $"#{question}", answer);
        }

        await page.Locator("#q_20418").FillAsync("120000");
        await Choose(page, "#gender", "Male");
        await Choose(page, "#hispanicLatino", "Yes");
        await Choose(page, "#veteranStatus", "I am not a protected veteran");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();
    }
}
