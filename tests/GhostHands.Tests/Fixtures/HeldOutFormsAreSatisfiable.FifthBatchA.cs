using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the first five forms of the held-out batch written as 2026-12-07-3 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> FifthBatchAFillers() => new()
    {
        ["breezy-gullwing"] = FillBreezyGullwing,
        ["greenhouse-harborlight"] = FillGreenhouseHarborlight,
        ["taleo-ironvale"] = FillTaleoIronvale,
        ["workable-mosswood"] = FillWorkableMosswood,
        ["workday-quarrystone"] = FillWorkdayQuarrystone,
    };

    private static async Task FillGreenhouseHarborlight(IPage page)
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
        await frame.Locator("#phone").FillAsync("415 555 0134");
        await frame.Locator("#candidate-location").PressSequentiallyAsync("San Fra");
        await frame.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await frame.Locator("#resume").SetInputFilesAsync(Resume);
        await frame.Locator("#question_5520931001").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Pick("#question_5520931003", "Yes");
        await Pick("#question_5520931004", "No");
        await Pick("#question_5520931005", "Yes, I would relocate");
        await Pick("#question_5520931006", "5 - 7 years");
        await frame.Locator("#question_5520931007").FillAsync("$120,000");
        foreach (var tool in new[] { "C# / .NET", "PostgreSQL", "Kubernetes", "Terraform" })
        {
            await frame.GetByLabel(tool, new() { Exact = true }).CheckAsync();
        }

        await Pick("#question_5520931009", "LinkedIn");
        await Pick("#gender", "Male");
        await Pick("#hispanic_ethnicity", "Yes");
        await Pick("#veteran_status", "I am not a protected veteran");
        await Pick("#disability_status", "I do not want to answer");
        await frame.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }

    private static async Task FillWorkdayQuarrystone(IPage page)
    {
        var next = page.Locator("[data-automation-id='bottom-navigation-next-button']");
        await page.Locator("[data-automation-id='adventureButton']").ClickAsync();
        await page.Locator("[data-automation-id='applyManually']").ClickAsync();
        await page.Locator("[id='source--source']").FillAsync("Linked");
        await page.GetByRole(AriaRole.Option, new() { Name = "LinkedIn", Exact = true }).ClickAsync();
        await page.Locator("#candidateIsPreviousWorker-1").CheckAsync();
        await page.Locator("[id='name--legalName--firstName']").FillAsync("Jordan");
        await page.Locator("[id='name--legalName--lastName']").FillAsync("Rivera");
        await page.Locator("[id='address--addressLine1']").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("[id='address--city']").FillAsync("San Francisco");
        await Choose(page, "[id='address--countryRegion']", "California");
        await page.Locator("[id='address--postalCode']").FillAsync("94110");
        await page.Locator("[id='emailAddress--emailAddress']").FillAsync("jordan.rivera@example.org");
        await Choose(page, "[id='phoneNumber--phoneType']", "Mobile");
        await page.Locator("[id='phoneNumber--countryPhoneCode']").FillAsync("United States of");
        await page.GetByRole(AriaRole.Option, new() { Name = "United States of America (+1)", Exact = true }).ClickAsync();
        await page.Locator("[id='phoneNumber--phoneNumber']").FillAsync("415-555-0134");
        await next.ClickAsync();

        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await Assertions.Expect(page.Locator("[data-automation-id='file-upload-successful']")).ToContainTextAsync("Successfully Uploaded");
        await page.Locator("#linkedinQuestion").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await next.ClickAsync();

        await Choose(page, "[id='primaryQuestionnaire--q1']", "Yes");
        await Choose(page, "[id='primaryQuestionnaire--q2']", "Yes");
        await Choose(page, "[id='primaryQuestionnaire--q3']", "No");
        await Choose(page, "[id='primaryQuestionnaire--q4']", "4 - 6 years");
        await Choose(page, "[id='primaryQuestionnaire--q5']", "Yes");
        await Choose(page, "[id='primaryQuestionnaire--q6']", "Within 2 weeks");
        await page.Locator("[id='primaryQuestionnaire--q7']").FillAsync("120000");
        await next.ClickAsync();

        await Choose(page, "[id='personalInfoUS--gender']", "Male");
        await Choose(page, "[id='personalInfoUS--ethnicity']", "Hispanic or Latino (United States of America)");
        await Choose(page, "[id='personalInfoUS--veteranStatus']", "I AM NOT A PROTECTED VETERAN");
        await page.Locator("[id='termsAndConditions--acceptTermsAndAgreements']").CheckAsync();
        await next.ClickAsync();

        await page.Locator("[id='selfIdentifiedDisabilityData--name']").FillAsync("Jordan Rivera");
        await page.GetByLabel("I do not want to answer", new() { Exact = true }).CheckAsync();
        await next.ClickAsync();

        await Assertions.Expect(page.Locator("[data-automation-id='pageHeaderTitle']")).ToHaveTextAsync("Review");
        await next.ClickAsync();
    }

    private static async Task FillTaleoIronvale(IPage page)
    {
        static string Profile(string field) => $"[id='et-ef-content-ftf-gp-j_id_id16pc9-page_0-cpi-cws_personalinfo_{field}']";
        var next = page.Locator(".page.current input[value='Save and Continue']");
        await page.Locator("[data-accept]").ClickAsync();
        await page.Locator(Profile("firstname")).FillAsync("Jordan");
        await page.Locator(Profile("lastname")).FillAsync("Rivera");
        await page.Locator(Profile("emailaddress")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Profile("cellularphone")).FillAsync("(415) 555-0134");
        await page.Locator(Profile("address")).FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator(Profile("city")).FillAsync("San Francisco");
        await page.Locator(Profile("residenceLocation-0")).SelectOptionAsync(new SelectOptionValue { Label = "United States" });
        await page.Locator(Profile("residenceLocation-1")).SelectOptionAsync(new SelectOptionValue { Label = "California" });
        await page.Locator(Profile("zipcode")).FillAsync("94110");
        await page.Locator("#recruitmentSourceType").SelectOptionAsync(new SelectOptionValue { Label = "Social Media" });
        await page.Locator("#recruitmentSourceDP").SelectOptionAsync(new SelectOptionValue { Label = "LinkedIn" });
        await next.ClickAsync();

        await page.Locator("select[name='qst-4411']").SelectOptionAsync(new SelectOptionValue { Label = "Yes" });
        await page.Locator("select[name='qst-4412']").SelectOptionAsync(new SelectOptionValue { Label = "No" });
        await page.Locator("select[name='qst-4413']").SelectOptionAsync(new SelectOptionValue { Label = "Yes" });
        await page.Locator("select[name='qst-4414']").SelectOptionAsync(new SelectOptionValue { Label = "No" });
        await page.Locator("select[name='qst-4415']").SelectOptionAsync(new SelectOptionValue { Label = "No" });
        await page.Locator("select[name='qst-4416']").SelectOptionAsync(new SelectOptionValue { Label = "Bachelor's Degree" });
        await page.Locator("#qst-4417-1").CheckAsync();
        await page.Locator("#qst-4417-6").CheckAsync();
        await page.Locator("#qst-4418").FillAsync("01/15/2026");
        await page.Locator("#qst-4419").FillAsync("120,000");
        await next.ClickAsync();

        await page.Locator("#attachmentFile").SetInputFilesAsync(Resume);
        await page.Locator("#attachButton").ClickAsync();
        await next.ClickAsync();

        await page.Locator("#eeo-gender-1").CheckAsync();
        await page.Locator("#eeo-hisp-1").CheckAsync();
        await page.Locator("#eeo-veteran").SelectOptionAsync("V2");
        await next.ClickAsync();

        await page.Locator("#esig-fullname").FillAsync("Jordan Rivera");
        await next.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Application summary" })).ToContainTextAsync("LinkedIn");
        await page.Locator("#et-ef-content-ftf-submitCmdBottom").ClickAsync();
    }

    private static async Task FillWorkableMosswood(IPage page)
    {
        await page.Locator("#firstname").FillAsync("Jordan");
        await page.Locator("#lastname").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("415 555 0134");
        await page.Locator("#address").FillAsync("2150 Folsom Street, Apt 4B, San Francisco, CA 94110");
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("[data-ui='QA_7340101'] input[value='true']").CheckAsync(new() { Force = true });
        await page.Locator("[data-ui='QA_7340102'] input[value='false']").CheckAsync(new() { Force = true });
        await Choose(page, "#QA_7340103", "Hybrid (two or three days a week at our Pearl District office)");
        await page.Locator("[data-ui='QA_7340104'] input[value='true']").CheckAsync(new() { Force = true });
        foreach (var tool in new[] { "C#", ".NET", "PostgreSQL", "React", "TypeScript" })
        {
            await page.Locator("[data-ui='QA_7340105']").GetByLabel(tool, new() { Exact = true }).CheckAsync();
        }

        await page.Locator("#QA_7340106").FillAsync("5");
        await page.Locator("#QA_7340107").FillAsync("01/15/2026");
        await page.Locator("#QA_7340108").FillAsync("$120,000");
        await page.Locator("#gdpr").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }

    private static async Task FillBreezyGullwing(IPage page)
    {
        static string Question(string id) => $"[name='questions[{id}]']";
        await page.Locator("#name").FillAsync("Jordan Rivera");
        await page.Locator("#email_address").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone_number").FillAsync("+1 415 555 0134");
        await page.Locator("#resume-file").SetInputFilesAsync(Resume);
        await page.Locator($"{Question("5c1e0a7d42b1")}[value='Yes']").CheckAsync();
        await page.Locator($"{Question("5c1e0a7d42b2")}[value='No']").CheckAsync();
        await page.Locator($"{Question("5c1e0a7d42b3")}[value='Yes']").CheckAsync();
        await page.Locator(Question("5c1e0a7d42b4")).FillAsync("San Francisco, CA");
        await page.Locator(Question("5c1e0a7d42b5")).SelectOptionAsync("4-5");
        await page.Locator($"{Question("5c1e0a7d42b6")}[value='Fully remote']").CheckAsync();
        await page.Locator($"{Question("5c1e0a7d42b6")}[value='Hybrid']").CheckAsync();
        await page.Locator($"{Question("5c1e0a7d42b7")}[value='Yes']").CheckAsync();
        await page.Locator(Question("5c1e0a7d42b8")).SelectOptionAsync("Bachelor's degree");
        await page.Locator(Question("5c1e0a7d42b9")).FillAsync("2 weeks");
        await page.Locator(Question("5c1e0a7d42ba")).FillAsync("$120,000 per year");
        await page.Locator("#eeo_gender").SelectOptionAsync("Male");
        await page.Locator("#eeo_race").SelectOptionAsync("Hispanic or Latino");
        await page.Locator("#eeo_veteran").SelectOptionAsync("I am not a protected veteran");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit Application" }).ClickAsync();
    }
}
