using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the second five forms of the held-out batch written as 2026-12-07-3 (<see cref="GhostHands.Fixtures.FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> FifthBatchBFillers() => new()
    {
        ["bamboohr-fernhollow"] = FillBambooHrFernhollow,
        ["icims-marrowstone"] = FillIcimsMarrowstone,
        ["jazzhr-quarrytown"] = FillJazzHrQuarrytown,
        ["lever-kestrelpay"] = FillLeverKestrelPay,
        ["successfactors-gristmill"] = FillSuccessFactorsGristmill,
    };

    private static async Task FillLeverKestrelPay(IPage page)
    {
        static string Card(int field) => $"[name='cards[5d0e8b3a-1f47-4c92-b6a8-0e3c7d21f9b4][field{field}]']";
        await page.Locator("#resume-upload-input").SetInputFilesAsync(Resume);
        await page.Locator("input[name='name']").FillAsync("Jordan Rivera");
        await page.Locator("input[name='email']").FillAsync("jordan.rivera@example.org");
        await page.Locator("input[name='phone']").FillAsync("+1 415 555 0134");
        await page.Locator("#location-input").PressSequentiallyAsync("San Fr");
        await page.GetByText("San Francisco, California, United States", new() { Exact = true }).ClickAsync();
        await page.Locator("input[name='org']").FillAsync("Tailspin Toys");
        await page.Locator("input[name='pronouns'][value='He/him']").CheckAsync();
        await page.Locator("input[name='urls[LinkedIn]']").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator($"{Card(0)}[value='Yes']").CheckAsync();
        await page.Locator($"{Card(1)}[value='No, I will not need sponsorship']").CheckAsync();
        await page.Locator(Card(2)).SelectOptionAsync("5 to 8 years");
        await page.Locator($"{Card(3)}[value='Mondays and Thursdays at the Austin hub, otherwise remote']").CheckAsync();
        foreach (var tool in new[] { "Postgres", "Kubernetes", "Terraform" })
        {
            await page.Locator($"{Card(4)}[value='{tool}']").CheckAsync();
        }

        await page.Locator(Card(5)).FillAsync("01/15/2026");
        await page.Locator(Card(6)).SelectOptionAsync("LinkedIn");
        await page.Locator("[name='cards[e84b2f6c-7a19-4d3e-9051-b2c6a8e0d317][field0]']").SelectOptionAsync("$100,000 - $124,999");
        await page.Locator("select[name='eeo[gender]']").SelectOptionAsync("Male");
        await page.Locator("select[name='eeo[race]']").SelectOptionAsync("Hispanic or Latino");
        await page.Locator("select[name='eeo[veteran]']").SelectOptionAsync("I am not a protected veteran");
        await page.Locator("#btn-submit").ClickAsync();
    }

    private static async Task FillIcimsMarrowstone(IPage page)
    {
        var frame = page.FrameLocator("#icims_content_iframe");
        static string Id(string id) => $"[id='{id}']";
        async Task Pick(string select, string option)
        {
            await frame.Locator($".dropdown-wrap:has({Id(select)}) .dropdown-toggle").ClickAsync();
            await frame.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await frame.Locator(Id("PersonProfileFields.FirstName")).FillAsync("Jordan");
        await frame.Locator(Id("PersonProfileFields.LastName")).FillAsync("Rivera");
        await frame.Locator(Id("PersonProfileFields.Email")).FillAsync("jordan.rivera@example.org");
        await Pick("-1_PersonProfileFields.PhoneType", "Mobile");
        await frame.Locator(Id("-1_PersonProfileFields.PhoneNumber")).FillAsync("415-555-0134");
        await frame.Locator(Id("-1_PersonProfileFields.AddressStreet1")).FillAsync("2150 Folsom Street, Apt 4B");
        await frame.Locator(Id("-1_PersonProfileFields.AddressCity")).FillAsync("San Francisco");
        await Pick("-1_PersonProfileFields.AddressCountry", "United States");
        await Pick("-1_PersonProfileFields.AddressState", "CA - California");
        await frame.Locator(Id("-1_PersonProfileFields.AddressZip")).FillAsync("94110");
        await frame.Locator(Id("PortalProfileFields.Resume")).SetInputFilesAsync(Resume);
        await frame.Locator("[data-step='1'] [data-next='2']").ClickAsync();

        await frame.Locator("input[name='rcf5101'][value='6101']").CheckAsync();
        await frame.Locator("input[name='rcf5102'][value='6111']").CheckAsync();
        await frame.Locator("input[name='rcf5103'][value='6122']").CheckAsync();
        await frame.Locator("input[name='rcf5104'][value='6131']").CheckAsync();
        await frame.Locator("input[name='rcf5105'][value='6142']").CheckAsync();
        await frame.Locator("input[name='rcf5110'][value='6191']").CheckAsync();
        await Pick("rcf5106", "Bachelor's Degree");
        await Pick("rcf5107", "5 - 7");
        await frame.Locator("#rcf5108").FillAsync("120000");
        await frame.Locator("#rcf5109").FillAsync("01/15/2026");
        await Pick("rcf5111", "Job Board / Website");
        await Pick("rcf5112", "LinkedIn");
        await frame.Locator("[data-step='2'] [data-next='3']").ClickAsync();

        await Pick("PersonProfileFields.Gender", "Male");
        await Pick("PersonProfileFields.Race", "Hispanic or Latino");
        await Pick("PersonProfileFields.Veteran", "I am not a protected veteran");
        await frame.Locator("#rcf5120").FillAsync("Jordan Rivera");
        await frame.Locator("#submitApplication").ClickAsync();
    }

    private static async Task FillSuccessFactorsGristmill(IPage page)
    {
        async Task Answer(string field, string option) =>
            await page.Locator($"[data-field='{field}']").GetByRole(AriaRole.Radio, new() { Name = option, Exact = true }).ClickAsync();

        await page.Locator("#__uploader0-fu").SetInputFilesAsync(Resume);
        await page.Locator("#__input1-inner").FillAsync("Jordan");
        await page.Locator("#__input2-inner").FillAsync("Rivera");
        await page.Locator("#__input3-inner").FillAsync("jordan.rivera@example.org");
        await page.Locator("#__input4-inner").FillAsync("415-555-0134");
        await Choose(page, "#__select0", "United States");
        await Choose(page, "#__select1", "California");
        await page.Locator("#__input5-inner").FillAsync("San Francisco");
        await page.Locator("#__input6-inner").FillAsync("94110");
        await Answer("customQuestion_4101", "Yes");
        await Answer("customQuestion_4102", "No");
        await Answer("customQuestion_4103", "Yes");
        await Choose(page, "#__select2", "Bachelor's Degree (or equivalent)");
        await Choose(page, "#__select3", "4-6 Years");
        await page.Locator("#__mcb0-inner").PressSequentiallyAsync("Eng");
        await page.GetByRole(AriaRole.Option, new() { Name = "English", Exact = true }).ClickAsync();
        await page.Locator("#__mcb0-inner").PressSequentiallyAsync("Spa");
        await page.GetByRole(AriaRole.Option, new() { Name = "Spanish", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#__mcb0 .sapMToken")).ToHaveCountAsync(2);
        await page.Locator("#__input7-inner").FillAsync("120000");
        await page.Locator("#__picker0-inner").FillAsync("Jan 15, 2026");
        await Choose(page, "#__select4", "LinkedIn");
        await page.Locator("[data-key='dataPrivacyConsent']").ClickAsync();
        await page.Locator("#__button1").ClickAsync();
    }

    private static async Task FillBambooHrFernhollow(IPage page)
    {
        async Task Toggle(string label, string option)
        {
            await page.Locator($".fab-SelectToggle[data-labelledby='{label}'] button").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await page.Locator("#firstName").FillAsync("Jordan");
        await page.Locator("#lastName").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("(415) 555-0134");
        await page.Locator("#streetAddress").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#city").FillAsync("San Francisco");
        await Toggle("stateLabel", "California");
        await page.Locator("#zip").FillAsync("94110");
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#linkedinUrl").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("#websiteUrl").FillAsync("https://jordanrivera.dev");
        await page.Locator("#dateAvailable").FillAsync("01/15/2026");
        await page.Locator("#desiredPay").FillAsync("$120,000");
        await Toggle("eduLabel", "Bachelor's Degree");
        await page.Locator("#collegeName").FillAsync("University of California, Davis");
        await page.Locator("label:has(> input[name='questions[40211]'][value='yes'])").ClickAsync();
        await page.Locator("label:has(> input[name='questions[40212]'][value='no'])").ClickAsync();
        await page.Locator("label:has(> input[name='questions[40213]'][value='yes'])").ClickAsync();
        await Toggle("q4Label", "3 to 5");
        foreach (var tool in new[] { "c1", "c2", "c5" })
        {
            await page.Locator($"label:has(> input[name='questions[40215]'][value='{tool}'])").ClickAsync();
        }

        await page.Locator("#q6").FillAsync("2 weeks");
        await Toggle("genderLabel", "Male");
        await Toggle("ethnicityLabel", "Hispanic or Latino");
        await Toggle("disabilityLabel", "I do not wish to answer");
        await Toggle("veteranLabel", "I am not a protected veteran");
        await page.Locator("#submitApplication").ClickAsync();
    }

    private static async Task FillJazzHrQuarrytown(IPage page)
    {
        static string Question(int id) => $"resumator-questionnaire-{id}";
        await page.Locator("#resumator-firstname-value").FillAsync("Jordan");
        await page.Locator("#resumator-lastname-value").FillAsync("Rivera");
        await page.Locator("#resumator-email-value").FillAsync("jordan.rivera@example.org");
        await page.Locator("#resumator-address-value").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#resumator-city-value").FillAsync("San Francisco");
        await page.Locator("#resumator-state-value").FillAsync("CA");
        await page.Locator("#resumator-postal-value").FillAsync("94110");
        await page.Locator("#resumator-phone-value").FillAsync("415-555-0134");
        await page.Locator("#resumator-resume-value").SetInputFilesAsync(Resume);
        await page.Locator("#resumator-date-available-value").FillAsync("01/15/2026");
        await page.Locator("#resumator-salary-value").FillAsync("120,000");
        await page.Locator("#resumator-linkedin-value").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("#resumator-source-value").SelectOptionAsync("linkedin");
        await page.Locator($"input[name='{Question(2914401)}'][value='Yes']").CheckAsync();
        await page.Locator($"input[name='{Question(2914402)}'][value='Yes']").CheckAsync();
        await page.Locator($"input[name='{Question(2914403)}'][value='No']").CheckAsync();
        await page.Locator($"#{Question(2914404)}").FillAsync("5");
        await page.Locator($"input[name='{Question(2914405)}[]'][value='Fully remote (US)']").CheckAsync();
        await page.Locator($"input[name='{Question(2914405)}[]'][value='Hybrid, in our Boise office 2-3 days a week']").CheckAsync();
        await page.Locator($"input[name='{Question(2914406)}'][value='Yes']").CheckAsync();
        await page.Locator($"#{Question(2914407)}").SelectOptionAsync("Bachelor's degree");
        await page.Locator($"input[name='{Question(2914408)}'][value='No']").CheckAsync();
        await page.Locator("#resumator-eeo-gender-value").SelectOptionAsync("M");
        await page.Locator("#resumator-eeo-race-value").SelectOptionAsync("1");
        await page.Locator("#resumator-eeo-veteran-value").SelectOptionAsync("2");
        await page.Locator("#resumator-eeo-disability-value").SelectOptionAsync("3");
        await page.Locator("#resumator-submit-resume").ClickAsync();
    }
}
