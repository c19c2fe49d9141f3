using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the second half of the held-out batch written as 2026-12-07-2 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> FourthBatchBFillers() => new()
    {
        ["adp-copperkettle"] = FillAdpCopperKettle,
        ["ashby-lumenforge"] = FillAshbyLumenforge,
        ["icims-cedarbrook"] = FillIcimsCedarbrook,
        ["smartrecruiters-tidewell"] = FillSmartRecruitersTidewell,
        ["teamtailor-saltmarsh"] = FillTeamtailorSaltmarsh,
    };

    private static async Task FillAdpCopperKettle(IPage page)
    {
        // Each sdf-select-simple draws its trigger and list in its own open shadow root; role queries reach into it.
        async Task Pick(string select, string option)
        {
            await page.Locator($"sdf-select-simple#{select} .trigger-button").ClickAsync();
            await page.Locator($"sdf-select-simple#{select}").GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await page.Locator("#resume-file").SetInputFilesAsync(Resume);
        await page.Locator("#firstName").FillAsync("Jordan");
        await page.Locator("#lastName").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#mobilePhone").FillAsync("(415) 555-0134");
        await page.Locator("#addressLine1").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#city").FillAsync("San Francisco");
        await Pick("state", "California");
        await page.Locator("#zipCode").FillAsync("94110");
        await page.Locator("#desiredSalaryId").FillAsync("120000");
        await page.Locator("input[name='frequency'][value='ANNUAL']").CheckAsync();
        await Pick("q1", "Yes");
        await Pick("q2", "Yes");
        await Pick("q3", "No");
        await Pick("q4", "Yes");
        await Pick("q5", "Bachelor's Degree");
        await page.Locator("#q6").FillAsync("01/15/2026");
        await Pick("gender", "Male");
        await Pick("ethnicity", "Yes");
        await Pick("veteran", "I am not a protected veteran");
        await page.Locator("sdf-button#submit").ClickAsync();
    }

    private static async Task FillAshbyLumenforge(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        async Task Answer(string path, string word) =>
            await page.Locator($"[data-field-path='{path}']").GetByRole(AriaRole.Button, new() { Name = word, Exact = true }).ClickAsync();

        await page.Locator(Id("_systemfield_name")).FillAsync("Jordan Rivera");
        await page.Locator(Id("_systemfield_email")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Id("_systemfield_resume")).SetInputFilesAsync(Resume);
        await page.Locator(Id("0d7e4b2a-6c1f-4e8b-9a53-2f7c81d04e6b")).FillAsync("+1 415 555 0134");
        await page.Locator(Id("3a9f1c64-8b2e-4d07-a5c1-7e0b93f2d418")).FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator(Id("6e1b3d98-7f2a-4c05-b4e6-9a8d2c1f0b74")).FillAsync("San Francisco, CA");
        await Answer("7b4a0e2c-1d9f-4a83-8c6b-5e2f0d7a9c31", "Yes");
        await Answer("8f6c2a71-3e5b-4d18-9b07-4c1e8a2d6f90", "No");
        await Answer("9d3e7b05-2c8a-4f61-a9d4-0b5f1e6c8a27", "Yes");
        await page.GetByRole(AriaRole.Radio, new() { Name = "5\u20137 years", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "English", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Spanish", Exact = true }).CheckAsync();
        await page.Locator(Id("c7a1e9b3-4d6f-4c28-b5e0-8f2d1a3c7b96")).FillAsync("2026-01-15");
        await page.Locator(Id("d9b3f5c1-6a8e-4d40-9c72-1e5a3b8d0f64")).FillAsync("120000");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Male", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Hispanic or Latino", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "I am not a protected veteran", Exact = true }).CheckAsync();
        await page.Locator(".ashby-application-form-submit-button").ClickAsync();
    }

    private static async Task FillIcimsCedarbrook(IPage page)
    {
        var frame = page.FrameLocator("#icims_content_iframe");
        static string Id(string id) => $"[id='{id}']";
        async Task Dropdown(string select, string option)
        {
            await frame.Locator(Id(select + "_icimsDropdown")).ClickAsync();
            await frame.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await frame.Locator(Id("PersonProfileFields.FirstName")).FillAsync("Jordan");
        await frame.Locator(Id("PersonProfileFields.LastName")).FillAsync("Rivera");
        await frame.Locator(Id("PersonProfileFields.Email")).FillAsync("jordan.rivera@example.org");
        await Dropdown("-1_PersonProfileFields.PhoneType", "Mobile");
        await frame.Locator(Id("-1_PersonProfileFields.PhoneNumber")).FillAsync("(415) 555-0134");
        await frame.Locator(Id("-1_PersonProfileFields.AddressStreet1")).FillAsync("2150 Folsom Street, Apt 4B");
        await frame.Locator(Id("-1_PersonProfileFields.AddressCity")).FillAsync("San Francisco");
        await Dropdown("-1_PersonProfileFields.AddressCountry", "United States");
        await Dropdown("-1_PersonProfileFields.AddressState", "California");
        await frame.Locator(Id("-1_PersonProfileFields.AddressZip")).FillAsync("94110");
        await frame.Locator(Id("PortalProfileFields.Resume_File")).SetInputFilesAsync(Resume);
        await Dropdown("PersonProfileFields.EducationLevel", "Bachelor's Degree");
        foreach (var answer in new[] { "5701", "5711", "5722", "5732", "5742" })
        {
            await frame.Locator($"input[type='radio'][value='{answer}']").CheckAsync();
        }

        await frame.Locator("#rcf3307").FillAsync("120000");
        await frame.Locator("#rcf3312_Month").SelectOptionAsync("01");
        await frame.Locator("#rcf3312_Date").SelectOptionAsync("15");
        await frame.Locator("#rcf3312_Year").FillAsync("2026");
        await Dropdown("rcf3308", "LinkedIn");
        await Dropdown("PersonProfileFields.Gender", "Male");
        await Dropdown("PersonProfileFields.Race", "Hispanic or Latino");
        await Dropdown("PersonProfileFields.Veteran", "I am not a protected veteran");
        await frame.Locator("#profileSubmit").ClickAsync();
    }

    private static async Task FillSmartRecruitersTidewell(IPage page)
    {
        // Playwright's CSS engine pierces open shadow roots, so "spl-input[name=x] input" reaches each component's control.
        static string Input(string name) => $"spl-input[name='{name}'] input";
        await page.Locator(Input("firstName")).FillAsync("Jordan");
        await page.Locator(Input("lastName")).FillAsync("Rivera");
        await page.Locator(Input("email")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Input("emailConfirmation")).FillAsync("jordan.rivera@example.org");
        await page.Locator("spl-autocomplete input").PressSequentiallyAsync("San Fran");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, CA, United States", Exact = true }).ClickAsync();
        await page.Locator("spl-phone-field input[type='tel']").FillAsync("415-555-0134");
        await page.Locator("spl-dropzone input[type='file']").SetInputFilesAsync(Resume);
        await page.Locator("spl-radio-group[name='q_6f1d2a'] input[value='yes']").CheckAsync();
        await page.Locator("spl-radio-group[name='q_6f1d2b'] input[value='no']").CheckAsync();
        await page.Locator("spl-select[name='q_6f1d2c'] select").SelectOptionAsync("ed3");
        await page.Locator("spl-select[name='q_6f1d2d'] select").SelectOptionAsync("y3");
        await page.Locator(Input("q_6f1d2e")).FillAsync("2026-01-15");
        await page.Locator(Input("q_6f1d2f")).FillAsync(FixtureCatalog.Expected("smartrecruiters-tidewell").Outcome.Answer!);
        await page.Locator("#oc-submit").ClickAsync();
    }

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
