using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>Hand fillers of the second five forms of the held-out batch written as 2026-12-07-7 (<see cref="FormExpectation.Batch"/>).</summary>
public sealed partial class HeldOutFormsAreSatisfiable
{
    private static Dictionary<string, Func<IPage, Task>> NinthBatchBFillers() => new()
    {
        ["icims-larchmont"] = FillIcimsLarchmont,
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

}
