using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>
/// The widget forms for nested shadow roots, fields each in a component of their own behind drawn step actions,
/// calendars and date selects, conditional questions, unusual wizard buttons, JSON error bodies, the reworded saved
/// question, a country-flag phone picker, components whose suggestions open on the page's body beside an education
/// entry behind "Add education", drawn picklists with a dependent one switched off and a chip multi-select, and a file
/// box with a date shown only by its help text, a typed signature beside dates the page wrote, answer buttons under
/// a layer that never leaves, a rich-text editor filling a same-origin frame, controls drawn again (a frame loaded again
/// when a list first opens, boxes replaced on their first focus) and answer buttons that show no state can be filled by hand and are accepted
/// on the first attempt.
/// </summary>
public sealed class WidgetFormsAreSatisfiable : HandFilledForms
{
    private static readonly Dictionary<string, Func<IPage, Task>> Fillers = new()
    {
        ["dev-avature-component-steps"] = FillComponentSteps,
        ["dev-bamboohr-drawn-lists"] = FillDrawnLists,
        ["dev-jazzhr-masked-phones"] = FillMaskedPhones,
        ["dev-oracle-picklists-and-tokens"] = FillPicklistsAndTokens,
        ["dev-pageup-file-box-and-described-date"] = FillFileBoxAndDescribedDate,
        ["dev-pinpoint-add-education"] = FillPinpointAddEducation,
        ["dev-recruitee-plain-suggestions"] = FillPlainSuggestions,
        ["dev-workable-flag-phone-and-units"] = FillFlagPhoneAndUnits,
        ["widget-conditional"] = FillConditional,
        ["widget-dates"] = FillDates,
        ["widget-frame-validation"] = FillFrameValidation,
        ["widget-framed-editor"] = FillFramedEditor,
        ["widget-json-errors"] = FillJsonErrors,
        ["widget-nested-shadow"] = FillNestedShadow,
        ["widget-painted-question"] = FillPaintedQuestion,
        ["widget-redrawn-controls"] = FillRedrawnControls,
        ["widget-category-without-answer"] = FillCategoryWithoutAnswer,
        ["widget-saved-answer"] = FillSavedAnswer,
        ["widget-signed-date"] = FillSignedDate,
        ["widget-stateless-answer-buttons"] = FillStatelessAnswerButtons,
        ["widget-stateless-kept-flags"] = FillStatelessKeptFlags,
        ["widget-stubborn-controls"] = FillStubbornControls,
        ["widget-wizard-wording"] = FillWizardWording,
    };

    public static TheoryData<string> Forms => [.. Fillers.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Forms))]
    public Task A_correct_hand_fill_is_accepted_on_the_first_attempt_and_reaches_the_confirmation(string form) =>
        FillAndCheckAsync(form, Fillers[form]);

    private static async Task FillFramedEditor(IPage page)
    {
        await page.Locator("#candidateName").FillAsync("Jordan Rivera");
        await page.Locator("#candidateEmail").FillAsync("jordan.rivera@example.org");
        await page.FrameLocator("#employer-frame").Locator("body").FillAsync("Tailspin Toys");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
    }

    private static async Task FillSignedDate(IPage page)
    {
        // The two dates the page wrote (today) are left as they are.
        await page.Locator("#name").FillAsync("Jordan Rivera");
        await page.Locator("#mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#available").FillAsync("01/15/2026");
        await page.Locator("#signature").FillAsync("Jordan Rivera");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
    }

    private static async Task FillStubbornControls(IPage page)
    {
        await page.Locator("#fullName").FillAsync("Jordan Rivera");
        await page.Locator("#contactEmail").FillAsync("jordan.rivera@example.org");
        // A person tabs to the button under the layer and presses it.
        await page.Locator(".fb-yn button[data-answer='yes']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
    }

    private static async Task FillRedrawnControls(IPage page)
    {
        var frame = page.FrameLocator("#apply-frame");
        // The first opening of the code list loads the frame again; the list opens in the new one.
        await frame.Locator("#code-open").ClickAsync();
        await frame.Locator("#code-open").ClickAsync();
        await frame.GetByRole(AriaRole.Option, new() { Name = "United States (+1)" }).ClickAsync();
        // The name box and the relocation list are replaced on their first focus: focused once, then answered.
        await frame.Locator("#applicantName").FocusAsync();
        await frame.Locator("#applicantName").FillAsync("Jordan Rivera");
        await frame.Locator("#applicantEmail").FillAsync("jordan.rivera@example.org");
        await frame.Locator("#localNumber").FillAsync("415 555 0134");
        await frame.Locator("#moveFor").FocusAsync();
        await frame.Locator("#moveFor").SelectOptionAsync("Y");
        await frame.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillStatelessAnswerButtons(IPage page)
    {
        await page.Locator("#techName").FillAsync("Jordan Rivera");
        await page.Locator("#techEmail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#techEmail").DispatchEventAsync("change");
        await page.Locator(".mt-pair button[data-answer='yes']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }

    private static async Task FillStatelessKeptFlags(IPage page)
    {
        await page.Locator("#ndFullName").FillAsync("Jordan Rivera");
        await page.Locator("#ndMail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#ndMail").DispatchEventAsync("change");
        await page.Locator(".nd-choices button[data-value='yes']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
    }

    private static async Task FillComponentSteps(IPage page)
    {
        // Each field is its own element; the CSS descendant combinator reaches into its shadow root.
        await page.Locator("sv-entry[name='givenName'] input").FillAsync("Jordan");
        await page.Locator("sv-entry[name='familyName'] input").FillAsync("Rivera");
        await page.Locator("sv-entry[name='emailAddress'] input").FillAsync("jordan.rivera@example.org");
        await page.Locator("sv-entry[name='town'] input").FillAsync("San Francisco");
        await page.Locator("sv-framed[name='profileLink'] input").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("sv-action[data-act='next']").ClickAsync();
        await page.Locator("sv-attach[name='cv'] input[type='file']").SetInputFilesAsync(Resume);
        await page.Locator("sv-pick[name='workPermit'] input[value='Y']").CheckAsync();
        await page.Locator("sv-pick[name='experience'] select").SelectOptionAsync("2-5");
        await page.Locator("sv-entry[name='availableFrom'] input").FillAsync("2026-01-15");
        await page.Locator("sv-entry[name='mobile'] input").FillAsync("(415) 555-0134");
        await page.Locator("sv-bar .send").ClickAsync();
    }

    private static async Task FillDrawnLists(IPage page)
    {
        await page.Locator("#firstName").FillAsync("Jordan");
        await page.Locator("#lastName").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#resumeFile").SetInputFilesAsync(Resume);
        foreach (var (menu, option) in new[] { ("country", "United States"), ("school", "Bachelor's degree"), ("soon", "Within 2 weeks") })
        {
            await page.Locator($"[data-menu='{menu}']").ClickAsync();
            await page.Locator("body > [role=listbox] [role=option]").GetByText(option, new() { Exact = true }).ClickAsync();
        }

        await page.Locator("button[type=submit]").ClickAsync();
    }

    private static async Task FillMaskedPhones(IPage page)
    {
        await page.Locator("#given").FillAsync("Jordan");
        await page.Locator("#family").FillAsync("Rivera");
        await page.Locator("#addr").FillAsync("jordan.rivera@example.org");
        // The mobile box already shows "+1 ": only the national number goes after it; the daytime box takes digits.
        await page.Locator("#mobile").ClickAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync("415 555 0134");
        await page.Locator("#dayphone").PressSequentiallyAsync("4155550134");
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillPicklistsAndTokens(IPage page)
    {
        await page.Locator("#in-given").FillAsync("Jordan");
        await page.Locator("#in-surname").FillAsync("Rivera");
        await page.Locator("#in-mail").FillAsync("jordan.rivera@example.org");
        await Choose(page, "#pk-country", "United States of America");
        // The region list is switched off until a country is chosen.
        await Choose(page, "#pk-region", "California");
        await Choose(page, "#pk-years", "5 to 8 years");
        await page.Locator("[role=radio][data-code='WP1']").ClickAsync();
        foreach (var language in new[] { "English", "Spanish" })
        {
            // Suggestions show only once the box is typed into; each click becomes a chip.
            await page.Locator("#in-lang").PressSequentiallyAsync(language[..3]);
            await page.GetByRole(AriaRole.Option, new() { Name = language, Exact = true }).ClickAsync();
        }

        await page.Locator("#send").ClickAsync();
    }

    private static async Task FillFileBoxAndDescribedDate(IPage page)
    {
        await page.Locator("#cv-file").SetInputFilesAsync(Resume);
        await page.Locator("#fn").FillAsync("Jordan");
        await page.Locator("#sn").FillAsync("Rivera");
        await page.Locator("#em").FillAsync("jordan.rivera@example.org");
        // The help text under the box shows the only writing the server takes.
        await page.Locator("#avail").FillAsync("15.01.2026");
        await page.Locator("[role=checkbox][aria-labelledby='privacy-text']").ClickAsync();
        await page.Locator("#send").ClickAsync();
    }

    private static async Task FillPlainSuggestions(IPage page)
    {
        await page.Locator("#fname").FillAsync("Jordan");
        await page.Locator("#lname").FillAsync("Rivera");
        await page.Locator("#mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#cv").SetInputFilesAsync(Resume);
        // Each list shows only after a pause; a clicked entry is what the hidden field keeps.
        await page.Locator("#town").PressSequentiallyAsync("San Fran");
        await page.Locator("body > .pac-box .pac-row").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^San Francisco CA") }).ClickAsync();
        await page.Locator("#uni").PressSequentiallyAsync("Davis");
        await page.Locator("#uni-results li").GetByText("University of California, Davis", new() { Exact = true }).ClickAsync();
        await page.Locator("#src").PressSequentiallyAsync("Linked");
        await page.Locator(".src-drop > div").GetByText("LinkedIn", new() { Exact = true }).ClickAsync();
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillFlagPhoneAndUnits(IPage page)
    {
        await page.Locator("#fn").FillAsync("Jordan");
        await page.Locator("#ln").FillAsync("Rivera");
        await page.Locator("#em").FillAsync("jordan.rivera@example.org");
        await page.Locator("#cc").ClickAsync();
        await page.Locator("#cc-list [data-iso='us']").ClickAsync();
        await page.Locator("#tel").FillAsync("(415) 555-0134");
        await page.Locator("#start").FillAsync("15 Jan 2026");
        await page.Locator("#weeks").FillAsync("2");
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillNestedShadow(IPage page)
    {
        // CSS locators pierce open shadow roots at any depth.
        await page.Locator("#firstName").FillAsync("Jordan");
        await page.Locator("#lastName").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("+1 415 555 0134");
        await page.Locator(".chip", new() { HasText = "LinkedIn" }).ClickAsync();
        await page.Locator("mt-button").ClickAsync();
    }

    private static async Task FillFrameValidation(IPage page)
    {
        var frame = page.FrameLocator("#apply-frame");
        await frame.Locator("#fullName").FillAsync("Jordan Rivera");
        await frame.Locator("#email").FillAsync("jordan.rivera@example.org");
        await frame.Locator("#phone").FillAsync("+1 415 555 0134");
        await frame.Locator("#startDate").EvaluateAsync("el => { el.value = '2026-01-15'; el.dispatchEvent(new Event('change')); }");
        await frame.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillDates(IPage page)
    {
        await page.Locator("#firstName").FillAsync("Jordan");
        await page.Locator("#lastName").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#preferredStart").ClickAsync();
        for (var i = 0; i < 4; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Next month" }).ClickAsync();
        }

        await Assertions.Expect(page.Locator(".cal-title")).ToHaveTextAsync("January 2026");
        await page.Locator(".cal td button:not(.other-month)", new() { HasTextRegex = new("^15$") }).ClickAsync();
        await page.Locator("#avail_day").SelectOptionAsync("15");
        await page.Locator("#avail_month").SelectOptionAsync("01");
        await page.Locator("#avail_year").SelectOptionAsync("2026");
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillConditional(IPage page)
    {
        await page.Locator("#name").FillAsync("Jordan Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("input[name='authorized'][value='Y']").CheckAsync();
        await page.Locator("input[name='relocate'][value='Y']").CheckAsync();
        await page.Locator("#moveDate").FillAsync("01/15/2026");
        await page.Locator("input[name='arrangement_hybrid']").CheckAsync();
        await page.Locator("input[name='arrangement_remote']").CheckAsync();
        await page.Locator("#former").SelectOptionAsync("0");
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillWizardWording(IPage page)
    {
        await page.Locator("#firstName").FillAsync("Jordan");
        await page.Locator("#lastName").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Step 2: Your experience" }).ClickAsync();
        await page.Locator("#experience").SelectOptionAsync("3-5");
        await page.Locator("#relocate").SelectOptionAsync("yes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview your application" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish" }).ClickAsync();
    }

    private static async Task FillJsonErrors(IPage page)
    {
        await page.Locator("#f-firstName").FillAsync("Jordan");
        await page.Locator("#f-lastName").FillAsync("Rivera");
        await page.Locator("#f-email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#f-phone").FillAsync("(415) 555-0134");
        await page.Locator("#f-startDate").FillAsync("01/15/2026");
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillCategoryWithoutAnswer(IPage page)
    {
        await page.Locator("#first").FillAsync("Jordan");
        await page.Locator("#last").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#medium").SelectOptionAsync("boards");
        await page.Locator("#outlet").SelectOptionAsync("indeed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
    }

    private static async Task FillPaintedQuestion(IPage page)
    {
        await page.Locator("#first").FillAsync("Jordan");
        await page.Locator("#last").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("input[name='rota[pattern]'][value='late']").CheckAsync();
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillSavedAnswer(IPage page)
    {
        await page.Locator("#first").FillAsync("Jordan");
        await page.Locator("#last").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#clearance").FillAsync("DISS-7731-4420");
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillPinpointAddEducation(IPage page)
    {
        await page.Locator("kx-line[name='forename'] input").FillAsync("Jordan");
        await page.Locator("kx-line[name='surname'] input").FillAsync("Rivera");
        await page.Locator("kx-line[name='mail'] input").FillAsync("jordan.rivera@example.org");
        await page.Locator("kx-dial[name='contact'] button").ClickAsync();
        await page.GetByPlaceholder("Type a country").FillAsync("United");
        await page.GetByRole(AriaRole.Option, new() { Name = "United States +1", Exact = true }).ClickAsync();
        await page.Locator("kx-dial[name='contact'] input").FillAsync("415 555 0134");
        await page.Locator("kx-place[name='base'] input").PressSequentiallyAsync("San Fran");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco \u00b7 California \u00b7 United States", Exact = true }).ClickAsync();
        await page.Locator("#cv").SetInputFilesAsync(Resume);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add education" }).ClickAsync();
        await page.Locator("#school-institution").PressSequentiallyAsync("Davis");
        await page.GetByRole(AriaRole.Option, new() { Name = "University of California, Davis", Exact = true }).ClickAsync();
        await page.Locator("#school-qualification").FillAsync("B.S. Computer Science");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save entry" }).ClickAsync();
        await page.Locator("kx-tick[name='storeData'] [role='checkbox']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
    }
}
