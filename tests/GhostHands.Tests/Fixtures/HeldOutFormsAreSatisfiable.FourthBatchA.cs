using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the first five forms of the held-out batch written as 2026-12-07-2 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> FourthBatchAFillers() => new()
    {
        ["greenhouse-firstup"] = FillGreenhouseFirstUp,
        ["jobvite-keystone"] = FillJobviteKeystone,
        ["lever-brightwater"] = FillLeverBrightwater,
        ["oraclecloud-lakeshore"] = FillOracleCloudLakeshore,
        ["workday-bellows"] = FillWorkdayBellows,
    };

    private static async Task FillGreenhouseFirstUp(IPage page)
    {
        await page.Locator("#first_name").FillAsync("Jordan");
        await page.Locator("#last_name").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await Choose(page, "#country", "United States +1");
        await page.Locator("#phone").FillAsync("415 555 0134");
        await page.Locator("#candidate-location").PressSequentiallyAsync("San Fran");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#school--0").PressSequentiallyAsync("Davis");
        await page.GetByRole(AriaRole.Option, new() { Name = "University of California, Davis", Exact = true }).ClickAsync();
        await Choose(page, "#degree--0", "Bachelor's Degree");
        await Choose(page, "#discipline--0", "Computer Science");
        await page.Locator("#question_41020011").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Choose(page, "#question_41020013", "Yes");
        await Choose(page, "#question_41020014", "No");
        await Choose(page, "#question_41020015", "Not yet, but I'm open to relocating");
        await page.Locator("#question_41020016").FillAsync("$120,000");
        foreach (var skill in new[] { "C#", "PostgreSQL", "Kubernetes", "Terraform" })
        {
            await page.GetByLabel(skill, new() { Exact = true }).CheckAsync();
        }

        await Choose(page, "#gender", "Male");
        await Choose(page, "#hispanic_ethnicity", "Yes");
        await Choose(page, "#veteran_status", "I am not a protected veteran");
        await Choose(page, "#disability_status", "I do not want to answer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }

    private static async Task FillLeverBrightwater(IPage page)
    {
        static string Card(int field) => $"[name='cards[3f6c2d1e-88a4-4b7e-9c05-d2a1e6f0b913][field{field}]']";
        await page.Locator("#resume-upload-input").SetInputFilesAsync(Resume);
        await page.Locator("input[name='name']").FillAsync("Jordan Rivera");
        await page.Locator("input[name='email']").FillAsync("jordan.rivera@example.org");
        await page.Locator("input[name='phone']").FillAsync("+1 415 555 0134");
        await page.Locator("#location-input").PressSequentiallyAsync("San Fran");
        await page.GetByText("San Francisco, CA, United States", new() { Exact = true }).ClickAsync();
        await page.Locator("input[name='org']").FillAsync("Tailspin Toys");
        await page.Locator("input[name='urls[LinkedIn]']").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator($"{Card(0)}[value='Yes']").CheckAsync();
        await page.Locator($"{Card(1)}[value='No']").CheckAsync();
        await page.Locator(Card(2)).SelectOptionAsync("5-7");
        await page.Locator(Card(3)).SelectOptionAsync("Two weeks or less");
        await page.Locator($"{Card(4)}[value='Two days a week in Denver, the rest from home']").CheckAsync();
        await page.Locator($"{Card(5)}[value='English']").CheckAsync();
        await page.Locator($"{Card(5)}[value='Spanish']").CheckAsync();
        await page.Locator("[name='cards[a90d7e44-1c2b-4f6a-8e37-5b0c9d1f2a66][field0]']").FillAsync("120000");
        await page.Locator("select[name='eeo[gender]']").SelectOptionAsync("Male");
        await page.Locator("select[name='eeo[race]']").SelectOptionAsync("Hispanic or Latino");
        await page.Locator("select[name='eeo[veteran]']").SelectOptionAsync("I am not a veteran");
        await page.Locator("select[name='eeo[disability]']").SelectOptionAsync("I do not want to answer");
        await page.Locator("#btn-submit").ClickAsync();
    }

    private static async Task FillWorkdayBellows(IPage page)
    {
        var next = page.Locator("[data-automation-id='pageFooterNextButton']");
        await page.Locator("[data-automation-id='applyManually']").ClickAsync();
        await page.Locator("#source--source").FillAsync("Linked");
        await page.GetByRole(AriaRole.Option, new() { Name = "LinkedIn", Exact = true }).ClickAsync();
        await page.Locator("#candidateIsPreviousWorker-1").CheckAsync();
        await page.Locator("#name--legalName--firstName").FillAsync("Jordan");
        await page.Locator("#name--legalName--lastName").FillAsync("Rivera");
        await page.Locator("#address--addressLine1").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#address--city").FillAsync("San Francisco");
        await Choose(page, "#address--countryRegion", "California");
        await page.Locator("#address--postalCode").FillAsync("94110");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await Choose(page, "#phoneNumber--phoneType", "Mobile");
        await page.Locator("#phoneNumber--phoneNumber").FillAsync("415-555-0134");
        await next.ClickAsync();

        await page.Locator("#resumeAttachments--attachments").SetInputFilesAsync(Resume);
        await Assertions.Expect(page.GetByText("Jordan_Rivera_Resume.pdf Successfully Uploaded!")).ToBeVisibleAsync();
        await page.Locator("#socialNetworkAccounts--linkedInAccount").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await next.ClickAsync();

        await Choose(page, "#primaryQuestionnaire--q1", "Yes");
        await Choose(page, "#primaryQuestionnaire--q2", "No");
        await Choose(page, "#primaryQuestionnaire--q3", "Yes");
        await Choose(page, "#primaryQuestionnaire--q4", "Bachelor's Degree");
        await Choose(page, "#primaryQuestionnaire--q5", "No");
        await Choose(page, "#primaryQuestionnaire--q7", "Yes");
        await page.Locator("#primaryQuestionnaire--q8").FillAsync("120000");
        await next.ClickAsync();

        await Choose(page, "#personalInfoUS--gender", "Male");
        await Choose(page, "#personalInfoUS--ethnicity", "Hispanic or Latino (United States of America)");
        await Choose(page, "#personalInfoUS--veteranStatus", "I AM NOT A VETERAN");
        await page.Locator("#termsAndConditions--acceptTermsAndAgreements").CheckAsync();
        await next.ClickAsync();

        await page.Locator("#selfIdentifiedDisabilityData--name").FillAsync("Jordan Rivera");
        await page.GetByLabel("I do not want to answer", new() { Exact = true }).CheckAsync();
        await next.ClickAsync();

        await Assertions.Expect(page.Locator("[data-automation-id='pageHeader']")).ToHaveTextAsync("Review");
        await next.ClickAsync();
    }

    private static async Task FillJobviteKeystone(IPage page)
    {
        static string Field(string key, string control = "input") => $"[data-key='{key}'] {control}";
        await page.Locator(Field("firstName")).FillAsync("Jordan");
        await page.Locator(Field("lastName")).FillAsync("Rivera");
        await page.Locator(Field("email")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Field("phone")).FillAsync("(415) 555-0134");
        await page.Locator(Field("address")).FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator(Field("city")).FillAsync("San Francisco");
        await page.Locator(Field("state", "select")).SelectOptionAsync(new SelectOptionValue { Label = "California" });
        await page.Locator(Field("postalCode")).FillAsync("94110");
        await page.Locator(Field("resume", "input[type='file']")).SetInputFilesAsync(Resume);
        await page.Locator(Field("q_8Yx2a", "select")).SelectOptionAsync(new SelectOptionValue { Label = "LinkedIn" });
        await page.Locator(Field("q_8Yx2b", "input[value='Yes']")).CheckAsync();
        await page.Locator(Field("q_8Yx2c", "input[value='No']")).CheckAsync();
        await page.Locator(Field("q_8Yx2d", "select")).SelectOptionAsync(new SelectOptionValue { Label = "4 - 6 years" });
        await page.Locator(Field("q_8Yx2e")).FillAsync("01/15/2026");
        await page.Locator(Field("q_8Yx2f")).FillAsync("$120,000");
        await page.Locator(Field("q_8Yx2g", "input[value='Yes']")).CheckAsync();
        await page.Locator(Field("q_8Yx2h", "input[value='No']")).CheckAsync();
        await page.Locator(Field("eeo_gender", "select")).SelectOptionAsync(new SelectOptionValue { Label = "Male" });
        await page.Locator(Field("eeo_race", "select")).SelectOptionAsync(new SelectOptionValue { Label = "Hispanic or Latino" });
        await page.Locator(Field("eeo_veteran", "select")).SelectOptionAsync(new SelectOptionValue { Label = "I am not a protected veteran" });
        await page.Locator(Field("eeo_disability", "select")).SelectOptionAsync(new SelectOptionValue { Label = "I do not want to answer" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Send Application" }).ClickAsync();
    }

    private static async Task FillOracleCloudLakeshore(IPage page)
    {
        var next = page.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true });
        async Task Pill(string question, string answer) =>
            await page.GetByRole(AriaRole.Group, new() { Name = question }).GetByRole(AriaRole.Button, new() { Name = answer, Exact = true }).ClickAsync();

        await page.Locator("#input-email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#legal-disclaimer-checkbox").CheckAsync();
        await next.ClickAsync();

        await page.Locator("#input-firstName").FillAsync("Jordan");
        await page.Locator("#input-lastName").FillAsync("Rivera");
        await page.Locator("#input-phoneNumber").FillAsync("415 555 0134");
        await page.Locator("#input-addressLine1").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#input-postalCode").PressSequentiallyAsync("94110");
        await page.GetByRole(AriaRole.Option, new() { Name = "94110, SAN FRANCISCO, SAN FRANCISCO, CA", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#input-region2")).ToHaveValueAsync("CA");
        await next.ClickAsync();

        await Pill("Are you legally authorized to work in the United States?", "Yes");
        await Pill("Will you now or in the future require sponsorship for employment visa status (e.g., H-1B visa status)?", "No");
        await Pill("Are you 18 years of age or older?", "Yes");
        await Pill("Have you ever been employed by Lakeshore Regional Health or any of its affiliated hospitals and clinics?", "No");
        await Pill("Are you related to anyone currently employed by Lakeshore Regional Health?", "No");
        await Pill("What is the highest level of education you have completed?", "Bachelor's degree");
        await Pill("Which languages do you speak fluently? Select all that apply.", "English");
        await Pill("Which languages do you speak fluently? Select all that apply.", "Spanish");
        await page.Locator("#attachment-upload-resume").SetInputFilesAsync(Resume);
        await next.ClickAsync();

        await page.Locator("#select-gender").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Male", Exact = true }).ClickAsync();
        await page.Locator("#select-ethnicity").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Hispanic or Latino", Exact = true }).ClickAsync();
        await page.GetByLabel("I am not a protected veteran").CheckAsync();
        await page.GetByLabel("I don't wish to answer").Last.CheckAsync();
        await page.Locator("#input-fullName").FillAsync("Jordan Rivera");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
    }
}
