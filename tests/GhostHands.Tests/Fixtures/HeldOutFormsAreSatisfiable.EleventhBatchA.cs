using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the first five forms of the held-out batch written as 2026-12-08 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> EleventhBatchAFillers() => new()
    {
        ["greenhouse-kittiwake"] = FillGreenhouseKittiwake,
        ["jobvite-pellmoor"] = FillJobvitePellmoor,
        ["lever-cobaltline"] = FillLeverCobaltline,
        ["taleo-saltcote"] = FillTaleoSaltcote,
        ["workday-marlstone"] = FillWorkdayMarlstone,
    };

    private static async Task FillLeverCobaltline(IPage page)
    {
        static string Card(int field) => $"[name='cards[5d2e8c17-0b4a-4f9e-a3c6-91e7d0b2f845][field{field}]']";
        await page.Locator("#resume-upload-input").SetInputFilesAsync(Resume);
        await page.Locator("#name").FillAsync("Jordan Rivera");
        await page.Locator("#pronouns-custom").SelectOptionAsync("He/him");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("+1 415 555 0134");
        await page.Locator("#location-input").FillAsync("San Francisco, CA");
        await page.Locator("#org").FillAsync("Tailspin Toys");
        await page.Locator("#urls-linkedin").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("#urls-github").FillAsync("https://github.com/jordan-rivera-example");
        await page.Locator("#urls-portfolio").FillAsync("https://jordanrivera.dev/projects");
        await page.Locator($"{Card(0)}[value='I would move to Northern Colorado before starting']").CheckAsync();
        await page.Locator($"{Card(1)}[value='Yes']").CheckAsync();
        await page.Locator($"{Card(2)}[value='No']").CheckAsync();
        await page.Locator(Card(3)).SelectOptionAsync("Up to a quarter of my time");
        foreach (var tool in new[] { "C#", "PostgreSQL", "Kubernetes", "Terraform", "React" })
        {
            await page.Locator($"{Card(4)}[value='{tool}']").CheckAsync();
        }

        await page.Locator(Card(5)).FillAsync("01/15/2026");
        await page.Locator(Card(6)).FillAsync("120,000");
        await page.Locator("#eeo-gender").SelectOptionAsync("Male");
        await page.Locator("#eeo-race").SelectOptionAsync("Hispanic or Latino");
        await page.Locator("#eeo-veteran").SelectOptionAsync("I am not a veteran");
        await page.Locator("#btn-submit").ClickAsync();
    }

    private static async Task FillGreenhouseKittiwake(IPage page)
    {
        var frame = page.FrameLocator("#grnhse_iframe");
        async Task Pick(string input, string option)
        {
            await frame.Locator(input).ClickAsync();
            await frame.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await frame.Locator("#first_name").FillAsync("Jordan");
        await frame.Locator("#last_name").FillAsync("Rivera");
        await frame.Locator("#email").FillAsync("jordan.rivera@example.org");
        await Pick("#country", "United States +1");
        await frame.Locator("#phone").FillAsync("(415) 555-0134");
        await frame.Locator("#candidate-location").PressSequentiallyAsync("San Fra");
        await frame.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await frame.Locator("#resume").SetInputFilesAsync(Resume);
        await frame.Locator("#question_7730001").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Pick("#question_7730011", "Yes");
        await Pick("#question_7730012", "No");
        await Pick("#question_7730013", "I would move to the Seattle area for this role");
        await frame.Locator("input[name='question_7730014[]'][value='48810021']").CheckAsync();
        await frame.Locator("input[name='question_7730014[]'][value='48810022']").CheckAsync();
        await Pick("#question_7730016", "No");
        await frame.Locator("#question_7730015").FillAsync("$120,000");
        await Pick("#question_7730017", "LinkedIn");
        await Pick("#gender", "Male");
        await Pick("#hispanic_ethnicity", "Yes");
        await Pick("#veteran_status", "I am not a protected veteran");
        await Pick("#disability_status", "I do not want to answer");
        await frame.Locator("#submit-application").ClickAsync();
    }

    private static async Task FillJobvitePellmoor(IPage page)
    {
        var next = page.Locator("#jv-next");
        await page.Locator("#jv-resume-file").SetInputFilesAsync(Resume);
        await page.Locator("#jv-firstName").FillAsync("Jordan");
        await page.Locator("#jv-lastName").FillAsync("Rivera");
        await page.Locator("#jv-email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#jv-phone").FillAsync("+1 415 555 0134");
        await Assertions.Expect(page.Locator("#jv-phone")).ToHaveValueAsync("(415) 555-0134");
        await page.Locator("#jv-address").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#jv-city").FillAsync("San Francisco");
        await page.Locator("#jv-postalCode").FillAsync("94110");
        await page.Locator("#jv-country").SelectOptionAsync("string:US");
        await page.Locator("#jv-state").SelectOptionAsync("string:CA");
        await page.Locator("#jv-linkedin").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await next.ClickAsync();

        foreach (var (question, answer) in new[] { ("q6101", "Yes"), ("q6102", "Yes"), ("q6103", "No"), ("q6105", "No"), ("q6106", "No"), ("q6107", "Yes"), ("q6111", "Yes") })
        {
            await page.Locator($"input[name='jv-{question}'][value='{answer}']").CheckAsync();
        }

        await page.Locator("#jv-q6104").SelectOptionAsync("string:relocate");
        await page.Locator("#jv-q6108").SelectOptionAsync("string:2to3w");
        await page.Locator("#jv-q6109").FillAsync("01/15/2026");
        await page.Locator("#jv-q6110").FillAsync("120000");
        await page.Locator("#jv-q6112").SelectOptionAsync("string:linkedin");
        await next.ClickAsync();

        await page.Locator("#jv-gender").SelectOptionAsync("string:M");
        await page.Locator("#jv-race").SelectOptionAsync("string:HL");
        await page.Locator("#jv-veteran").SelectOptionAsync("string:NPV");
        await page.Locator("input[name='jv-disability'][value='I do not want to answer']").CheckAsync();
        await page.Locator("#jv-privacy").CheckAsync();
        await next.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Review your application" })).ToContainTextAsync("2 to 3 weeks");
        await page.Locator("#jv-submit").ClickAsync();
    }

    private static async Task FillTaleoSaltcote(IPage page)
    {
        static string Profile(string field) => $"#et-ef-content-ftf-gp-j_id_id16pc9-page_0-cpi-cfrmsub-frm-dv_cs_candidate_personal_info_{field}";
        var next = page.Locator("#btnContinue");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true }).ClickAsync();

        await page.Locator("#et-ef-content-ftf-att-file").SetInputFilesAsync(Resume);
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#attachedName")).ToHaveTextAsync(FixtureCatalog.ResumeFileName);
        await page.Locator(Profile("FirstName")).FillAsync("Jordan");
        await page.Locator(Profile("LastName")).FillAsync("Rivera");
        await page.Locator(Profile("EmailAddress")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Profile("PreferredPhone")).SelectOptionAsync(new SelectOptionValue { Label = "Cellular Number" });
        await page.Locator(Profile("MobilePhone")).FillAsync("415-555-0134");
        await page.Locator(Profile("Address")).FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator(Profile("City")).FillAsync("San Francisco");
        await page.Locator(Profile("ResidenceLocation-0")).SelectOptionAsync("US");
        await page.Locator(Profile("ResidenceLocation-1")).SelectOptionAsync("CA");
        await page.Locator(Profile("ZipCode")).FillAsync("94110");
        await next.ClickAsync();

        foreach (var (question, answer) in new[] { ("3310", "1"), ("3311", "1"), ("3312", "2"), ("3313", "2"), ("3314", "1"), ("3316", "2") })
        {
            await page.Locator($"#jsq_{question}_{answer}").CheckAsync();
        }

        await page.Locator("#jsq_3315").SelectOptionAsync(new SelectOptionValue { Label = "Up to 25%" });
        await next.ClickAsync();

        await page.Locator("#edu_Institution").SelectOptionAsync(new SelectOptionValue { Label = "University of California, Davis" });
        await page.Locator("#edu_Program").SelectOptionAsync(new SelectOptionValue { Label = "Computer Science" });
        await page.Locator("#edu_Level").SelectOptionAsync("13");
        await page.Locator("#avail_Month").SelectOptionAsync(new SelectOptionValue { Label = "January" });
        await page.Locator("#avail_Day").SelectOptionAsync("15");
        await page.Locator("#avail_Year").SelectOptionAsync("2026");
        await page.Locator("#comp_Salary").FillAsync("120000");
        await page.Locator("#comp_Currency").SelectOptionAsync("USD");
        await next.ClickAsync();

        await page.Locator("#div_Gender_1").CheckAsync();
        await page.Locator("#div_Hispanic_1").CheckAsync();
        await page.Locator("#div_Veteran").SelectOptionAsync(new SelectOptionValue { Label = "I am not a protected veteran" });
        await next.ClickAsync();

        await page.Locator("#esig_FullName").FillAsync("Jordan Rivera");
        await next.ClickAsync();

        await Assertions.Expect(page.Locator("#review")).ToContainTextAsync("Up to 25%");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
    }

    private static async Task FillWorkdayMarlstone(IPage page)
    {
        var next = page.Locator("#next");
        await page.Locator("[data-automation-id='adventureButton']").ClickAsync();
        await page.Locator("[data-automation-id='applyManually']").ClickAsync();

        await page.Locator("#source--source").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Social Media", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "LinkedIn", Exact = true }).ClickAsync();
        await page.Locator("#previousWorker-no").CheckAsync();
        await Assertions.Expect(page.Locator("#country--country")).ToHaveTextAsync("United States of America");
        await page.Locator("#name--legalName--firstName").FillAsync("Jordan");
        await page.Locator("#name--legalName--lastName").FillAsync("Rivera");
        await page.Locator("#address--addressLine1").FillAsync("2150 Folsom Street");
        await page.Locator("#address--addressLine2").FillAsync("Apt 4B");
        await page.Locator("#address--city").FillAsync("San Francisco");
        await Choose(page, "#address--countryRegion", "California");
        await page.Locator("#address--postalCode").FillAsync("94110");
        await page.Locator("#emailAddress--emailAddress").FillAsync("jordan.rivera@example.org");
        await Choose(page, "#phoneNumber--phoneType", "Mobile");
        await page.Locator("#phoneNumber--phoneNumber").FillAsync("415-555-0134");
        await next.ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add Education" }).ClickAsync();
        await page.Locator("#education-1--schoolName").FillAsync("University of California, Davis");
        await Choose(page, "#education-1--degree", "Bachelor of Science");
        await page.Locator("#education-1--fieldOfStudy").FillAsync("Computer Science");
        await page.Locator("#resume-input").SetInputFilesAsync(Resume);
        await page.Locator("#socialNetworkAccounts--linkedInAccount").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await next.ClickAsync();

        await Choose(page, "#primaryQuestionnaire--q1", "Yes");
        await Choose(page, "#primaryQuestionnaire--q2", "Yes");
        await Choose(page, "#primaryQuestionnaire--q3", "No");
        await Choose(page, "#primaryQuestionnaire--q4", "I would relocate to the Sacramento area for this role");
        await Choose(page, "#primaryQuestionnaire--q5", "5 to less than 8 years");
        await Choose(page, "#primaryQuestionnaire--q6", "No");
        await page.Locator("#primaryQuestionnaire--q7-dateSectionMonth-input").FillAsync("01");
        await page.Locator("#primaryQuestionnaire--q7-dateSectionDay-input").FillAsync("15");
        await page.Locator("#primaryQuestionnaire--q7-dateSectionYear-input").FillAsync("2026");
        await page.Locator("#primaryQuestionnaire--q8").FillAsync("120000");
        await next.ClickAsync();

        await Choose(page, "#personalInfoUS--gender", "Male");
        await Choose(page, "#personalInfoUS--ethnicity", "Hispanic or Latino (United States of America)");
        await Choose(page, "#personalInfoUS--veteranStatus", "I am not a protected veteran");
        await page.Locator("#termsAndConditions--acceptTermsAndAgreements").CheckAsync();
        await next.ClickAsync();

        await page.Locator("#selfIdentifiedDisabilityData--name").FillAsync("Jordan Rivera");
        await page.Locator("#disabilityStatus-2").CheckAsync();
        await next.ClickAsync();

        await Assertions.Expect(page.Locator("#review")).ToContainTextAsync("01/15/2026");
        await page.Locator("[data-automation-id='pageFooterSubmitButton']").ClickAsync();
    }
}
