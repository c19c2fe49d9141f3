using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the second five forms of the held-out batch written as 2026-12-07-4 (<see cref="GhostHands.Fixtures.FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> SixthBatchBFillers() => new()
    {
        ["icims-ridgeline"] = FillIcimsRidgeline,
        ["jobvite-pelicanbay"] = FillJobvitePelicanBay,
        ["lever-lanternfish"] = FillLeverLanternfish,
        ["oraclecloud-cardinalplains"] = FillOracleCloudCardinalPlains,
        ["personio-holmgaard"] = FillPersonioHolmgaard,
    };

    private static async Task FillLeverLanternfish(IPage page)
    {
        static string Card(int field) => $"[name='cards[a3c9e1f7-5b28-4d06-8e4a-1f7d2c9b60e5][field{field}]']";
        await page.Locator("#resume-upload-input").SetInputFilesAsync(Resume);
        await Assertions.Expect(page.Locator(".resume-upload-success")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("input[name='org']")).ToHaveValueAsync("Tailspin Toys");
        await page.Locator("input[name='name']").FillAsync("Jordan Rivera");
        await page.Locator("#location-input").PressSequentiallyAsync("San Fr");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await page.Locator($"{Card(0)}[value='Yes']").CheckAsync();
        await page.Locator($"{Card(1)}[value='No']").CheckAsync();
        await page.Locator(Card(2)).SelectOptionAsync("Pacific Time");
        await page.Locator($"{Card(3)}[value='3-6 years']").CheckAsync();
        foreach (var tool in new[] { "C#", "PostgreSQL", "Kubernetes", "Terraform" })
        {
            await page.Locator($"{Card(4)}[value='{tool}']").CheckAsync();
        }

        await page.Locator($"{Card(5)}[value='A mix: some days at our Manhattan office, the rest from home']").CheckAsync();
        await page.Locator(Card(6)).FillAsync("2 weeks");
        await page.Locator(Card(7)).FillAsync("$120,000");
        await page.Locator("select[name='eeo[gender]']").SelectOptionAsync("Male");
        await page.Locator("select[name='eeo[race]']").SelectOptionAsync("Hispanic or Latino");
        await page.Locator("select[name='eeo[veteran]']").SelectOptionAsync("I am not a veteran");
        await page.Locator("select[name='eeo[disability]']").SelectOptionAsync("I do not want to answer");
        await page.Locator("#btn-submit").ClickAsync();
    }

    private static async Task FillIcimsRidgeline(IPage page)
    {
        var frame = page.FrameLocator("#icims_content_iframe");
        static string Id(string id) => $"[id='{id}']";
        async Task Pick(string select, string option)
        {
            await frame.Locator($".dropdown-container:has({Id(select)}) .dropdown-toggle").ClickAsync();
            await frame.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await frame.Locator(Id("PersonProfileFields.Email")).FillAsync("jordan.rivera@example.org");
        await frame.Locator("[data-step='0'] [data-next='1']").ClickAsync();

        await frame.Locator(Id("PersonProfileFields.FirstName")).FillAsync("Jordan");
        await frame.Locator(Id("PersonProfileFields.LastName")).FillAsync("Rivera");
        await Pick("-1_PersonProfileFields.PhoneType", "Cell");
        await frame.Locator(Id("-1_PersonProfileFields.PhoneNumber")).FillAsync("(415) 555-0134");
        await frame.Locator(Id("-1_PersonProfileFields.AddressStreet1")).FillAsync("2150 Folsom Street, Apt 4B");
        await frame.Locator(Id("-1_PersonProfileFields.AddressCity")).FillAsync("San Francisco");
        await Pick("-1_PersonProfileFields.AddressCountry", "United States");
        await Pick("-1_PersonProfileFields.AddressState", "California");
        await frame.Locator(Id("-1_PersonProfileFields.AddressZip")).FillAsync("94110");
        await frame.Locator(Id("PortalProfileFields.Resume")).SetInputFilesAsync(Resume);
        await frame.Locator("[data-step='1'] [data-next='2']").ClickAsync();

        await Pick("rcf3101", "Yes");
        await Pick("rcf3102", "Yes");
        await Pick("rcf3103", "No");
        await Pick("rcf3104", "Yes");
        await Pick("rcf3105", "5 to less than 8 years");
        await Pick("rcf3106", "Bachelor's Degree");
        await Pick("rcf3107", "No");
        await frame.Locator("#rcf3108").FillAsync("120000");
        await frame.Locator("#rcf3109").FillAsync("01/15/2026");
        await Pick("rcf3110", "LinkedIn");
        await frame.Locator("[data-step='2'] [data-next='3']").ClickAsync();

        await Pick("PersonProfileFields.Gender", "Male");
        await Pick("PersonProfileFields.Race", "Hispanic or Latino");
        await Pick("PersonProfileFields.Veteran", "I am not a protected veteran");
        await frame.Locator("[data-step='3'] [data-next='4']").ClickAsync();

        await frame.Locator(Id("ESignature.FullName")).FillAsync("Jordan Rivera");
        await frame.Locator("#iCIMS_SubmitApplication").ClickAsync();
    }

    private static async Task FillJobvitePelicanBay(IPage page)
    {
        static string Key(string key) => $"[data-key='{key}']";
        async Task Select(string key, string option) => await page.Locator($"{Key(key)} select").SelectOptionAsync(new SelectOptionValue { Label = option });
        async Task Box(string key, string option) => await page.Locator(Key(key)).GetByText(option, new() { Exact = true }).ClickAsync();

        await page.Locator($"{Key("resume")} input[type='file']").SetInputFilesAsync(Resume);
        await Assertions.Expect(page.Locator(".jv-file-chosen")).ToBeVisibleAsync();
        await page.Locator($"{Key("firstName")} input").FillAsync("Jordan");
        await page.Locator($"{Key("lastName")} input").FillAsync("Rivera");
        await page.Locator($"{Key("email")} input").FillAsync("jordan.rivera@example.org");
        await page.Locator($"{Key("phone")} input").FillAsync("415-555-0134");
        await page.Locator($"{Key("city")} input").FillAsync("San Francisco");
        await Select("state", "California");
        await page.Locator($"{Key("postalCode")} input").FillAsync("94110");
        await page.Locator($"{Key("linkedin")} input").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Box("cf_8712001", "Yes");
        await Box("cf_8712002", "No");
        await Select("cf_8712003", "4 to 6 years");
        foreach (var tool in new[] { "csharp", "dotnet", "postgres", "k8s", "react" })
        {
            await page.Locator($"{Key("cf_8712004")} input[value='{tool}']").CheckAsync();
        }

        await Select("cf_8712005", "Tuesday to Thursday in Jacksonville, Monday and Friday at home");
        await Box("cf_8712006", "Yes");
        await Select("cf_8712007", "Within 2 weeks");
        await page.Locator($"{Key("cf_8712008")} input").FillAsync("120000");
        await Box("cf_8712009", "No");
        await Select("cf_8712011", "LinkedIn");
        await Select("eeo.gender", "Male");
        await Select("eeo.race", "Hispanic or Latino");
        await Select("eeo.veteran", "I am not a protected veteran");
        await Select("eeo.disability", "I do not want to answer");
        await page.Locator("#jv-send-application").ClickAsync();
    }

    private static async Task FillOracleCloudCardinalPlains(IPage page)
    {
        async Task Pill(string question, string answer) =>
            await page.Locator($"[data-field='question_{question}']").GetByRole(AriaRole.Button, new() { Name = answer, Exact = true }).ClickAsync();
        var next = page.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true });

        await page.Locator("#input-email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#legal-disclaimer-checkbox").CheckAsync();
        await next.ClickAsync();

        await page.Locator("#input-firstName").FillAsync("Jordan");
        await page.Locator("#input-lastName").FillAsync("Rivera");
        await page.Locator("#select-phoneCountryCode").ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Search Country Code" }).FillAsync("United States");
        await page.GetByRole(AriaRole.Option, new() { Name = "United States (+1)", Exact = true }).ClickAsync();
        await page.Locator("#input-phoneNumber").FillAsync("415-555-0134");
        await page.Locator("#input-addressLine1").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#input-postalCode").PressSequentiallyAsync("9411");
        await page.GetByRole(AriaRole.Option, new() { Name = "94110 San Francisco, San Francisco County, California", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#input-region2")).ToHaveValueAsync("California");
        await next.ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add Education", Exact = true }).ClickAsync();
        await Choose(page, "#select-degree", "Bachelor's Degree");
        await page.Locator("#input-school").PressSequentiallyAsync("Univ");
        await page.GetByRole(AriaRole.Option, new() { Name = "University of California, Davis", Exact = true }).ClickAsync();
        await page.Locator("#input-major").FillAsync("Computer Science");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Pill("300000612840101", "Yes");
        await Pill("300000612840102", "No");
        await Pill("300000612840103", "Yes");
        await Pill("300000612840104", "5 - 7");
        await Pill("300000612840105", "Omaha office on Mondays and Wednesdays, home the rest of the week");
        await Pill("300000612840106", "Yes");
        foreach (var tool in new[] { "C#/.NET", "PostgreSQL", "Kubernetes" })
        {
            await Pill("300000612840107", tool);
        }

        await Pill("300000612840108", "No");
        await next.ClickAsync();

        await page.Locator("#attachment-upload-resume").SetInputFilesAsync(Resume);
        await Choose(page, "#select-gender", "Male");
        await page.Locator("#hispanicLatino-0").CheckAsync();
        await Choose(page, "#select-veteranStatus", "I am not a protected veteran");
        await page.Locator("#disabilityStatus-2").CheckAsync();
        await page.Locator("#input-fullName").FillAsync("Jordan Rivera");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
    }

    private static async Task FillPersonioHolmgaard(IPage page)
    {
        await page.Locator("#input-first_name").FillAsync("Jordan");
        await page.Locator("#input-last_name").FillAsync("Rivera");
        await page.Locator("#input-email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone-country").SelectOptionAsync("US");
        await page.Locator("#input-phone").FillAsync("415 555 0134");
        await page.Locator("#file-cv").SetInputFilesAsync(Resume);
        await Assertions.Expect(page.Locator("[data-test-id='field-cv'] .file-chip")).ToBeVisibleAsync();
        await page.Locator("#input-custom_attribute_2081540").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("#input-custom_attribute_2081541").SelectOptionAsync("California");
        await page.Locator("#input-custom_attribute_2081542").SelectOptionAsync("yes");
        await page.Locator("#input-custom_attribute_2081543").SelectOptionAsync("no");
        await page.Locator("#input-custom_attribute_2081544").FillAsync("5");
        await page.Locator("#ms-custom_attribute_2081545").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "English", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Spanish", Exact = true }).ClickAsync();
        await page.Locator("#ms-custom_attribute_2081545").ClickAsync();
        await page.Locator("#input-available_from").FillAsync("2026-01-15");
        await page.Locator("#input-salary_expectations").FillAsync("120000");
        await page.Locator("#input-custom_attribute_2081546").SelectOptionAsync("upto1");
        await page.Locator("#input-recruiting_channel_id").SelectOptionAsync("72");
        await page.Locator("#input-privacy_policy_acceptance").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application", Exact = true }).ClickAsync();
    }
}
