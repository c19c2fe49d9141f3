using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the held-out batch written on 2026-12-06 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> SecondBatchFillers() => new()
    {
        ["comeet-blueyonder"] = FillComeetBlueYonder,
        ["dover-humongous"] = FillDoverHumongous,
        ["eightfold-wideworld"] = FillEightfoldWideWorld,
        ["freshteam-trey"] = FillFreshteamTrey,
        ["greenhouse-munsons"] = FillGreenhouseMunsons,
        ["homerun-vanarsdel"] = FillHomerunVanArsdel,
        ["paylocity-fourthcoffee"] = FillPaylocityFourthCoffee,
        ["phenom-lamna"] = FillPhenomLamna,
        ["ukg-contoso"] = FillUkgContoso,
        ["zohorecruit-litware"] = FillZohoRecruitLitware,
    };

    private static async Task FillPaylocityFourthCoffee(IPage page)
    {
        await page.Locator("#Applicant_FirstName").FillAsync("Jordan");
        await page.Locator("#Applicant_LastName").FillAsync("Rivera");
        await page.Locator("#Applicant_Address_Address1").FillAsync("2150 Folsom Street");
        await page.Locator("#Applicant_Address_Address2").FillAsync("Apt 4B");
        await page.Locator("#Applicant_Address_City").FillAsync("San Francisco");
        await page.Locator("#Applicant_Address_State").SelectOptionAsync("CA");
        await page.Locator("#Applicant_Address_Zip").FillAsync("94110");
        await page.Locator("#Applicant_Email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#Applicant_Phone").FillAsync("(415) 555-0134");
        await page.Locator("#Resume").SetInputFilesAsync(Resume);
        await page.Locator("#Questions_0__Answer").SelectOptionAsync("Yes");
        await page.Locator("#Questions_1__Answer").SelectOptionAsync("Yes");
        await page.Locator("#Questions_2__Answer").SelectOptionAsync("No");
        await page.Locator("#DateAvailable").FillAsync("01/15/2026");
        await page.Locator("#DesiredPay").FillAsync("$120,000");
        await page.Locator("#DesiredPayPer").SelectOptionAsync("Year");
        await page.Locator("#Eeo_Gender").SelectOptionAsync("M");
        await page.Locator("#Eeo_Race").SelectOptionAsync("4");
        await page.Locator("#Eeo_Veteran").SelectOptionAsync("2");
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillUkgContoso(IPage page)
    {
        var next = page.Locator("#next");
        await page.Locator("#FirstName").FillAsync("Jordan");
        await page.Locator("#LastName").FillAsync("Rivera");
        await page.Locator("#EmailAddress").FillAsync("jordan.rivera@example.org");
        await page.Locator("#PhoneCountryCode").SelectOptionAsync("US");
        await page.Locator("#PhoneNumber").FillAsync("415-555-0134");
        await page.Locator("#Country").SelectOptionAsync("USA");
        await page.Locator("#AddressLine1").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#City").FillAsync("San Francisco");
        await page.Locator("#State").SelectOptionAsync("CA");
        await page.Locator("#PostalCode").FillAsync("94110");
        await next.ClickAsync();

        await page.Locator("#Resume").SetInputFilesAsync(Resume);
        await next.ClickAsync();

        await page.Locator("input[name='Answers.Q4410'][value='Y']").CheckAsync();
        await page.Locator("input[name='Answers.Q4411'][value='N']").CheckAsync();
        await page.Locator("#Q4412").SelectOptionAsync("3");
        await page.Locator("input[name='Answers.Q4413'][value='HYBRID']").CheckAsync();
        await page.Locator("#Q4414").FillAsync("2026-01-15");
        await page.Locator("#Q4415").FillAsync("120000");
        await page.Locator("#Q4415Frequency").SelectOptionAsync("ANNUALLY");
        await next.ClickAsync();

        await page.Locator("input[name='Eeo.Gender'][value='MALE']").CheckAsync();
        await page.Locator("#EeoEthnicity").SelectOptionAsync("HL");
        await page.Locator("#EeoVeteran").SelectOptionAsync("NV");
        await next.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Application summary" })).ToContainTextAsync("3 - 5 years");
        await page.Locator("#Certify").CheckAsync();
        await page.Locator("#submit").ClickAsync();
    }

    private static async Task FillZohoRecruitLitware(IPage page)
    {
        var frame = page.FrameLocator("#zr-careers");
        await frame.Locator("#Candidates_First_Name").FillAsync("Jordan");
        await frame.Locator("#Candidates_Last_Name").FillAsync("Rivera");
        await frame.Locator("#Candidates_Email").FillAsync("jordan.rivera@example.org");
        await frame.Locator("#Candidates_Mobile").FillAsync("+1 415 555 0134");
        await frame.Locator("#Candidates_Street").FillAsync("2150 Folsom Street, Apt 4B");
        await frame.Locator("#Candidates_City").FillAsync("San Francisco");
        await frame.Locator("#Candidates_State").FillAsync("California");
        await frame.Locator("#Candidates_Zip_Code").FillAsync("94110");
        await frame.Locator("#Candidates_Country").SelectOptionAsync("United States");
        await frame.Locator("#Candidates_Current_Employer").FillAsync("Tailspin Toys");
        await frame.Locator("#Candidates_Current_Job_Title").FillAsync("Senior Software Engineer");
        await frame.Locator("#Candidates_Experience_in_Years").FillAsync("5");
        await frame.Locator("#Candidates_Highest_Qualification_Held").SelectOptionAsync("Bachelor's Degree");
        await frame.Locator("#Candidates_Expected_Salary").FillAsync("120,000");
        await frame.Locator("#Candidates_Available_From").FillAsync("15-Jan-2026");
        await frame.Locator("#Candidates_Resume").SetInputFilesAsync(Resume);
        await frame.Locator("input[name='Data Processing Consent']").CheckAsync();
        await frame.Locator(".cw-submit").ClickAsync();
    }

    private static async Task FillFreshteamTrey(IPage page)
    {
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#first_name").FillAsync("Jordan");
        await page.Locator("#last_name").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator(".iti__selected-flag").ClickAsync();
        await page.Locator(".iti__country", new() { HasText = "United States" }).ClickAsync();
        await page.Locator("#mobile").FillAsync("(415) 555-0134");
        await page.Locator("#location").FillAsync("San Francisco, United States");
        await page.Locator("#notice_period").FillAsync("14");
        await page.Locator("#expected_salary").FillAsync("120000");
        await page.Locator("input[name='candidate[custom][cf_us_work_authorization]'][value='Yes']").CheckAsync();
        await page.Locator("input[name='candidate[custom][cf_visa_sponsorship]'][value='No']").CheckAsync();
        await page.Locator(".fs-btn").ClickAsync();
    }

    private static async Task FillHomerunVanArsdel(IPage page)
    {
        await page.GetByLabel("First name").FillAsync("Jordan");
        await page.GetByLabel("Last name").FillAsync("Rivera");
        await page.GetByLabel("Email address").FillAsync("jordan.rivera@example.org");
        await page.GetByLabel("Phone number").FillAsync("+1 415 555 0134");
        await page.GetByLabel("Where do you live?").FillAsync("San Francisco, CA");
        await page.Locator("input[name='resume']").SetInputFilesAsync(Resume);
        await page.GetByLabel("LinkedIn profile").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("select[name='answers[q_start_day]']").SelectOptionAsync("15");
        await page.Locator("select[name='answers[q_start_month]']").SelectOptionAsync("1");
        await page.Locator("select[name='answers[q_start_year]']").SelectOptionAsync("2026");
        await page.Locator("input[name='answers[q_salary]']").FillAsync("120000");
        await page.Locator(".pill", new() { HasText = "English" }).ClickAsync();
        await page.Locator(".pill", new() { HasText = "Spanish" }).ClickAsync();
        await page.GetByRole(AriaRole.Switch).ClickAsync();
        await page.Locator(".send").ClickAsync();
    }

    private static async Task FillComeetBlueYonder(IPage page)
    {
        await page.Locator("#apply-cta").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Locator("#c-first").FillAsync("Jordan");
        await dialog.Locator("#c-last").FillAsync("Rivera");
        await dialog.Locator("#c-email").FillAsync("jordan.rivera@example.org");
        await dialog.Locator("#c-phone").FillAsync("+1 415 555 0134");
        await dialog.Locator("#c-linkedin").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await dialog.Locator("#c-resume").SetInputFilesAsync(Resume);
        await dialog.Locator("#c-q1").FillAsync("2026-01-15");
        await dialog.Locator("#c-q2").SelectOptionAsync("5-7");
        foreach (var skill in new[] { "C#", "Kubernetes", "PostgreSQL", "React", "Terraform" })
        {
            await dialog.Locator($"input[name='questions[technologies][]'][value='{skill}']").CheckAsync();
        }

        await dialog.Locator("input[name='questions[us_work_eligibility]'][value='yes']").CheckAsync();
        await dialog.Locator("#c-q5").SelectOptionAsync("no");
        await dialog.Locator("#c-q6").SelectOptionAsync("yes");
        await dialog.Locator("input[name='privacy_consent']").CheckAsync();
        await dialog.Locator(".comeet-submit").ClickAsync();
    }

    private static async Task FillDoverHumongous(IPage page)
    {
        await page.Locator("#firstName").FillAsync("Jordan");
        await page.Locator("#lastName").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#linkedinUrl").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("[data-name='authorizedUS'] button[data-value='yes']").ClickAsync();
        await page.Locator("[data-name='needsSponsorship'] button[data-value='no']").ClickAsync();
        await page.Locator("#q_why").FillAsync(FixtureCatalog.Expected("dover-humongous").Outcome.Answer!);
        await page.Locator(".cta").ClickAsync();
    }

    private static async Task FillEightfoldWideWorld(IPage page)
    {
        await page.Locator("#resume-upload").SetInputFilesAsync(Resume);
        await Assertions.Expect(page.Locator("#currentTitle")).ToHaveValueAsync("Software Engineer");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phoneCountry").SelectOptionAsync("+1");
        await page.Locator("#phone").FillAsync("(415) 555-0134");
        await page.Locator("#currentTitle").FillAsync("Senior Software Engineer");
        await Choose(page, "#education-toggle", "Bachelor's degree");
        await Choose(page, "#workAuthorization-toggle", "Yes");
        await Choose(page, "#sponsorship-toggle", "No");
        await Choose(page, "#workSetup-toggle", "Hybrid");
        await page.Locator("#desiredCompensation").FillAsync("120000");
        await Choose(page, "#gender-toggle", "Male");
        await Choose(page, "#veteran-toggle", "I am not a protected veteran");
        await page.Locator("input[name='privacyConsent']").CheckAsync();
        await page.Locator(".submit").ClickAsync();
    }

    private static async Task FillPhenomLamna(IPage page)
    {
        // Playwright's CSS engine pierces open shadow roots, so "ph-text[name=x] input" reaches each field's control.
        static string Field(string tag, string name, string control) => $"{tag}[name='{name}'] {control}";
        var next = page.Locator("#ph-next");
        await page.Locator(Field("ph-text", "firstName", "input")).FillAsync("Jordan");
        await page.Locator(Field("ph-text", "lastName", "input")).FillAsync("Rivera");
        await page.Locator(Field("ph-text", "email", "input")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Field("ph-select", "phoneCountryCode", "select")).SelectOptionAsync("US");
        await page.Locator(Field("ph-text", "phoneNumber", "input")).FillAsync("415-555-0134");
        await page.Locator(Field("ph-text", "addressLine1", "input")).FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator(Field("ph-text", "city", "input")).FillAsync("San Francisco");
        await page.Locator(Field("ph-select", "state", "select")).SelectOptionAsync("CA");
        await page.Locator(Field("ph-text", "postalCode", "input")).FillAsync("94110");
        await next.ClickAsync();

        await page.Locator(Field("ph-file", "resume", "input[type='file']")).SetInputFilesAsync(Resume);
        await page.Locator(Field("ph-radio", "q_eligible", "input[value='1']")).CheckAsync();
        await page.Locator(Field("ph-radio", "q_sponsorship", "input[value='0']")).CheckAsync();
        await page.Locator(Field("ph-select", "q_experience", "select")).SelectOptionAsync("C");
        await page.Locator(Field("ph-text", "q_start", "input")).FillAsync("2026-01-15");
        await page.Locator(Field("ph-text", "q_salary", "input")).FillAsync("120000");
        await next.ClickAsync();

        await page.Locator(Field("ph-select", "eeo_gender", "select")).SelectOptionAsync("M");
        await page.Locator(Field("ph-select", "eeo_ethnicity", "select")).SelectOptionAsync("HL");
        await page.Locator(Field("ph-select", "eeo_veteran", "select")).SelectOptionAsync("N");
        await page.Locator(Field("ph-select", "eeo_disability", "select")).SelectOptionAsync("D");
        await next.ClickAsync();

        await Assertions.Expect(page.Locator("#review")).ToContainTextAsync("5-7 years");
        await page.Locator("#ph-submit").ClickAsync();
    }

    private static async Task FillGreenhouseMunsons(IPage page)
    {
        await page.Locator("#first_name").FillAsync("Jordan");
        await page.Locator("#last_name").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await Choose(page, "#country", "United States +1");
        await page.Locator("#phone").FillAsync("415 555 0134");
        await page.Locator("#candidate-location").PressSequentiallyAsync("San Fra");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#question_7001").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("#question_7003").FillAsync("Tailspin Toys");
        await Choose(page, "#question_7004", "Yes");
        await Choose(page, "#question_7005", "No");
        await Choose(page, "#question_7006", "3-5 years");
        await Choose(page, "#question_7007", "Portland office, a few days a week");
        await Choose(page, "#gender", "Male");
        await Choose(page, "#hispanic_ethnicity", "Yes");
        await Choose(page, "#veteran_status", "I am not a protected veteran");
        await Choose(page, "#disability_status", "I do not want to answer");
        await page.Locator(".btn--submit").ClickAsync();
    }
}
