using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>
/// Each held-out or retired form can be filled by hand (values set straight into known selectors, no engine) and the site accepts
/// that first attempt as exactly right: the expectation is satisfiable and the page works in a real Chromium. The
/// engine is never run here; its scores on these forms come only from <c>script/bench forms</c>.
/// </summary>
public sealed partial class HeldOutFormsAreSatisfiable : HandFilledForms
{
    // The first batch's fillers; each later batch adds its own from its own file (SecondBatchFillers, ThirdBatchFillers, FourthBatchAFillers, FourthBatchBFillers, FifthBatchAFillers, FifthBatchBFillers, SixthBatchAFillers, SixthBatchBFillers, SeventhBatchAFillers, SeventhBatchBFillers, EighthBatchAFillers, EighthBatchBFillers, NinthBatchAFillers, NinthBatchBFillers, TenthBatchAFillers, TenthBatchBFillers, EleventhBatchAFillers, EleventhBatchBFillers).
    private static readonly Dictionary<string, Func<IPage, Task>> FirstBatchFillers = new()
    {
        ["ashby-relecloud"] = FillAshbyRelecloud,
        ["greenhouse-wingtip"] = FillGreenhouseWingtip,
        ["icims-alpineski"] = FillIcimsAlpineSki,
        ["jobvite-margies"] = FillJobviteMargies,
        ["lever-proseware"] = FillLeverProseware,
        ["personio-lucerne"] = FillPersonioLucerne,
        ["pinpoint-tailwind"] = FillPinpointTailwind,
        ["rippling-coho"] = FillRipplingCoho,
        ["smartrecruiters-adventureworks"] = FillSmartRecruitersAdventureWorks,
        ["workday-woodgrove"] = FillWorkdayWoodgrove,
    };

    private static Dictionary<string, Func<IPage, Task>> Fillers =>
        FirstBatchFillers.Concat(SecondBatchFillers()).Concat(ThirdBatchFillers()).Concat(FourthBatchAFillers()).Concat(FourthBatchBFillers()).Concat(FifthBatchAFillers()).Concat(FifthBatchBFillers()).Concat(SixthBatchAFillers()).Concat(SixthBatchBFillers()).Concat(SeventhBatchAFillers()).Concat(SeventhBatchBFillers()).Concat(EighthBatchAFillers()).Concat(EighthBatchBFillers()).Concat(NinthBatchAFillers()).Concat(NinthBatchBFillers()).Concat(TenthBatchAFillers()).Concat(TenthBatchBFillers()).Concat(EleventhBatchAFillers()).Concat(EleventhBatchBFillers()).ToDictionary(f => f.Key, f => f.Value);

    private static IEnumerable<string> HeldOutOrRetired => FixtureCatalog.HeldOutForms.Concat(FixtureCatalog.RetiredForms);

    public static TheoryData<string> Forms => [.. HeldOutOrRetired];

    [Fact]
    public void Every_held_out_or_retired_form_has_a_hand_filler() =>
        Assert.Equal(HeldOutOrRetired.Order(StringComparer.Ordinal), Fillers.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Forms))]
    public Task A_correct_hand_fill_is_accepted_on_the_first_attempt_and_reaches_the_confirmation(string form) =>
        FillAndCheckAsync(form, Fillers[form]);

    private static async Task FillGreenhouseWingtip(IPage page)
    {
        var frame = page.FrameLocator("#grnhse_iframe");
        await frame.Locator("#first_name").FillAsync("Jordan");
        await frame.Locator("#last_name").FillAsync("Rivera");
        await frame.Locator("#email").FillAsync("jordan.rivera@example.org");
        await frame.Locator("#phone_country").SelectOptionAsync("US");
        await frame.Locator("#phone").FillAsync("(415) 555-0134");
        await frame.Locator("#auto_complete_input").PressSequentiallyAsync("San Fra");
        await frame.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await frame.Locator("#resume_file").SetInputFilesAsync(Resume);
        await frame.Locator("#question_30417").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await frame.Locator("#question_30419").SelectOptionAsync("1");
        await frame.Locator("#question_30420").SelectOptionAsync("0");
        await frame.Locator("#question_30421").SelectOptionAsync("1");
        await frame.Locator("#question_30422").FillAsync("$120,000");
        await frame.Locator("#gender").SelectOptionAsync("1");
        await frame.Locator("#hispanic_ethnicity").SelectOptionAsync("Yes");
        await frame.Locator("#veteran_status").SelectOptionAsync("1");
        await frame.Locator("#disability_status").SelectOptionAsync("3");
        await frame.Locator("#submit_app").ClickAsync();
    }

    private static async Task FillLeverProseware(IPage page)
    {
        await page.Locator("#resume-upload-input").SetInputFilesAsync(Resume);
        await page.Locator("#name").FillAsync("Jordan Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("+1 415 555 0134");
        await page.Locator("#location-input").FillAsync("San Francisco, CA");
        await page.Locator("#org").FillAsync("Tailspin Toys");
        await page.Locator("#urls-linkedin").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("#urls-github").FillAsync("https://github.com/jordan-rivera-example");
        await page.Locator("input[name='cards[6f2a1c3e][field0]'][value='2 weeks']").CheckAsync();
        foreach (var skill in new[] { "C#/.NET", "Kubernetes", "PostgreSQL", "React", "Terraform" })
        {
            await page.Locator($"input[name='cards[6f2a1c3e][field1]'][value='{skill}']").CheckAsync();
        }

        await page.Locator("#card-field2").SelectOptionAsync("Bachelor's degree");
        await page.Locator("input[name='cards[6f2a1c3e][field3]'][value='Yes']").CheckAsync();
        await page.Locator("#eeo-gender").SelectOptionAsync("Male");
        await page.Locator("#eeo-race").SelectOptionAsync("Hispanic or Latino");
        await page.Locator("#eeo-veteran").SelectOptionAsync("I am not a veteran");
        await page.Locator("#btn-submit").ClickAsync();
    }

    private static async Task FillWorkdayWoodgrove(IPage page)
    {
        await Choose(page, "#source", "LinkedIn");
        await Choose(page, "#country", "United States of America");
        await page.Locator("#legalName--firstName").FillAsync("Jordan");
        await page.Locator("#legalName--lastName").FillAsync("Rivera");
        await page.Locator("#addressSection_addressLine1").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#addressSection_city").FillAsync("San Francisco");
        await Choose(page, "#addressSection_countryRegion", "California");
        await page.Locator("#addressSection_postalCode").FillAsync("94110");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await Choose(page, "#phone-device-type", "Mobile");
        await Choose(page, "#country-phone-code", "United States of America (+1)");
        await page.Locator("#phone-number").FillAsync("415-555-0134");
        await page.Locator("[data-automation-id='pageFooterNextButton']").ClickAsync();

        foreach (var skill in new[] { "C#", ".NET", "PostgreSQL", "TypeScript", "React", "Kubernetes", "Terraform" })
        {
            await page.Locator("#skills").FillAsync(skill);
            await page.GetByRole(AriaRole.Option, new() { Name = skill, Exact = true }).ClickAsync();
        }

        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("[data-automation-id='pageFooterNextButton']").ClickAsync();

        await Choose(page, "#q-authorized", "Yes");
        await Choose(page, "#q-sponsorship", "No");
        await Choose(page, "#q-education", "Bachelor's Degree");
        await Choose(page, "#q-years", "3 - 5 years");
        await page.Locator("[data-automation-id='pageFooterNextButton']").ClickAsync();

        await Choose(page, "#gender", "Male");
        await Choose(page, "#ethnicity", "Hispanic or Latino (United States of America)");
        await Choose(page, "#veteranStatus", "I am not a veteran");
        await page.Locator("#termsAndConditions--acceptTermsAndAgreements").CheckAsync();
        await page.Locator("[data-automation-id='pageFooterNextButton']").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review" })).ToBeVisibleAsync();
        await page.Locator("[data-automation-id='pageFooterSubmitButton']").ClickAsync();
    }

    private static async Task FillAshbyRelecloud(IPage page)
    {
        await page.Locator("#q-0").FillAsync("Jordan Rivera");
        await page.Locator("#q-1").FillAsync("jordan.rivera@example.org");
        await page.Locator("#q-2").FillAsync("+1 415 555 0134");
        await page.Locator("#q-3").FillAsync("San Francisco, United States");
        await page.Locator("#q-4").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("[data-key='c06f7d21']").GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true }).ClickAsync();
        await page.Locator("[data-key='d4e18b93']").GetByRole(AriaRole.Button, new() { Name = "No", Exact = true }).ClickAsync();
        await page.Locator("[data-key='e9a27c55']").GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true }).ClickAsync();
        await page.Locator("[data-key='f3b6e0a8'] [data-value='hybrid']").ClickAsync();
        await page.Locator("#q-10").FillAsync("2026-01-15");
        await page.Locator("#q-11").SelectOptionAsync("3to6");
        await page.Locator("#q-12").FillAsync("120000");
        await page.Locator(".submit").ClickAsync();
    }

    private static async Task FillSmartRecruitersAdventureWorks(IPage page)
    {
        // Playwright's CSS engine pierces open shadow roots, so these selectors reach the nested fields.
        await page.Locator("sr-field[name='firstName'] input").FillAsync("Jordan");
        await page.Locator("sr-field[name='lastName'] input").FillAsync("Rivera");
        await page.Locator("sr-field[name='email'] input").FillAsync("jordan.rivera@example.org");
        await page.Locator("sr-field[name='confirmEmail'] input").FillAsync("jordan.rivera@example.org");
        await page.Locator("sr-field[name='phoneNumber'] input").FillAsync("+1 415 555 0134");
        await page.Locator("sr-field[name='city'] input").FillAsync("San Francisco");
        await page.Locator("sr-field[name='country'] select").SelectOptionAsync("us");
        await page.Locator("sr-field[name='resume'] input[type='file']").SetInputFilesAsync(Resume);
        await page.Locator("sr-field[name='q_eligible'] input[value='true']").CheckAsync();
        await page.Locator("sr-field[name='q_notice'] input").FillAsync("2 weeks");
        await page.Locator("sr-field[name='q_salary'] input").FillAsync("120,000");
        await page.Locator("sr-apply button[type='submit']").ClickAsync();
    }

    private static async Task FillIcimsAlpineSki(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        await page.Locator(Id("PersonProfileFields.FirstName")).FillAsync("Jordan");
        await page.Locator(Id("PersonProfileFields.LastName")).FillAsync("Rivera");
        await page.Locator(Id("PersonProfileFields.Email")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Id("PersonProfileFields.EmailConfirm")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Id("PersonProfileFields.MobilePhone")).FillAsync("+14155550134");
        await page.Locator(Id("PersonProfileFields.AddressStreet1")).FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator(Id("PersonProfileFields.AddressCity")).FillAsync("San Francisco");
        await page.Locator(Id("PersonProfileFields.AddressState")).SelectOptionAsync("CA");
        await page.Locator(Id("PersonProfileFields.AddressZip")).FillAsync("94110");
        await page.Locator(Id("PersonProfileFields.AddressCountry")).SelectOptionAsync("231");
        await page.Locator("#rcf4101").FillAsync("01/15/2026");
        await page.Locator("#rcf4102").FillAsync("120000");
        await page.Locator("#rcf4103").SelectOptionAsync("6601");
        await page.Locator("#rcf4104").SelectOptionAsync("7104");
        await page.Locator("#rcf4105").SelectOptionAsync("8202");
        await page.Locator(Id("PersonProfileFields.Resume")).SetInputFilesAsync(Resume);
        await page.Locator(".iCIMS_Button").ClickAsync();
    }

    private static async Task FillRipplingCoho(IPage page)
    {
        await page.Locator("#in-first_name").FillAsync("Jordan");
        await page.Locator("#in-last_name").FillAsync("Rivera");
        await page.Locator("#in-email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#in-phone").FillAsync("+1 415 555 0134");
        await page.Locator("#country-input").PressSequentiallyAsync("United");
        await page.GetByRole(AriaRole.Option, new() { Name = "United States", Exact = true }).ClickAsync();
        await page.Locator("#resume-input").SetInputFilesAsync(Resume);
        await page.Locator("#in-portfolio").FillAsync("https://jordanrivera.dev/projects");
        await Choose(page, "#cb-education", "Bachelor's degree");
        await Choose(page, "#cb-experience", "5-9 years");
        await Choose(page, "#cb-sponsorship", "No");
        await Choose(page, "#cb-arrangement", "Hybrid");
        await page.Locator("#start-month").SelectOptionAsync("01");
        await page.Locator("#start-year").SelectOptionAsync("2026");
        await page.Locator(".go").ClickAsync();
    }

    private static async Task FillPersonioLucerne(IPage page)
    {
        await page.Locator("#first_name").FillAsync("Jordan");
        await page.Locator("#last_name").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("+1 415 555 0134");
        await page.Locator("#available_from").FillAsync("15.01.2026");
        await page.Locator("#salary_expectations").FillAsync("120000");
        await page.Locator("#salary_currency").SelectOptionAsync("USD");
        await page.Locator("#custom_attribute_402114").SelectOptionAsync("lt1m");
        await page.Locator("#custom_attribute_402115").SelectOptionAsync(new[] { "en", "es" });
        await page.Locator("#custom_attribute_402116").SelectOptionAsync("yes");
        await page.Locator("#custom_attribute_402117").SelectOptionAsync("linkedin");
        await page.Locator("#documents").SetInputFilesAsync(Resume);
        await page.Locator("#privacy").CheckAsync();
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillPinpointTailwind(IPage page)
    {
        await page.Locator("#application_first_name").FillAsync("Jordan");
        await page.Locator("#application_last_name").FillAsync("Rivera");
        await page.Locator("#application_email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#application_phone").FillAsync("+1 415 555 0134");
        await page.Locator("#application_location").FillAsync("San Francisco");
        await page.Locator("#application_cv").SetInputFilesAsync(Resume);
        await page.Locator("#answer_2201").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("input[name='application[answers][2202]'][value='Yes']").CheckAsync();
        await page.Locator("#answer_2203").FillAsync("120000");
        await page.Locator("#answer_2204").FillAsync(FixtureCatalog.Expected("pinpoint-tailwind").Outcome.Answer!);
        await page.Locator(".submit").ClickAsync();
    }

    private static async Task FillJobviteMargies(IPage page)
    {
        await page.Locator("#jv-first").FillAsync("Jordan");
        await page.Locator("#jv-last").FillAsync("Rivera");
        await page.Locator("#jv-email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#jv-phone").FillAsync("+1 415 555 0134");
        await page.Locator("#jv-city").FillAsync("San Francisco");
        await page.Locator("#jv-zip").FillAsync("94110");
        await page.Locator("#jv-resume").SetInputFilesAsync(Resume);
        await page.Locator("#jv-next").ClickAsync();
        await page.Locator("#jv-q1").SelectOptionAsync("25");
        await page.Locator("input[name='q_former'][value='N']").CheckAsync();
        await page.Locator("input[name='q_relatives'][value='N']").CheckAsync();
        await page.Locator("input[name='q_background'][value='Y']").CheckAsync();
        await page.Locator("input[name='q_noncompete'][value='N']").CheckAsync();
        await page.Locator("#jv-q5").FillAsync("2026-01-15");
        await page.Locator("#jv-next").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Your answers" })).ToContainTextAsync("Up to 25%");
        await page.Locator("input[name='certify']").CheckAsync();
        await page.Locator("#jv-submit").ClickAsync();
    }
}
