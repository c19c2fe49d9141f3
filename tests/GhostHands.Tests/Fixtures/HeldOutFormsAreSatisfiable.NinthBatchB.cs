using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the second five forms of the held-out batch written as 2026-12-07-7 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> NinthBatchBFillers() => new()
    {
        ["applicantpro-kittredge"] = FillApplicantProKittredge,
        ["ashby-fernwick"] = FillAshbyFernwick,
        ["icims-larchmont"] = FillIcimsLarchmont,
        ["jobvite-tolland"] = FillJobviteTolland,
        ["workable-saltgrass"] = FillWorkableSaltgrass,
    };

    private static async Task FillIcimsLarchmont(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        var frame = page.FrameLocator("#icims_content_iframe");

        async Task Pick(string select, string option, string? search = null)
        {
            await frame.Locator(Id($"{select}_icimsDropdown")).ClickAsync();
            if (search is not null)
            {
                await frame.GetByLabel("Search", new() { Exact = true }).FillAsync(search);
            }

            await frame.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await frame.Locator(Id("PersonProfileFields.FirstName")).FillAsync("Jordan");
        await frame.Locator(Id("PersonProfileFields.LastName")).FillAsync("Rivera");
        await frame.Locator(Id("PersonProfileFields.Email")).FillAsync("jordan.rivera@example.org");
        await Pick("-1_PhoneNumber_PhoneType", "Mobile");
        await frame.Locator(Id("-1_PhoneNumber_Number")).FillAsync("(415) 555-0134");
        await frame.Locator(Id("-1_Address_AddressStreet1")).FillAsync("2150 Folsom Street");
        await frame.Locator(Id("-1_Address_AddressStreet2")).FillAsync("Apt 4B");
        await frame.Locator(Id("-1_Address_AddressCity")).FillAsync("San Francisco");
        await Assertions.Expect(frame.Locator(Id("-1_Address_AddressCountry_icimsDropdown"))).ToHaveTextAsync("United States");
        await Pick("-1_Address_AddressState", "California", "Calif");
        await frame.Locator(Id("-1_Address_AddressZip")).FillAsync("94110");
        await frame.Locator(Id("PersonProfileFields.Resume")).SetInputFilesAsync(Resume);

        await Pick("rcf6101", "Yes");
        await Pick("rcf6102", "Yes");
        await Pick("rcf6103", "No, I will not require sponsorship");
        await Pick("rcf6104", "Yes, I am willing to relocate");
        await frame.Locator("#rcf6105").FillAsync("01/15/2026");
        await Pick("rcf6106", "5 - 7 years");
        await frame.Locator("#rcf6107").FillAsync("120000");
        await Pick("rcf6108", "No");
        await Pick("rcf6109", "No");
        await Pick("rcf6110", "LinkedIn", "Link");
        await Pick("PersonProfileFields.Gender", "Male");
        await Pick("PersonProfileFields.Ethnicity", "Yes");
        await Pick("PersonProfileFields.VeteranStatus", "I am not a protected veteran");
        await frame.Locator("#rcf6120").CheckAsync();
        await frame.Locator("#rcf6121").FillAsync("Jordan Rivera");
        await frame.Locator("#enterInfo_submit").ClickAsync();
    }

    private static async Task FillAshbyFernwick(IPage page)
    {
        static string Id(string id) => $"[id='{id}']";
        static string Entry(string path) => $"[data-path='{path}']";
        await page.Locator(Id("_systemfield_name")).FillAsync("Jordan Rivera");
        await page.Locator(Id("_systemfield_email")).FillAsync("jordan.rivera@example.org");
        await page.Locator(Id("4e0c9a31-7b25-4d6e-a8f2-1c3b5d7e9f02")).FillAsync("+1 415 555 0134");
        await page.Locator(Id("_systemfield_resume")).SetInputFilesAsync(Resume);
        await page.Locator(Id("_systemfield_location")).PressSequentiallyAsync("San Fran");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await page.Locator(Id("7a91d2e4-3c58-4b0f-9e16-2d4f6a8c0b13")).FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator(Id("9c2e4f60-1a3b-4c5d-8e7f-3a5b7c9d1e24")).FillAsync("https://github.com/jordan-rivera-example");
        await page.Locator(Id("b13f5a72-9d04-4e6f-a1b2-4c6d8e0f2a35")).FillAsync("he/him");
        foreach (var (path, answer) in new[]
        {
            ("c24a6b83-0e15-4f70-b2c3-5d7e9f1a3b46", "Yes"),
            ("d35b7c94-1f26-4081-c3d4-6e8f0a2b4c57", "No"),
            ("e46c8da5-2037-4192-d4e5-7f9a1b3c5d68", "Yes"),
        })
        {
            await page.Locator(Entry(path)).GetByRole(AriaRole.Button, new() { Name = answer, Exact = true }).ClickAsync();
        }

        await page.Locator("[name='f57d9eb6-3148-42a3-e5f6-8a0b2c4d6e79'][value='Pacific']").CheckAsync();
        foreach (var tool in new[] { "TypeScript", "React", "PostgreSQL", "Kubernetes", "Terraform" })
        {
            await page.Locator($"[name='068eafc7-4259-43b4-f607-9b1c3d5e7f8a'][value='{tool}']").CheckAsync();
        }

        await page.Locator(Id("179fb0d8-536a-44c5-0718-ac2d4e6f809b")).FillAsync("120000");
        await Choose(page, Id("28a0c1e9-647b-45d6-1829-bd3e5f70a1ac"), "2 weeks or less");
        await Choose(page, Id("_eeo_gender"), "Male");
        await Choose(page, Id("_eeo_race"), "Hispanic or Latino");
        await Choose(page, Id("_eeo_veteran"), "I am not a protected veteran");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit Application" }).ClickAsync();
    }

    private static async Task FillWorkableSaltgrass(IPage page)
    {
        await page.Locator("#firstname").FillAsync("Jordan");
        await page.Locator("#lastname").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await Assertions.Expect(page.Locator("#phone-country")).ToHaveAttributeAsync("title", "United States: +1");
        await page.Locator("#phone").FillAsync("415 555 0134");
        await page.Locator("#address").FillAsync("2150 Folsom Street, Apt 4B, San Francisco, CA 94110");
        await page.Locator("#resume-input").SetInputFilesAsync(Resume);
        await page.Locator("input[name='QA_6610231'][value='true']").CheckAsync();
        await page.Locator("input[name='QA_6610232'][value='false']").CheckAsync();
        await page.Locator("input[name='QA_6610233'][value='true']").CheckAsync();
        await Choose(page, "#QA_6610234", "5–6 years");
        await page.Locator("input[name='QA_6610235'][value='2747001']").CheckAsync();
        await page.Locator("input[name='QA_6610235'][value='2747002']").CheckAsync();
        await page.Locator("#QA_6610236").FillAsync("120000");
        await page.Locator("#QA_6610237").PressSequentiallyAsync("01152026");
        await Assertions.Expect(page.Locator("#QA_6610237")).ToHaveValueAsync("01/15/2026");
        await page.Locator("#QA_6610238").FillAsync("2 weeks");
        await Choose(page, "#QA_6610239", "LinkedIn");
        await page.Locator("input[name='QA_6610240'][value='false']").CheckAsync();
        await page.Locator("#gdpr").CheckAsync();
        await page.Locator("#submit-application").ClickAsync();
    }

    private static async Task FillJobviteTolland(IPage page)
    {
        await page.Locator("#jv-upload-toggle").ClickAsync();
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByRole(AriaRole.Menuitem, new() { Name = "My Computer" }).ClickAsync());
        await chooser.SetFilesAsync(Resume);
        await Assertions.Expect(page.Locator("#jv-file-name")).ToHaveTextAsync(FixtureCatalog.ResumeFileName);
        await page.Locator("#jv-field-0").FillAsync("Jordan");
        await page.Locator("#jv-field-1").FillAsync("Rivera");
        await page.Locator("#jv-field-2").FillAsync("jordan.rivera@example.org");
        await page.Locator("#jv-field-3").FillAsync("+1 415 555 0134");
        await page.Locator("#jv-field-4").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#jv-field-5").FillAsync("San Francisco");
        await page.Locator("#jv-field-6").SelectOptionAsync(new SelectOptionValue { Label = "United States" });
        await page.Locator("#jv-field-7").SelectOptionAsync(new SelectOptionValue { Label = "California" });
        await page.Locator("#jv-field-8").FillAsync("94110");
        await page.Locator("#jv-field-9").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        foreach (var (field, answer) in new[] { (10, "Y"), (11, "Y"), (12, "N"), (13, "Y"), (14, "N"), (15, "N"), (16, "Y"), (26, "X") })
        {
            await page.Locator($"input[name='jv-field-{field}'][value='string:{answer}']").CheckAsync();
        }

        await page.Locator("#jv-field-17").SelectOptionAsync(new SelectOptionValue { Label = "Up to 25%" });
        await page.Locator("#jv-field-18").SelectOptionAsync(new SelectOptionValue { Label = "Bachelor's degree" });
        await page.Locator("[data-field='q_54129'] input[value='string:EN']").CheckAsync();
        await page.Locator("[data-field='q_54129'] input[value='string:ES']").CheckAsync();
        await page.Locator("#jv-field-20").FillAsync("$120,000");
        await page.Locator("#jv-field-21").FillAsync("2026-01-15");
        await page.Locator("#jv-field-22").SelectOptionAsync(new SelectOptionValue { Label = "LinkedIn" });
        await page.Locator("#jv-field-23").SelectOptionAsync(new SelectOptionValue { Label = "Male" });
        await page.Locator("#jv-field-24").SelectOptionAsync(new SelectOptionValue { Label = "Hispanic or Latino" });
        await page.Locator("#jv-field-25").SelectOptionAsync(new SelectOptionValue { Label = "I am not a protected veteran" });
        await page.Locator("#jv-field-29").CheckAsync();
        await page.Locator("#jv-send").ClickAsync();
    }

    private static async Task FillApplicantProKittredge(IPage page)
    {
        static ILocator Next(IPage page, int step) => page.Locator($"section[data-step='{step}'] [data-next]");
        await page.Locator("#first_name").FillAsync("Jordan");
        await page.Locator("#last_name").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#email_confirm").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("(415) 555-0134");
        await page.Locator("#address1").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#city").FillAsync("San Francisco");
        await page.Locator("#state").SelectOptionAsync("CA");
        await page.Locator("#zip").FillAsync("94110");
        await Next(page, 1).ClickAsync();

        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#linkedin").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await Next(page, 2).ClickAsync();

        foreach (var (question, answer) in new[] { (1041, "5021"), (1042, "5031"), (1043, "5042"), (1044, "5051"), (1049, "5082"), (1050, "5091") })
        {
            await page.Locator($"input[name='question[{question}]'][value='{answer}']").CheckAsync();
        }

        await page.Locator("#q1045").SelectOptionAsync(new SelectOptionValue { Label = "Bachelor's Degree" });
        await page.Locator("#q1046").FillAsync("5");
        await page.Locator("#q1047_amount").FillAsync("120000");
        await page.Locator("#q1047_per").SelectOptionAsync("year");
        await page.Locator("#q1048").FillAsync("01/15/2026");
        await page.Locator("#q1052").SelectOptionAsync(new SelectOptionValue { Label = "2 weeks" });
        await page.Locator("#q1051").SelectOptionAsync(new SelectOptionValue { Label = "LinkedIn" });
        await Next(page, 3).ClickAsync();

        await page.Locator("#eeo_gender").SelectOptionAsync("M");
        await page.Locator("#eeo_race").SelectOptionAsync(new SelectOptionValue { Label = "Hispanic or Latino" });
        await page.Locator("#eeo_veteran").SelectOptionAsync(new SelectOptionValue { Label = "Not a veteran" });
        await page.Locator("#eeo_disability").SelectOptionAsync(new SelectOptionValue { Label = "I do not want to answer" });
        await Next(page, 4).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Your answers" })).ToContainTextAsync("Bachelor's Degree");
        await page.Locator("#certify").CheckAsync();
        await page.Locator("#signature").FillAsync("Jordan Rivera");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit Application" }).ClickAsync();
    }
}
