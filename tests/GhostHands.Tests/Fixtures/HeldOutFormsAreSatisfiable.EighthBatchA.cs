using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the first five forms of the held-out batch written as 2026-12-07-6 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> EighthBatchAFillers() => new()
    {
        ["avature-quayside"] = FillAvatureQuayside,
        ["bamboohr-orchardvale"] = FillBambooHrOrchardvale,
        ["greenhouse-cobaltreach"] = FillGreenhouseCobaltReach,
        ["lever-thistledown"] = FillLeverThistledown,
        ["workday-brindlewood"] = FillWorkdayBrindlewood,
    };

    private static async Task FillGreenhouseCobaltReach(IPage page)
    {
        await page.Locator("#first_name").FillAsync("Jordan");
        await page.Locator("#last_name").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await Choose(page, "#country", "United States +1");
        await page.Locator("#phone").FillAsync("415-555-0134");
        await page.Locator("#candidate-location").PressSequentiallyAsync("San Fr");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#question_71204551").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Choose(page, "#question_71204553", "Yes");
        await Choose(page, "#question_71204554", "No");
        await Choose(page, "#question_71204555", "I would relocate to the Pittsburgh area for this role");
        await Choose(page, "#question_71204556", "5 to 7 years");
        foreach (var tool in new[] { "C#", "PostgreSQL", "Kubernetes", "Terraform" })
        {
            await page.Locator("#question_71204557").GetByLabel(tool, new() { Exact = true }).CheckAsync();
        }

        await Choose(page, "#question_71204558", "Bachelor's degree");
        await page.Locator("#question_71204559").FillAsync("$120,000");
        await Choose(page, "#question_71204560", "Up to 2 weeks");
        await Choose(page, "#question_71204561", "LinkedIn");
        await page.Locator("#question_71204562_90113001").CheckAsync();
        await Choose(page, "#gender", "Male");
        await Choose(page, "#hispanic_ethnicity", "Yes");
        await Choose(page, "#veteran_status", "I am not a protected veteran");
        await Choose(page, "#disability_status", "I do not want to answer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }

    private static async Task FillWorkdayBrindlewood(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        var next = page.Locator("[data-automation-id='pageFooterNextButton']");
        await page.Locator("[data-automation-id='adventureButton']").ClickAsync();
        await page.Locator("[data-automation-id='applyManually']").ClickAsync();
        await page.Locator(Id("source--source")).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Social Media", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "LinkedIn", Exact = true }).ClickAsync();
        await page.Locator("#candidateIsPreviousWorker-no").CheckAsync();
        await page.Locator(Id("name--legalName--firstName")).FillAsync("Jordan");
        await page.Locator(Id("name--legalName--lastName")).FillAsync("Rivera");
        await page.Locator(Id("address--addressLine1")).FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator(Id("address--city")).FillAsync("San Francisco");
        await Choose(page, Id("address--countryRegion"), "California");
        await page.Locator(Id("address--postalCode")).FillAsync("94110");
        await page.Locator(Id("emailAddress--emailAddress")).FillAsync("jordan.rivera@example.org");
        await Choose(page, Id("phoneNumber--phoneType"), "Mobile");
        await Assertions.Expect(page.Locator(Id("phoneNumber--countryPhoneCode"))).ToHaveTextAsync("United States of America (+1)");
        await page.Locator(Id("phoneNumber--phoneNumber")).FillAsync("415-555-0134");
        await next.ClickAsync();

        await page.Locator("[data-add='education']").ClickAsync();
        await page.Locator(Id("education-1--schoolName")).FillAsync("University of California, Davis");
        await Choose(page, Id("education-1--degree"), "Bachelor's Degree");
        await page.Locator(Id("resumeAttachments--attachments")).SetInputFilesAsync(Resume);
        await Assertions.Expect(page.Locator("[data-automation-id='file-upload-successful']")).ToBeVisibleAsync();
        await page.Locator(Id("socialNetworkAccounts--linkedInAccount")).FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await next.ClickAsync();

        foreach (var (question, answer) in new[] { (1, "Yes"), (2, "Yes"), (3, "No"), (4, "Yes, I am willing to relocate to the Hartford area"), (6, "5-6 years"), (7, "No"), (9, "1-2 weeks") })
        {
            await Choose(page, Id($"primaryQuestionnaire--q{question}"), answer);
        }

        await page.Locator(Id("primaryQuestionnaire--q8")).FillAsync("120000");
        await next.ClickAsync();

        await Choose(page, Id("personalInfoUS--gender"), "Male");
        await Choose(page, Id("personalInfoUS--ethnicity"), "Hispanic or Latino (United States of America)");
        await Choose(page, Id("personalInfoUS--veteranStatus"), "I am not a veteran");
        await page.Locator(Id("termsAndConditions--acceptTermsAndAgreements")).CheckAsync();
        await next.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Review" })).ToContainTextAsync("University of California, Davis");
        await next.ClickAsync();
    }

    private static async Task FillLeverThistledown(IPage page)
    {
        static string Card(int field) => $"[name='cards[7d4b19e6-2c83-4f0a-b5e1-93a6c0f2d874][field{field}]']";
        await page.Locator("#resume-upload-input").SetInputFilesAsync(Resume);
        await page.Locator("[name='name']").FillAsync("Jordan Rivera");
        await page.Locator("[name='email']").FillAsync("jordan.rivera@example.org");
        await page.Locator("[name='phone']").FillAsync("+1 415 555 0134");
        await page.Locator("#location-input").PressSequentiallyAsync("San Fran");
        await page.Locator(".dropdown-location").GetByText("San Francisco, California, United States", new() { Exact = true }).ClickAsync();
        await page.Locator("[name='org']").FillAsync("Tailspin Toys");
        await page.Locator("[name='urls[LinkedIn]']").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("[name='pronouns'][value='He/him']").CheckAsync();
        await page.Locator($"{Card(0)}[value='Yes']").CheckAsync();
        await page.Locator($"{Card(1)}[value='No']").CheckAsync();
        await page.Locator(Card(2)).SelectOptionAsync(new SelectOptionValue { Label = "Yes, and I'm prepared to move to the Boston area" });
        await page.Locator($"{Card(3)}[value='5–7']").CheckAsync();
        await page.Locator($"{Card(5)}[value='English']").CheckAsync();
        await page.Locator($"{Card(5)}[value='Spanish']").CheckAsync();
        await page.Locator(Card(6)).FillAsync("$120,000");
        await page.Locator(Card(7)).FillAsync("January 15, 2026");
        await page.Locator("[name='cards[0e5a7c31-d948-4b26-8f17-2a6b9d3e05c4][field0]']").SelectOptionAsync(new SelectOptionValue { Label = "LinkedIn" });
        await page.Locator("[name='eeo[gender]']").SelectOptionAsync("Male");
        await page.Locator("[name='eeo[race]']").SelectOptionAsync("Hispanic or Latino");
        await page.Locator("[name='eeo[veteran]']").SelectOptionAsync("I am not a veteran");
        await page.Locator("[name='eeo[disability]']").SelectOptionAsync("I don't wish to answer");
        await page.Locator("#btn-submit").ClickAsync();
    }

    private static async Task FillBambooHrOrchardvale(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply for This Job" }).ClickAsync();
        await page.Locator("#firstName").FillAsync("Jordan");
        await page.Locator("#lastName").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("(415) 555-0134");
        await page.Locator("#streetAddress").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#city").FillAsync("San Francisco");
        await page.Locator("#state").ClickAsync();
        await page.GetByLabel("Search", new() { Exact = true }).FillAsync("Calif");
        await page.GetByRole(AriaRole.Option, new() { Name = "California", Exact = true }).ClickAsync();
        await page.Locator("#zip").FillAsync("94110");
        await Assertions.Expect(page.Locator("#country")).ToHaveTextAsync("United States");
        await page.Locator("#resumeFileId").SetInputFilesAsync(Resume);
        await page.Locator("#dateAvailable").PressSequentiallyAsync("01152026");
        await Assertions.Expect(page.Locator("#dateAvailable")).ToHaveValueAsync("01/15/2026");
        await page.Locator("#desiredPay").FillAsync("$120,000");
        await page.Locator("#linkedinUrl").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Choose(page, "#educationLevelId", "Bachelor's Degree");
        await page.Locator("#collegeName").FillAsync("University of California, Davis");
        await Choose(page, "#source", "LinkedIn");
        await Choose(page, Id("customQuestions[4401]"), "Yes");
        await Choose(page, Id("customQuestions[4402]"), "No");
        await Choose(page, Id("customQuestions[4403]"), "I would relocate for this job");
        await page.Locator(Id("customQuestions[4404]")).FillAsync("5");
        foreach (var tool in new[] { "C#", ".NET", "PostgreSQL", "React" })
        {
            await page.Locator($"input[name='customQuestions[4405]'][value='{tool}']").CheckAsync();
        }

        await Choose(page, Id("customQuestions[4406]"), "Yes");
        await page.Locator(Id("customQuestions[4407]")).FillAsync("2 weeks");
        await Choose(page, "#gender", "Male");
        await Choose(page, "#ethnicity", "Hispanic or Latino");
        await Choose(page, "#veteranStatus", "Not a Veteran");
        await Choose(page, "#disability", "I do not want to answer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit Application" }).ClickAsync();
    }

    private static async Task FillAvatureQuayside(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        var next = page.Locator("#next-step");
        await page.GetByRole(AriaRole.Link, new() { Name = "Apply manually" }).ClickAsync();
        await page.Locator(Id("2101")).FillAsync("Jordan");
        await page.Locator(Id("2102")).FillAsync("Rivera");
        await page.Locator(Id("2103")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Id("2104")).SelectOptionAsync("US");
        await page.Locator(Id("2105")).FillAsync("415 555 0134");
        await page.Locator(Id("2106")).SelectOptionAsync("US");
        await page.Locator(Id("2107")).SelectOptionAsync(new SelectOptionValue { Label = "California" });
        await page.Locator(Id("2108")).FillAsync("San Francisco");
        await page.Locator(Id("2109")).FillAsync("94110");
        await page.Locator(Id("2110")).FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await next.ClickAsync();

        await page.Locator(Id("2111")).SetInputFilesAsync(Resume);
        await page.Locator(Id("2112")).FillAsync("Tailspin Toys");
        await page.Locator(Id("2113")).FillAsync("Senior Software Engineer");
        await page.Locator(Id("2114")).SelectOptionAsync(new SelectOptionValue { Label = "Bachelor's degree (BA/BS)" });
        await page.Locator(Id("2115")).FillAsync("University of California, Davis");
        await page.Locator(Id("2116")).SelectOptionAsync(new SelectOptionValue { Label = "3-5" });
        await next.ClickAsync();

        foreach (var (question, answer) in new[] { ("2117", "1"), ("2118", "0"), ("2123", "0"), ("2124", "1") })
        {
            await page.Locator($"input[name='{question}'][value='{answer}']").CheckAsync();
        }

        await page.Locator(Id("2119")).SelectOptionAsync(new SelectOptionValue { Label = "I would relocate to Memphis" });
        await page.Locator(Id("2120")).FillAsync("120000");
        await page.Locator(Id("2121_month")).SelectOptionAsync(new SelectOptionValue { Label = "January" });
        await page.Locator(Id("2121_day")).SelectOptionAsync("15");
        await page.Locator(Id("2121_year")).SelectOptionAsync("2026");
        await page.Locator(Id("2122")).SelectOptionAsync(["en", "es"]);
        await page.Locator(Id("2125")).SelectOptionAsync(new SelectOptionValue { Label = "LinkedIn" });
        await page.Locator(Id("2126")).CheckAsync();
        await next.ClickAsync();

        await page.Locator(Id("2130")).SelectOptionAsync(new SelectOptionValue { Label = "Male" });
        await page.Locator("input[name='2131'][value='1']").CheckAsync();
        await page.Locator(Id("2132")).SelectOptionAsync(new SelectOptionValue { Label = "I am not a protected veteran" });
        await page.Locator(Id("2133")).SelectOptionAsync(new SelectOptionValue { Label = "I do not want to answer" });
        await page.Locator("#submit-application").ClickAsync();
    }
}
