using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the first five forms of the held-out batch written as 2026-12-07-5 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> SeventhBatchAFillers() => new()
    {
        ["dayforce-hollybrook"] = FillDayforceHollybrook,
        ["greenhouse-quillmark"] = FillGreenhouseQuillmark,
        ["lever-corvid"] = FillLeverCorvid,
        ["workable-pinecrest"] = FillWorkablePinecrest,
        ["workday-ashgrove"] = FillWorkdayAshgrove,
    };

    private static async Task FillGreenhouseQuillmark(IPage page)
    {
        async Task Pick(string combobox, string option, string? typed = null)
        {
            await page.Locator($"#{combobox}").ClickAsync();
            if (typed is not null)
            {
                await page.Locator($"#{combobox}").PressSequentiallyAsync(typed);
            }

            await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await page.Locator("#first_name").FillAsync("Jordan");
        await page.Locator("#last_name").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("415-555-0134");
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#question_58301101").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Pick("question_58301103", "Yes");
        await Pick("question_58301104", "No");
        await Pick("question_58301105", "California", "Califo");
        await Pick("question_58301106", "5-7 years");
        foreach (var tool in new[] { "C# / .NET", "PostgreSQL", "Kubernetes", "React" })
        {
            await Pick("question_58301107", tool);
        }

        await Assertions.Expect(page.Locator(".select__multi-value")).ToHaveCountAsync(4);
        await page.Locator("#question_58301108").FillAsync("$120,000");
        await Pick("question_58301109", "Yes");
        await Pick("question_58301110", "LinkedIn");
        await page.Locator("input[name='question_58301111[]']").CheckAsync();
        await Pick("gender", "Male");
        await Pick("hispanic_ethnicity", "Yes");
        await Pick("veteran_status", "I am not a protected veteran");
        await Pick("disability_status", "I do not want to answer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }

    private static async Task FillWorkdayAshgrove(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        static string Question(int n) => Id($"primaryQuestionnaire--4c7e2a90b1{n:00}");
        var next = page.Locator("[data-automation-id='bottom-navigation-next-button']");
        await page.Locator("[data-automation-id='adventureButton']").ClickAsync();
        await page.Locator("[data-automation-id='applyManually']").ClickAsync();
        await page.Locator(Id("source--source")).ClickAsync();
        await page.Locator("[data-automation-id='searchBox']").FillAsync("Linked");
        await page.GetByRole(AriaRole.Option, new() { Name = "LinkedIn", Exact = true }).ClickAsync();
        await page.Locator("#candidateIsPreviousWorker-1").CheckAsync();
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

        foreach (var (entry, language) in new[] { (0, "English"), (1, "Spanish") })
        {
            await page.Locator("[data-add-language]").ClickAsync();
            await Choose(page, Id($"language--{entry}--language"), language);
            await page.Locator(Id($"language--{entry}--native")).CheckAsync();
        }

        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await Assertions.Expect(page.Locator("[data-automation-id='file-upload-successful']")).ToContainTextAsync("Successfully Uploaded");
        await next.ClickAsync();

        foreach (var (question, answer) in new[] { (1, "Yes"), (2, "Yes"), (3, "No"), (4, "I would relocate to the Charlotte area for this role"), (5, "Yes"), (6, "No"), (7, "5 to less than 8 years") })
        {
            await Choose(page, Question(question), answer);
        }

        await page.GetByLabel("Hybrid", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Fully remote", new() { Exact = true }).CheckAsync();
        await page.Locator(Question(9)).FillAsync("120000");
        await page.Locator("[data-automation-id='dateSectionMonth-input']").FillAsync("01");
        await page.Locator("[data-automation-id='dateSectionDay-input']").FillAsync("15");
        await page.Locator("[data-automation-id='dateSectionYear-input']").FillAsync("2026");
        await next.ClickAsync();

        await Choose(page, Id("personalInfoUS--gender"), "Male");
        await Choose(page, Id("personalInfoUS--ethnicity"), "Hispanic or Latino (United States of America)");
        await Choose(page, Id("personalInfoUS--veteranStatus"), "I am not a protected veteran");
        await page.Locator(Id("termsAndConditions--acceptTermsAndAgreements")).CheckAsync();
        await next.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Review" })).ToContainTextAsync("English, Spanish");
        await next.ClickAsync();
    }

    private static async Task FillLeverCorvid(IPage page)
    {
        static string Card(string card, int field) => $"[name='cards[{card}][field{field}]']";
        const string screening = "3f9c2e71-5b0a-4d8e-9c61-7a2b4e0d18f5";
        await page.Locator("#resume-upload-input").SetInputFilesAsync(Resume);
        await page.Locator("[name='name']").FillAsync("Jordan Rivera");
        await page.Locator("[name='email']").FillAsync("jordan.rivera@example.org");
        await page.Locator("[name='phone']").FillAsync("+1 415 555 0134");
        await page.Locator("#location-input").PressSequentiallyAsync("San Fra");
        await page.Locator(".dropdown-location").GetByText("San Francisco, California, United States", new() { Exact = true }).ClickAsync();
        await page.Locator("[name='org']").FillAsync("Tailspin Toys");
        await page.Locator("[name='urls[LinkedIn]']").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator(Card(screening, 0)).SelectOptionAsync(new SelectOptionValue { Label = "Yes, I can work in the U.S. without sponsorship, now and in the future" });
        await page.Locator($"{Card(screening, 1)}[value='{FixtureCatalog.Expected("lever-corvid").Outcome.Answer}']").CheckAsync();
        await page.Locator($"{Card(screening, 2)}[value='Yes']").CheckAsync();
        await page.Locator($"{Card(screening, 3)}[value='English']").CheckAsync();
        await page.Locator($"{Card(screening, 3)}[value='Spanish']").CheckAsync();
        await page.Locator($"{Card(screening, 4)}[value='5–7 years']").CheckAsync();
        await page.Locator(Card(screening, 5)).FillAsync("120,000");
        await page.Locator(Card("b71e04d2-9a3c-4f6b-8e25-c0d4a9f3e762", 0)).SelectOptionAsync(new SelectOptionValue { Label = "LinkedIn" });
        await page.Locator("[name='eeo[gender]']").SelectOptionAsync("Male");
        await page.Locator("[name='eeo[race]']").SelectOptionAsync("Hispanic or Latino");
        await page.Locator("[name='eeo[veteran]']").SelectOptionAsync("I am not a veteran");
        await page.Locator("[name='eeo[disability]']").SelectOptionAsync("I do not want to answer");
        await page.Locator("#btn-submit").ClickAsync();
    }

    private static async Task FillWorkablePinecrest(IPage page)
    {
        ILocator Question(string name) => page.Locator($"[data-ui='{name}']");
        await page.Locator("#firstname").FillAsync("Jordan");
        await page.Locator("#lastname").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("+1 415 555 0134");
        await page.Locator("[data-ui='add-section']").ClickAsync();
        await page.Locator("#exp-title").FillAsync("Senior Software Engineer");
        await page.Locator("#exp-company").FillAsync("Tailspin Toys");
        await page.Locator("#exp-current").CheckAsync();
        await page.Locator("[data-ui='save-section']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-ui='experience-entry']")).ToContainTextAsync("Senior Software Engineer at Tailspin Toys");
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await Question("QA_5521701").GetByText("Yes", new() { Exact = true }).ClickAsync();
        await page.Locator("#QA_5521702").SelectOptionAsync(new SelectOptionValue { Label = "Bachelor's degree" });
        await Question("QA_5521703").GetByLabel("5 to 7", new() { Exact = true }).CheckAsync();
        await Question("QA_5521704").GetByLabel("Kubernetes", new() { Exact = true }).CheckAsync();
        await Question("QA_5521704").GetByLabel("Terraform", new() { Exact = true }).CheckAsync();
        await page.Locator("#QA_5521705").SelectOptionAsync(new SelectOptionValue { Label = "1 – 2 weeks" });
        await page.Locator("#QA_5521706").FillAsync("120000");
        await Question("QA_5521707").GetByText("No", new() { Exact = true }).ClickAsync();
        await page.Locator("#QA_5521708").FillAsync("LinkedIn");
        await page.Locator("#gdpr").CheckAsync();
        await page.Locator("[data-ui='apply-button']").ClickAsync();
    }

    private static async Task FillDayforceHollybrook(IPage page)
    {
        var next = page.Locator("[data-testid='next']");
        await page.Locator("[data-testid='apply-button']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply without an account" }).ClickAsync();
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await Assertions.Expect(page.Locator("[data-testid='resume-name']")).ToHaveTextAsync(FixtureCatalog.ResumeFileName);
        await next.ClickAsync();

        await page.Locator("#firstName").FillAsync("Jordan");
        await page.Locator("#lastName").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await Assertions.Expect(page.Locator("#phoneCountry")).ToContainTextAsync("United States (+1)");
        await page.Locator("#phone").FillAsync("(415) 555-0134");
        await page.Locator("#address1").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#city").FillAsync("San Francisco");
        await page.Locator("#state").ClickAsync();
        await page.GetByLabel("Filter options").FillAsync("Cal");
        await page.GetByRole(AriaRole.Option, new() { Name = "California", Exact = true }).ClickAsync();
        await page.Locator("#postalCode").FillAsync("94110");
        await next.ClickAsync();

        foreach (var (question, answer) in new[] { ("q_age", "Y"), ("q_authorized", "Y"), ("q_sponsorship", "N"), ("q_former", "N"), ("q_relocate", "Y") })
        {
            await page.Locator($"input[name='{question}'][value='{answer}']").CheckAsync();
        }

        await page.Locator("#q_years").FillAsync("5");
        await Choose(page, "#q_education", "Bachelor's Degree");
        await page.Locator("#q_available").FillAsync("01/15/2026");
        await page.Locator("#q_pay").FillAsync("120,000");
        await Choose(page, "#payFrequency", "Annually");
        await Choose(page, "#q_travel", "Up to 25%");
        await Choose(page, "#q_source", "LinkedIn");
        await next.ClickAsync();

        await Choose(page, "#eeo_gender", "Male");
        await Choose(page, "#eeo_ethnicity", "Hispanic or Latino");
        await Choose(page, "#eeo_veteran", "I am not a protected veteran");
        await Choose(page, "#eeo_disability", "I do not want to answer");
        await next.ClickAsync();

        await Assertions.Expect(page.GetByLabel("Application summary")).ToContainTextAsync("Bachelor's Degree");
        await page.Locator("#acknowledgment").CheckAsync();
        await page.Locator("[data-testid='submit']").ClickAsync();
    }
}
