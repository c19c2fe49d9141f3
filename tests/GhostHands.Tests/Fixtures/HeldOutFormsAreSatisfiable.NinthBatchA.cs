using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the first five forms of the held-out batch written as 2026-12-07-7 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> NinthBatchAFillers() => new()
    {
        ["greenhouse-fernbrook"] = FillGreenhouseFernbrook,
        ["lever-wrenfield"] = FillLeverWrenfield,
        ["smartrecruiters-glasswing"] = FillSmartRecruitersGlasswing,
        ["teamtailor-ambergate"] = FillTeamtailorAmbergate,
        ["workday-copperleaf"] = FillWorkdayCopperleaf,
    };

    private static async Task FillGreenhouseFernbrook(IPage page)
    {
        var frame = page.FrameLocator("#grnhse_iframe");

        async Task Pick(string combobox, string option, string? typed = null)
        {
            var input = frame.Locator($"[id='{combobox}']");
            await input.ClickAsync();
            if (typed is not null)
            {
                await input.PressSequentiallyAsync(typed);
            }

            await frame.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await frame.Locator("#first_name").FillAsync("Jordan");
        await frame.Locator("#last_name").FillAsync("Rivera");
        await frame.Locator("#email").FillAsync("jordan.rivera@example.org");
        await Pick("phone_country", "United States +1", "United St");
        await frame.Locator("#phone").FillAsync("415-555-0134");
        await Pick("candidate_location", "San Francisco, California, United States", "San Fran");
        await frame.Locator("#resume").SetInputFilesAsync(Resume);
        await Pick("school", "University of California, Davis", "Davis");
        await Pick("degree", "Bachelor's Degree");
        await Pick("discipline", "Computer Science");
        await frame.Locator("#question_31190411").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Pick("question_31190413", "Yes");
        await Pick("question_31190414", "No");
        await Pick("question_31190415", "I would relocate to the Reno area for this role");
        await Pick("question_31190416", "4–5 years");
        foreach (var tool in new[] { "C#", "PostgreSQL", "TypeScript", "React", "Kubernetes", "Terraform" })
        {
            await frame.GetByRole(AriaRole.Checkbox, new() { Name = tool, Exact = true }).CheckAsync();
        }

        await Pick("question_31190418", "Yes");
        await frame.Locator("#question_31190419").FillAsync("$120,000");
        await Pick("question_31190420", "Up to 2 weeks");
        await Pick("question_31190421", "LinkedIn");
        await frame.GetByRole(AriaRole.Checkbox, new() { Name = "I acknowledge that I have read the Applicant Privacy Notice" }).CheckAsync();
        await Pick("gender", "Male");
        await Pick("hispanic_ethnicity", "Yes");
        await Pick("veteran_status", "I am not a protected veteran");
        await Pick("disability_status", "I do not want to answer");
        await frame.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }

    private static async Task FillWorkdayCopperleaf(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        var next = page.Locator("[data-automation-id='pageFooterNextButton']");
        await page.Locator("[data-automation-id='adventureButton']").ClickAsync();
        await page.Locator("[data-automation-id='applyManually']").ClickAsync();
        await page.Locator(Id("source")).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Job Posting Site", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "LinkedIn", Exact = true }).ClickAsync();
        await page.Locator("#candidateIsPreviousWorker-no").CheckAsync();
        await page.Locator(Id("legalName--firstName")).FillAsync("Jordan");
        await page.Locator(Id("legalName--lastName")).FillAsync("Rivera");
        await page.Locator(Id("address--addressLine1")).FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator(Id("address--city")).FillAsync("San Francisco");
        await Choose(page, Id("address--countryRegion"), "California");
        await page.Locator(Id("address--postalCode")).FillAsync("94110");
        await page.Locator(Id("emailAddress")).FillAsync("jordan.rivera@example.org");
        await Choose(page, Id("phoneNumber--phoneType"), "Mobile");
        await Assertions.Expect(page.Locator("[data-automation-id='selectedItem']").Last).ToContainTextAsync("United States of America (+1)");
        await page.Locator(Id("phoneNumber--phoneNumber")).FillAsync("415-555-0134");
        await next.ClickAsync();

        await page.Locator("[data-automation-id='file-upload-input-ref']").SetInputFilesAsync(Resume);
        await Assertions.Expect(page.Locator("[data-automation-id='file-upload-successful']")).ToBeVisibleAsync();
        await next.ClickAsync();

        foreach (var (question, answer) in new[] { ("q1", "Yes"), ("q2", "Yes"), ("q3", "No"), ("q4", "Yes, I am willing to relocate to the Des Moines area"), ("q5", "5 to less than 8 years"), ("q9", "No") })
        {
            await Choose(page, Id(question), answer);
        }

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "English", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Spanish", Exact = true }).CheckAsync();
        await page.Locator(Id("q7")).FillAsync("120000");
        await page.Locator("[data-automation-id='dateSectionMonth-input']").PressSequentiallyAsync("01");
        await page.Locator("[data-automation-id='dateSectionDay-input']").PressSequentiallyAsync("15");
        await page.Locator("[data-automation-id='dateSectionYear-input']").PressSequentiallyAsync("2026");
        await next.ClickAsync();

        await Choose(page, Id("personalInfoUS--gender"), "Male");
        await Choose(page, Id("personalInfoUS--ethnicity"), "Hispanic or Latino (United States of America)");
        await Choose(page, Id("personalInfoUS--veteranStatus"), "I am not a veteran");
        await page.Locator(Id("termsAndConditions--acceptTermsAndAgreements")).CheckAsync();
        await next.ClickAsync();

        await page.Locator(Id("selfIdentifiedDisabilityData--name")).FillAsync("Jordan Rivera");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "I do not want to answer", Exact = true }).CheckAsync();
        await next.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Review" })).ToContainTextAsync("5 to less than 8 years");
        await page.Locator("[data-automation-id='pageFooterSubmitButton']").ClickAsync();
    }

    private static async Task FillLeverWrenfield(IPage page)
    {
        static string Card(int field) => $"[name='cards[3c9e6f52-81d4-4b7a-9e2f-5a1d07c4b8e3][field{field}]']";
        await page.Locator("#resume-upload-input").SetInputFilesAsync(Resume);
        await page.Locator("[name='name']").FillAsync("Jordan Rivera");
        await page.Locator("[name='email']").FillAsync("jordan.rivera@example.org");
        await page.Locator("[name='phone']").FillAsync("+1 415 555 0134");
        await page.Locator("#location-input").PressSequentiallyAsync("San Fran");
        await page.Locator(".dropdown-location").GetByText("San Francisco, CA, United States", new() { Exact = true }).ClickAsync();
        await page.Locator("[name='org']").FillAsync("Tailspin Toys");
        await page.Locator("[name='urls[LinkedIn]']").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("[name='urls[GitHub]']").FillAsync("https://github.com/jordan-rivera-example");
        await page.Locator(Card(0)).SelectOptionAsync("California");
        await page.Locator($"{Card(1)}[value='Yes']").CheckAsync();
        await page.Locator($"{Card(2)}[value='No']").CheckAsync();
        await page.Locator($"{Card(3)}[value='Yes']").CheckAsync();
        await page.Locator(Card(4)).FillAsync("5");
        foreach (var tool in new[] { ".NET / C#", "PostgreSQL", "React", "Kubernetes", "Terraform" })
        {
            await page.Locator($"{Card(5)}[value='{tool}']").CheckAsync();
        }

        await page.Locator(Card(6)).FillAsync("2 weeks");
        await page.Locator(Card(7)).FillAsync("$120,000");
        await page.Locator($"{Card(8)}[value='No']").CheckAsync();
        await page.Locator("[name='cards[a07d2e91-5b3c-4f68-b0e4-c19a8d72f605][field0]']").SelectOptionAsync(new SelectOptionValue { Label = "LinkedIn" });
        await page.Locator("[name='eeo[gender]']").SelectOptionAsync("Male");
        await page.Locator("[name='eeo[race]']").SelectOptionAsync("Hispanic or Latino");
        await page.Locator("[name='eeo[veteran]']").SelectOptionAsync("I am not a veteran");
        await page.Locator("[name='eeo[disability]']").SelectOptionAsync(new SelectOptionValue { Label = "I do not want to answer" });
        await page.Locator("#btn-submit").ClickAsync();
    }

    private static async Task FillSmartRecruitersGlasswing(IPage page)
    {
        // Playwright's CSS engine pierces open shadow roots, so these selectors reach the controls inside each component.
        static string Answer(string id) => $"[name='answers[{id}]']";
        await page.Locator("spl-input[name='firstName'] input").FillAsync("Jordan");
        await page.Locator("spl-input[name='lastName'] input").FillAsync("Rivera");
        await page.Locator("spl-input[name='email'] input").FillAsync("jordan.rivera@example.org");
        await page.Locator("spl-input[name='confirmEmail'] input").FillAsync("jordan.rivera@example.org");
        await page.Locator("spl-autocomplete[name='location'] input").PressSequentiallyAsync("San Fr");
        await page.Locator("spl-autocomplete[name='location']").GetByRole(AriaRole.Option, new() { Name = "San Francisco, CA, United States", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("spl-phone-field select")).ToHaveValueAsync("US");
        await page.Locator("spl-phone-field input").FillAsync("415 555 0134");
        await page.Locator("spl-file-upload input[type='file']").SetInputFilesAsync(Resume);
        await page.Locator("spl-input[name='linkedin'] input").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator($"{Answer("6a0f31c2")} input[value='yes']").CheckAsync();
        await page.Locator($"{Answer("6a0f31c3")} input[value='no']").CheckAsync();
        await page.Locator($"{Answer("6a0f31c4")} input[value='yes']").CheckAsync();
        await page.Locator($"{Answer("6a0f31c5")} button").ClickAsync();
        await page.Locator(Answer("6a0f31c5")).GetByRole(AriaRole.Option, new() { Name = "4-6", Exact = true }).ClickAsync();
        foreach (var tool in new[] { "C#", "PostgreSQL", "TypeScript", "React", "Kubernetes" })
        {
            await page.Locator(Answer("6a0f31c6")).GetByRole(AriaRole.Checkbox, new() { Name = tool, Exact = true }).CheckAsync();
        }

        await page.Locator($"{Answer("6a0f31c7")} button").ClickAsync();
        await page.Locator(Answer("6a0f31c7")).GetByRole(AriaRole.Option, new() { Name = "Bachelor's degree", Exact = true }).ClickAsync();
        await page.Locator($"{Answer("6a0f31c8")} input[value='n2']").CheckAsync();
        await page.Locator($"{Answer("6a0f31c9")} input").FillAsync("120000");
        await page.Locator($"{Answer("6a0f31ca")} input[value='no']").CheckAsync();
        await page.Locator("spl-checkbox[name='privacyPolicy'] input").CheckAsync();
        await page.Locator("spl-button#submit-application button").ClickAsync();
    }

    private static async Task FillTeamtailorAmbergate(IPage page)
    {
        static string Answer(int index, string part) => $"[name='candidate[answers_attributes][{index}][{part}]']";
        await page.GetByRole(AriaRole.Button, new() { Name = "Only necessary" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply for this job" }).ClickAsync();
        await page.Locator("#candidate_first_name").FillAsync("Jordan");
        await page.Locator("#candidate_last_name").FillAsync("Rivera");
        await page.Locator("#candidate_email").FillAsync("jordan.rivera@example.org");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Telephone country code" }).ClickAsync();
        await page.Locator("#iti-0__item-us-preferred").ClickAsync();
        await page.Locator("#candidate_phone").FillAsync("(415) 555-0134");
        await Assertions.Expect(page.Locator("#candidate_phone_full")).ToHaveValueAsync("+14155550134");
        await page.Locator("#candidate_resume").SetInputFilesAsync(Resume);
        await page.Locator($"{Answer(0, "boolean")}[value='true']").CheckAsync();
        await page.Locator($"{Answer(1, "boolean")}[value='false']").CheckAsync();
        await page.Locator(Answer(2, "range")).FillAsync("5");
        await Assertions.Expect(page.Locator("#answer_2811403_output")).ToHaveTextAsync("5 years");
        await page.Locator(Answer(3, "choices][")).SelectOptionAsync(new SelectOptionValue { Label = "Pacific (PT)" });
        foreach (var tool in new[] { "C# / .NET", "PostgreSQL", "TypeScript", "React", "Kubernetes", "Terraform" })
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = tool, Exact = true }).CheckAsync();
        }

        await page.Locator(Answer(5, "date")).FillAsync("2026-01-15");
        await page.Locator(Answer(6, "text")).FillAsync("120000");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Spanish", Exact = true }).CheckAsync();
        await page.Locator(Answer(8, "choices][")).SelectOptionAsync(new SelectOptionValue { Label = "LinkedIn" });
        await page.Locator("[name='candidate[consent_given]']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
    }
}
