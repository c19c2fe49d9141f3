using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the first five forms of the held-out batch written as 2026-12-07-8 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> TenthBatchAFillers() => new()
    {
        ["bamboohr-marisol"] = FillBambooHrMarisol,
        ["greenhouse-birchline"] = FillGreenhouseBirchline,
        ["lever-ridgeway"] = FillLeverRidgeway,
        ["oracle-tamarack"] = FillOracleTamarack,
        ["workday-halvorsen"] = FillWorkdayHalvorsen,
    };

    private static async Task FillLeverRidgeway(IPage page)
    {
        static string Card(int field) => $"[name='cards[8f1c2d7a-4e63-4b0f-9a15-3d6e2c7b91f4][field{field}]']";
        await page.Locator("#resume-upload-input").SetInputFilesAsync(Resume);
        await page.Locator("[name='name']").FillAsync("Jordan Rivera");
        await page.Locator("[name='pronouns'][value='He/him']").CheckAsync();
        await page.Locator("[name='email']").FillAsync("jordan.rivera@example.org");
        await page.Locator("[name='phone']").FillAsync("+1 415 555 0134");
        await page.Locator("[name='location']").FillAsync("San Francisco, CA");
        await page.Locator("[name='org']").FillAsync("Tailspin Toys");
        await page.Locator("[name='urls[LinkedIn]']").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("[name='urls[GitHub]']").FillAsync("https://github.com/jordan-rivera-example");
        await page.Locator($"{Card(0)}[value='Yes']").CheckAsync();
        await page.Locator($"{Card(1)}[value='No']").CheckAsync();
        await page.Locator($"{Card(2)}[value='Yes']").CheckAsync();
        await page.Locator(Card(3)).FillAsync("01/15/2026");
        foreach (var tool in new[] { "C# / .NET", "PostgreSQL", "Kubernetes", "Terraform", "React", "TypeScript" })
        {
            await page.Locator($"{Card(4)}[value='{tool}']").CheckAsync();
        }

        await page.Locator(Card(5)).SelectOptionAsync("Yes");
        await page.Locator(Card(6)).FillAsync("120,000");
        await page.Locator("[name='cards[2b7e90c4-1d85-4a3e-b6f2-70c9e4a15d38][field0]']").SelectOptionAsync("LinkedIn");
        await page.Locator("[name='eeo[gender]']").SelectOptionAsync("Male");
        await page.Locator("[name='eeo[race]']").SelectOptionAsync("Hispanic or Latino");
        await page.Locator("[name='eeo[veteran]']").SelectOptionAsync("I am not a veteran");
        await page.Locator("[name='eeo[disability]']").SelectOptionAsync("I do not want to answer");
        await page.Locator("#btn-submit").ClickAsync();
    }

    private static async Task FillOracleTamarack(IPage page)
    {
        ILocator Pills(string question) => page.Locator($"[aria-labelledby='lbl-{question}']");
        await page.Locator("#in-email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#legal-disclaimer-checkbox").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await page.Locator("#in-firstName").FillAsync("Jordan");
        await page.Locator("#in-lastName").FillAsync("Rivera");
        await Assertions.Expect(page.Locator("#in-phoneCountryCode")).ToHaveTextAsync("+1 United States");
        await page.Locator("#in-phoneNumber").FillAsync("(415) 555-0134");
        await page.Locator("#in-addressLine1").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#in-postalCode").FillAsync("94110");
        await Assertions.Expect(page.Locator("#in-city")).ToHaveValueAsync("San Francisco");
        await Assertions.Expect(page.Locator("#in-state")).ToHaveValueAsync("CA");
        await page.Locator("#attachment-upload-resume").SetInputFilesAsync(Resume);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Upload Resume" })).ToHaveTextAsync(FixtureCatalog.ResumeFileName);
        foreach (var (question, answer) in new[] { ("q_300101", "Yes"), ("q_300102", "Yes"), ("q_300103", "No"), ("q_300104", "Yes"), ("q_300105", "No"), ("q_300108", "5 to 9 years"), ("q_300110", "Yes") })
        {
            await Pills(question).GetByRole(AriaRole.Radio, new() { Name = answer, Exact = true }).ClickAsync();
        }

        await Pills("q_300106").GetByRole(AriaRole.Button, new() { Name = "Spanish", Exact = true }).ClickAsync();
        await Choose(page, "#in-q_300107", "Bachelor's Degree");
        await page.Locator("#in-q_300109").FillAsync("120000");
        await Pills("gender").GetByRole(AriaRole.Radio, new() { Name = "Male", Exact = true }).ClickAsync();
        await Pills("hispanicLatino").GetByRole(AriaRole.Radio, new() { Name = "Yes", Exact = true }).ClickAsync();
        await Choose(page, "#in-veteranStatus", "I am not a protected veteran");
        await Pills("disabilityStatus").GetByRole(AriaRole.Radio, new() { Name = "I do not want to answer", Exact = true }).ClickAsync();
        await page.Locator("#in-fullName").FillAsync("Jordan Rivera");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
    }

    private static async Task FillBambooHrMarisol(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        await page.Locator("#firstName").FillAsync("Jordan");
        await page.Locator("#lastName").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("(415) 555-0134");
        await page.Locator("#streetAddress").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#city").FillAsync("San Francisco");
        await page.Locator("#state").ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Search" }).FillAsync("Calif");
        await page.GetByRole(AriaRole.Option, new() { Name = "California", Exact = true }).ClickAsync();
        await page.Locator("#zip").FillAsync("94110");
        await Assertions.Expect(page.Locator("#country")).ToContainTextAsync("United States");
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#dateAvailable").FillAsync("01/15/2026");
        await page.Locator("#desiredPay").FillAsync("$120,000");
        await page.Locator("#websiteUrl").FillAsync("https://jordanrivera.dev");
        await page.Locator("#linkedinUrl").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Choose(page, "#highestEducation", "Bachelor's Degree");
        await page.Locator("#collegeName").FillAsync("University of California, Davis");
        foreach (var (question, answer) in new[] { ("2101", "yes"), ("2102", "no"), ("2103", "yes"), ("2104", "yes"), ("2106", "no") })
        {
            await page.Locator($"[name='customQuestions[{question}]'][value='{answer}']").CheckAsync();
        }

        await Choose(page, Id("customQuestions[2105]"), "2 weeks");
        await Choose(page, Id("customQuestions[2107]"), "LinkedIn");
        await Choose(page, "#eeoGender", "Male");
        await Choose(page, "#eeoEthnicity", "Hispanic or Latino");
        await Choose(page, "#eeoVeteran", "Not a protected veteran");
        await Choose(page, "#eeoDisability", "I do not wish to answer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit Application" }).ClickAsync();
    }

    private static async Task FillWorkdayHalvorsen(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        var next = page.Locator("[data-automation-id='pageFooterNextButton']");
        await page.Locator(Id("source")).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Social Media" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "LinkedIn", Exact = true }).ClickAsync();
        await page.Locator(Id("previousWorker-no")).CheckAsync();
        await Assertions.Expect(page.Locator(Id("country"))).ToHaveTextAsync("United States of America");
        await page.Locator(Id("legalName--firstName")).FillAsync("Jordan");
        await page.Locator(Id("legalName--lastName")).FillAsync("Rivera");
        await page.Locator(Id("address--addressLine1")).FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator(Id("address--city")).FillAsync("San Francisco");
        await Choose(page, Id("address--countryRegion"), "California");
        await page.Locator(Id("address--postalCode")).FillAsync("94110");
        await page.Locator(Id("emailAddress")).FillAsync("jordan.rivera@example.org");
        await Choose(page, Id("phoneNumber--phoneType"), "Mobile");
        await Assertions.Expect(page.Locator(Id("phoneCode"))).ToHaveTextAsync("United States of America (+1)");
        await page.Locator(Id("phoneNumber--phoneNumber")).FillAsync("415-555-0134");
        await next.ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add Education" }).ClickAsync();
        await Choose(page, Id("school"), "University of California, Davis");
        await Choose(page, Id("degree"), "Bachelor of Science");
        await Choose(page, Id("fieldOfStudy"), "Computer Science");
        await page.Locator("[data-automation-id='file-upload-input-ref']").SetInputFilesAsync(Resume);
        await Assertions.Expect(page.Locator("[data-automation-id='file-upload-successful']")).ToBeVisibleAsync();
        await next.ClickAsync();

        foreach (var (question, answer) in new[]
        {
            ("qa_age", "Yes"), ("qa_authorized", "Yes"), ("qa_sponsor", "No"),
            ("qa_anchor", "I do not live nearby today but am willing to relocate to the Seattle area before my start date"),
            ("qa_years", "5 years to less than 10 years"), ("qa_travel", "Up to 25%"), ("qa_restrict", "No"),
        })
        {
            await Choose(page, Id(question), answer);
        }

        await page.Locator(Id("qa_salary")).FillAsync("120000");
        await next.ClickAsync();

        await Choose(page, Id("gender"), "Male");
        await Choose(page, Id("ethnicity"), "Hispanic or Latino (United States of America)");
        await Choose(page, Id("veteranStatus"), "I am not a protected veteran");
        await page.Locator(Id("termsAndConditions--acceptTermsAndAgreements")).CheckAsync();
        await next.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Review" })).ToContainTextAsync("Up to 25%");
        await page.Locator("[data-automation-id='pageFooterSubmitButton']").ClickAsync();
    }

    private static async Task FillGreenhouseBirchline(IPage page)
    {
        async Task Pick(string combobox, string option, string? typed = null)
        {
            var input = page.Locator($"[id='{combobox}']");
            await input.ClickAsync();
            if (typed is not null)
            {
                await input.PressSequentiallyAsync(typed);
            }

            await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await page.Locator("#first_name").FillAsync("Jordan");
        await page.Locator("#last_name").FillAsync("Rivera");
        await page.Locator("#preferred_name").FillAsync("Jordan");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await Pick("country", "United States +1", "United St");
        await page.Locator("#phone").FillAsync("415-555-0134");
        await Pick("candidate-location", "San Francisco, California, United States", "San Fran");
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#question_7001").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("#question_7002").FillAsync("https://jordanrivera.dev");
        await Pick("question_7003", "Yes");
        await Pick("question_7004", "No");
        await Pick("question_7005", "Hybrid from our Denver (RiNo) office – Tuesdays & Thursdays in person");
        await page.GetByRole(AriaRole.Option, new() { Name = "Fully remote within the US (Mountain or Pacific time)", Exact = true }).ClickAsync();
        await page.Locator("[id='question_7005']").BlurAsync();
        await Pick("question_7007", "5–7");
        await Pick("question_7008", "Yes – I can hold a business conversation in Spanish");
        await page.Locator("#question_7009").FillAsync("$120,000");
        await Pick("question_7010", "No");
        await Pick("question_7011", "LinkedIn");
        await page.Locator("#question_7013").CheckAsync();
        await Pick("gender", "Male");
        await Pick("hispanic_ethnicity", "Yes");
        await Pick("veteran_status", "I am not a protected veteran");
        await Pick("disability_status", "I do not want to answer");
        await Assertions.Expect(page.Locator("#question_7005").Locator("..")).ToContainTextAsync("Fully remote within the US");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }
}
