using GhostHands.Fixtures;
using Microsoft.Playwright;

namespace GhostHands.Tests.Fixtures;

/// <summary>
/// The development forms added with the full applicant profile can be filled by hand and are accepted as exactly right
/// on the first attempt, so an engine failing one of them is failing the engine's part, not an impossible expectation.
/// </summary>
public sealed class DevelopmentFormsAreSatisfiable : HandFilledForms
{
    private static readonly Dictionary<string, Func<IPage, Task>> Fillers = new()
    {
        ["bamboohr-radio-cards"] = FillBambooHrRadioCards,
        ["breezy-country-code-phone"] = FillBreezyCountryCodePhone,
        ["dev-breezy-travel-and-commute"] = FillBreezyTravelAndCommute,
        ["dev-rippling-combobox-wizard"] = FillRipplingComboboxWizard,
        ["dev-smartrecruiters-study-entry"] = FillSmartRecruitersStudyEntry,
        ["dev-ukg-pills-and-postcode"] = FillUkgPillsAndPostcode,
        ["dev-jazzhr-education-and-timing"] = FillJazzHrEducationAndTiming,
        ["dev-jobvite-drawn-selects"] = FillJobviteDrawnSelects,
        ["dev-jobvite-source-levels"] = FillJobviteSourceLevels,
        ["dev-lever-captions-beside-choices"] = FillLeverCaptionsBesideChoices,
        ["dev-lever-place-and-schedule"] = FillLeverPlaceAndSchedule,
        ["dev-personio-privacy-gate"] = FillPersonioPrivacyGate,
        ["dev-teamtailor-notices-and-editor"] = FillTeamtailorNoticesAndEditor,
        ["dev-successfactors-guest-apply"] = FillSuccessFactorsGuestApply,
        ["dev-recruitee-link-consent"] = FillRecruiteeLinkConsent,
        ["greenhouse-location-typeahead"] = FillGreenhouseLocationTypeahead,
        ["lever-browser-required"] = FillLeverBrowserRequired,
        ["recruitee-yes-no-buttons"] = FillRecruiteeYesNoButtons,
        ["taleo-month-year-wizard"] = FillTaleoMonthYearWizard,
        ["teamtailor-skills-listbox"] = FillTeamtailorSkillsListbox,
        ["dev-ukg-screening-facts"] = FillUkgScreeningFacts,
        ["dev-breezy-relationship-disclosure"] = FillBreezyRelationshipDisclosure,
        ["dev-workday-redrawn-prompts"] = FillWorkdayRedrawnPrompts,
        ["dev-workday-enter-lookups"] = FillWorkdayEnterLookups,
        ["dev-workday-situation-lists"] = FillWorkdaySituationLists,
        ["dev-workday-nested-prompts"] = FillWorkdayNestedPrompts,
        ["dev-taleo-channel-and-upload"] = FillTaleoChannelAndUpload,
        ["dev-ashby-autofill-and-pickers"] = FillAshbyAutofillAndPickers,
        ["dev-oracle-schedule-and-tools"] = FillOracleScheduleAndTools,
        ["dev-pinpoint-context-beside-questions"] = FillPinpointContextBesideQuestions,
        ["workable-date-format-rule"] = FillWorkableDateFormatRule,
        ["dev-bamboohr-zones-and-tenure"] = FillBambooHrZonesAndTenure,
        ["dev-jazzhr-work-history-dialog"] = FillJazzHrWorkHistoryDialog,
        ["dev-greenhouse-redrawn-pickers"] = FillGreenhouseRedrawnPickers,
        ["dev-smartrecruiters-shadow-listboxes"] = FillSmartRecruitersShadowListboxes,
        ["dev-teamtailor-language-entries"] = FillTeamtailorLanguageEntries,
        ["dev-pinpoint-travel-periods"] = FillPinpointTravelPeriods,
        ["dev-freshteam-tenure-spans"] = FillFreshteamTenureSpans,
        ["dev-workday-language-panels"] = FillWorkdayLanguagePanels,
        ["dev-workday-unmarked-languages"] = FillWorkdayUnmarkedLanguages,
        ["dev-gem-dropdowns-and-self-id"] = FillGemDropdownsAndSelfId,
        ["dev-manatal-dial-code-and-notice"] = FillManatalDialCodeAndNotice,
        ["dev-zohorecruit-picklists-and-address"] = FillZohoRecruitPicklistsAndAddress,
        ["dev-breezy-narrowed-zones"] = FillBreezyNarrowedZones,
        ["dev-recruitee-language-at-work"] = FillRecruiteeLanguageAtWork,
        ["dev-paylocity-pay-and-signature"] = FillPaylocityPayAndSignature,
        ["dev-eightfold-chips-and-lookups"] = FillEightfoldChipsAndLookups,
        ["dev-comeet-local-dates-and-choices"] = FillComeetLocalDatesAndChoices,
        ["dev-rippling-languages-and-moving"] = FillRipplingLanguagesAndMoving,
        ["dev-paycor-phone-masks"] = FillPaycorPhoneMasks,
        ["dev-clearcompany-toggles-and-plain-date"] = FillClearCompanyTogglesAndPlainDate,
        ["dev-breezy-pointed-questions"] = FillBreezyPointedQuestions,
    };

    public static TheoryData<string> Forms => [.. Fillers.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Forms))]
    public Task A_correct_hand_fill_is_accepted_on_the_first_attempt_and_reaches_the_confirmation(string form) =>
        FillAndCheckAsync(form, Fillers[form]);

    private static async Task FillPaycorPhoneMasks(IPage page)
    {
        await page.Locator("#nm1").FillAsync("Jordan");
        await page.Locator("#nm2").FillAsync("Rivera");
        await page.Locator("#mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#cellNo").FillAsync("415-555-0134");
        await page.Locator("#dayNo").FillAsync("1-415-555-0134");
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillPinpointTravelPeriods(IPage page)
    {
        await page.Locator("#given").FillAsync("Jordan");
        await page.Locator("#family").FillAsync("Rivera");
        await page.Locator("#mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#mobile").FillAsync("(415) 555-0134");
        await page.Locator("button[data-for='sites'][data-value='true']").ClickAsync();
        await page.Locator("button[data-for='ridealong'][data-value='true']").ClickAsync();
        await page.Locator("button[data-for='season'][data-value='false']").ClickAsync();
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillBreezyCountryCodePhone(IPage page)
    {
        await page.Locator("#name").FillAsync("Jordan Rivera");
        await page.Locator("#email_address").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone_country").SelectOptionAsync("+1");
        await page.Locator("#phone_number").FillAsync("415-555-0134");
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#q_salary").FillAsync("$120,000");
        await page.Locator("input[name='q_auth'][value='yes']").CheckAsync();
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillRipplingComboboxWizard(IPage page)
    {
        async Task Pick(string combobox, string option)
        {
            await page.Locator(combobox).ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await page.Locator("#givenName").FillAsync("Jordan");
        await page.Locator("#surname").FillAsync("Rivera");
        await page.Locator("#mail").FillAsync("jordan.rivera@example.org");
        await Pick("#prefix", "United States (+1)");
        await page.Locator("#mobile").FillAsync("415 555 0134");
        await Pick("#residence", "United States");
        await Pick("#region", "California");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        foreach (var tool in new[] { "C#", ".NET", "PostgreSQL", "TypeScript", "React", "Kubernetes", "Terraform" })
        {
            await page.Locator("#tools").FillAsync(tool);
            await page.GetByRole(AriaRole.Option, new() { Name = tool, Exact = true }).ClickAsync();
        }

        await Pick("#tenure", "5 to 8");
        await Pick("#setup", "In the office two days a week");
        await page.Locator("#payAmount").FillAsync("120000");
        await page.Locator("#payPer").SelectOptionAsync("year");
        await Pick("#veteran", "Not a protected veteran");
        await page.Locator("#accurate").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.recap")).ToContainTextAsync("In the office two days a week");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
    }

    private static async Task FillGreenhouseRedrawnPickers(IPage page)
    {
        // Each pick draws the picker again: the typing box is found afresh by its id for every item.
        async Task Pick(string picker, string typed, string option)
        {
            await page.Locator($"#{picker}-box").FillAsync(typed);
            await page.Locator($"#{picker}-menu").GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await page.Locator("#given").FillAsync("Jordan");
        await page.Locator("#family").FillAsync("Rivera");
        await page.Locator("#mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#cv").SetInputFilesAsync(Resume);
        await Pick("homeCountry", "United States", "United States");
        await Pick("tenure", "5 to", "5 to 8 years");
        foreach (var tool in new[] { "TypeScript", "C#", "Terraform", "React", "Kubernetes" })
        {
            await Pick("stack", tool, tool);
        }

        await Pick("heardFrom", "Linked", "LinkedIn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my application" }).ClickAsync();
    }

    private static async Task FillSmartRecruitersShadowListboxes(IPage page)
    {
        async Task Pick(string name, string option)
        {
            await page.Locator($"tw-choice[name='{name}'] button").ClickAsync();
            await page.Locator($"tw-choice[name='{name}']").GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await page.Locator("#fn").FillAsync("Jordan");
        await page.Locator("#ln").FillAsync("Rivera");
        await page.Locator("#em").FillAsync("jordan.rivera@example.org");
        await Pick("tenure", "4 - 6 years");
        await Pick("pattern", "Hybrid (office two days a week)");
        await Pick("degree", "Bachelor degree");
        await Pick("visa", "No");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply now" }).ClickAsync();
    }

    private static async Task FillRecruiteeYesNoButtons(IPage page)
    {
        await page.Locator("#f0").FillAsync("Jordan Rivera");
        await page.Locator("#f1").FillAsync("jordan.rivera@example.org");
        await page.Locator("#f2").FillAsync("+1 415 555 0134");
        await page.Locator("[data-name='answers.q101']").GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true }).ClickAsync();
        await page.Locator("[data-name='answers.q102']").GetByRole(AriaRole.Button, new() { Name = "No", Exact = true }).ClickAsync();
        await page.Locator("[data-name='answers.q103']").GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true }).ClickAsync();
        await page.Locator("#f6").SelectOptionAsync("1-2 weeks");
        await page.Locator("#f7").FillAsync("2026-01-15");
        await page.Locator(".send").ClickAsync();
    }

    private static async Task FillBreezyRelationshipDisclosure(IPage page)
    {
        await page.Locator("#given").FillAsync("Jordan");
        await page.Locator("#family").FillAsync("Rivera");
        await page.Locator("#mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#mobile").FillAsync("+1 415 555 0134");
        await page.Locator("#upload").SetInputFilesAsync(Resume);
        await page.Locator("input[name='disclose'][value='tie-no']").CheckAsync();
        await page.Locator("input[name='alumni'][value='never']").CheckAsync();
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillUkgScreeningFacts(IPage page)
    {
        await page.Locator("#fname").FillAsync("Jordan");
        await page.Locator("#lname").FillAsync("Rivera");
        await page.Locator("#mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#tel").FillAsync("+1 415 555 0134");
        await page.Locator("#cv").SetInputFilesAsync(Resume);
        await page.Locator("#sq1").SelectOptionAsync("N");
        await page.Locator("input[name='screening.q2'][value='agree']").CheckAsync();
        await page.Locator("input[name='screening.q3'][value='0']").CheckAsync();
        await page.Locator("#sq4").SelectOptionAsync("N");
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillGreenhouseLocationTypeahead(IPage page)
    {
        await page.Locator("#first_name").FillAsync("Jordan");
        await page.Locator("#last_name").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("+1 415 555 0134");
        await page.Locator("#country").SelectOptionAsync("United States");
        await page.Locator("#candidate-location").PressSequentiallyAsync("San Fr");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#question_501").FillAsync("Tailspin Toys");
        await page.Locator("#question_502").FillAsync("Senior Software Engineer");
        await page.Locator("#gender").SelectOptionAsync("1");
        await page.Locator("#race").SelectOptionAsync("3");
        await page.Locator("#veteran").SelectOptionAsync("2");
        await page.Locator("#disability").SelectOptionAsync("3");
        await page.Locator(".btn--pill").ClickAsync();
    }

    private static async Task FillTeamtailorLanguageEntries(IPage page)
    {
        await page.Locator("#given").FillAsync("Jordan");
        await page.Locator("#family").FillAsync("Rivera");
        await page.Locator("#mailbox").FillAsync("jordan.rivera@example.org");
        await page.Locator("#cvFile").SetInputFilesAsync(Resume);
        string[] languages = ["English", "Spanish"];
        for (var i = 0; i < languages.Length; i++)
        {
            await page.Locator("#addTongue").ClickAsync();
            await page.Locator($"#tongue-{i}-name").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = languages[i], Exact = true }).ClickAsync();
            await page.Locator($"#tongue-{i}-fluent").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
    }

    private static async Task FillWorkdayLanguagePanels(IPage page)
    {
        await page.Locator("#given").FillAsync("Jordan");
        await page.Locator("#family").FillAsync("Rivera");
        await page.Locator("#mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#cv").SetInputFilesAsync(Resume);
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        string[] languages = ["lang-en", "lang-es"];
        for (var i = 0; i < languages.Length; i++)
        {
            await page.Locator("[data-add='tongue']").ClickAsync();
            await page.Locator($"#tongue-{i}-name").SelectOptionAsync(languages[i]);
            await page.Locator($"#tongue-{i}-fluent").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
    }

    private static async Task FillWorkdayUnmarkedLanguages(IPage page)
    {
        await page.Locator("#first").FillAsync("Jordan");
        await page.Locator("#last").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.Locator("#resumeUpload").SetInputFilesAsync(Resume);
        string[] languages = ["L-EN", "L-ES"];
        for (var i = 0; i < languages.Length; i++)
        {
            await page.Locator("#more").ClickAsync();
            await page.Locator($"#spoken-{i}").SelectOptionAsync(languages[i]);
            await page.Locator($"#fluent-{i}").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }

    private static async Task FillPersonioPrivacyGate(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply for this position" }).ClickAsync();
        await page.Locator("#notice .body").EvaluateAsync("body => body.scrollTop = body.scrollHeight");
        await page.GetByRole(AriaRole.Button, new() { Name = "I agree", Exact = true }).ClickAsync();
        await page.Locator("#given").FillAsync("Jordan");
        await page.Locator("#family").FillAsync("Rivera");
        await page.Locator("#mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#mobile").FillAsync("+1 415 555 0134");
        await page.Locator("#homeCountry").SelectOptionAsync("US");
        await page.GetByRole(AriaRole.Button, new() { Name = "Only necessary cookies" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next step" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "No thanks" }).ClickAsync();
        await page.Locator("#cv").SetInputFilesAsync(Resume);
        await page.Locator("input[name='permit'][value='y']").CheckAsync();
        await page.Locator("#pay").FillAsync("120000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
    }

    private static async Task FillTeamtailorNoticesAndEditor(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "No thanks" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Decline", Exact = true }).ClickAsync();
        await page.Locator("#cand_first").FillAsync("Jordan");
        await page.Locator("#cand_last").FillAsync("Rivera");
        await page.Locator("#cand_email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#cand_phone").FillAsync("+1 415 555 0134");
        await page.Locator("#cand_cv").SetInputFilesAsync(Resume);
        await page.Locator("#noticeEditor").FillAsync("2 weeks");
        await page.Locator("#startPick").ClickAsync();
        var wanted = new DateOnly(2026, 1, 1);
        for (var moves = 0; moves < 240; moves++)
        {
            var title = $"{await page.Locator(".tt-cal-month").InnerTextAsync()} {await page.Locator(".tt-cal-year").InputValueAsync()}";
            var shown = DateOnly.ParseExact(title, "MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
            if (shown == wanted)
            {
                break;
            }

            await page.Locator(shown > wanted ? ".tt-cal-prev" : ".tt-cal-next").ClickAsync();
        }

        await page.Locator(".tt-cal-grid button[data-day='15']").ClickAsync();
        await page.Locator("input[name='answers[commute]'][value='yes']").CheckAsync();
        await page.Locator("#officeDays").SelectOptionAsync("1");
        await page.Locator("input[name='answers[age16]'][value='yes']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
    }

    private static async Task FillSuccessFactorsGuestApply(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue as guest" }).ClickAsync();
        await page.Locator("#fld_first").FillAsync("Jordan");
        await page.Locator("#fld_last").FillAsync("Rivera");
        await page.Locator("#fld_mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#fld_cell").FillAsync("415-555-0134");
        await page.Locator("#fld_cv").SetInputFilesAsync(Resume);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();
    }

    private static async Task FillRecruiteeLinkConsent(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "I Accept", Exact = true }).ClickAsync();
        await page.Locator("#fullName").FillAsync("Jordan Rivera");
        await page.Locator("#emailAddr").FillAsync("jordan.rivera@example.org");
        await page.Locator("#tel").FillAsync("(415) 555-0134");
        await page.Locator("#resumeFile").SetInputFilesAsync(Resume);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }

    private static async Task FillSmartRecruitersStudyEntry(IPage page)
    {
        await page.Locator("#fn").FillAsync("Jordan");
        await page.Locator("#ln").FillAsync("Rivera");
        await page.Locator("#em").FillAsync("jordan.rivera@example.org");
        await page.Locator("#doc").SetInputFilesAsync(Resume);
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add" }).ClickAsync();
        await page.Locator("#edSchool").FillAsync("University of California, Davis");
        await page.Locator("#edDegree").FillAsync("B.S. Computer Science");
        await page.Locator("#edField").PressSequentiallyAsync("Computer Sci");
        await page.GetByRole(AriaRole.Option, new() { Name = "Computer Science", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply now" }).ClickAsync();
    }

    private static async Task FillJazzHrWorkHistoryDialog(IPage page)
    {
        await page.Locator("#jz-first").FillAsync("Jordan");
        await page.Locator("#jz-last").FillAsync("Rivera");
        await page.Locator("#jz-mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#jz-cv").SetInputFilesAsync(Resume);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a position" }).ClickAsync();
        await page.Locator("#jz-pos-title").FillAsync("Senior Software Engineer");
        await page.Locator("#jz-pos-org").FillAsync("Tailspin Toys");
        await page.Locator("#jz-pos-now").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Done", Exact = true }).ClickAsync();
        await page.Locator("#jz-sch-name").FillAsync("University of California, Davis");
        await page.Locator("#jz-sch-degree").FillAsync("B.S. Computer Science");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save school" }).ClickAsync();
        await page.Locator("#jz-attest").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit Application" }).ClickAsync();
    }

    private static async Task FillWorkableDateFormatRule(IPage page)
    {
        await page.Locator("#firstname").FillAsync("Jordan");
        await page.Locator("#lastname").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("+1 415 555 0134");
        await page.Locator("#address").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#city").FillAsync("San Francisco");
        await page.Locator("#state").SelectOptionAsync("California");
        await page.Locator("#zip").FillAsync("94110");
        await page.Locator("#QA_81001").FillAsync("01/15/2026");
        await page.Locator("#QA_81002").FillAsync("120000");
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillJobviteDrawnSelects(IPage page)
    {
        var frame = page.FrameLocator("#jv-apply-frame");
        async Task Pick(string select, string option, string? typed = null)
        {
            await frame.Locator($"#{select} + .jv-pick .jv-pick-current").ClickAsync();
            if (typed is not null)
            {
                await frame.Locator($"#{select} + .jv-pick input").FillAsync(typed);
            }

            await frame.Locator($"#{select} + .jv-pick li").GetByText(option, new() { Exact = true }).ClickAsync();
        }

        async Task Menu(string select, string option)
        {
            await frame.Locator($"#{select}Menu").ClickAsync();
            await frame.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }

        await frame.Locator("#givenName").FillAsync("Jordan");
        await frame.Locator("#familyName").FillAsync("Rivera");
        await frame.Locator("#mail").FillAsync("jordan.rivera@example.org");
        await frame.Locator("#dial").FillAsync("(415) 555-0134");
        await Pick("dialKind", "Cell");
        await Pick("homeCountry", "United States", typed: "united");
        await Menu("region", "California");
        await Menu("schooling", "Bachelor degree");
        await frame.Locator("#beginOn").FillAsync("15/01/2026");
        await frame.Locator("#cv").SetInputFilesAsync(Resume);
        await frame.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
    }

    private static async Task FillPinpointContextBesideQuestions(IPage page)
    {
        await page.Locator("#candidate_name").FillAsync("Jordan Rivera");
        await page.Locator("#candidate_email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#candidate_phone").FillAsync("415 555 0134");
        await page.Locator("#candidate_cv").SetInputFilesAsync(Resume);
        await page.Locator("input[name='hangar_shift'][value='N']").CheckAsync();
        await page.Locator("[data-for='tucson_rhythm'] button[data-value='1']").ClickAsync();
        await page.Locator("[data-for='records_setup'] [data-value='accept']").ClickAsync();
        await page.Locator("[data-for='visa_needed'] button[data-value='0']").ClickAsync();
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillBreezyPointedQuestions(IPage page)
    {
        await page.Locator("#full_name").FillAsync("Jordan Rivera");
        await page.Locator("#email_address").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone_number").FillAsync("415-555-0134");
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#check_yes").CheckAsync();
        await page.Locator("#order_calls").SelectOptionAsync("confident");
        await page.Locator("input[name='family_sessions'][value='1']").CheckAsync();
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillRecruiteeLanguageAtWork(IPage page)
    {
        await page.Locator("#c-name").FillAsync("Jordan Rivera");
        await page.Locator("#c-email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#c-phone").FillAsync("(415) 555-0134");
        await page.Locator("input[name='candidate[answers][701]'][value='true']").CheckAsync();
        await page.Locator("input[name='candidate[answers][702]'][value='false']").CheckAsync();
        await page.Locator("input[name='candidate[answers][703]'][value='true']").CheckAsync();
        await page.Locator("#q-desk").SelectOptionAsync("y");
        await page.Locator("#q-level").SelectOptionAsync("4");
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillBreezyTravelAndCommute(IPage page)
    {
        await page.Locator("#fullName").FillAsync("Jordan Rivera");
        await page.Locator("#emailAddress").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phoneNumber").FillAsync("(415) 555-0134");
        await page.Locator("#cv").SetInputFilesAsync(Resume);
        await page.Locator("#home").FillAsync("San Francisco, CA");
        await page.Locator("input[name='rideAlong'][value='no']").CheckAsync();
        await page.Locator("#planning").SelectOptionAsync("1");
        await page.Locator("button[data-menu='commute']").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Not yet, but I'd move to the area" }).ClickAsync();
        await page.Locator("input[name='fresno'][value='N']").CheckAsync();
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillLeverCaptionsBesideChoices(IPage page)
    {
        await page.Locator("#cv").SetInputFilesAsync(Resume);
        await page.Locator("#fullname").FillAsync("Jordan Rivera");
        await page.Locator("#mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#tel").FillAsync("+1 415 555 0134");
        await page.Locator("input[name='responses[b51c07aa][q0]'][value='Yes']").CheckAsync();
        await page.Locator("input[name='responses[b51c07aa][q1]'][value='b']").CheckAsync();
        await page.Locator("input[name='responses[b51c07aa][q2]'][value='split']").CheckAsync();
        await page.Locator("input[name='responses[b51c07aa][q3]'][value='English']").CheckAsync();
        await page.Locator("input[name='responses[b51c07aa][q3]'][value='Spanish']").CheckAsync();
        await page.Locator("button.send").ClickAsync();
    }

    private static async Task FillBreezyNarrowedZones(IPage page)
    {
        await page.Locator("#wl-given").FillAsync("Jordan");
        await page.Locator("#wl-family").FillAsync("Rivera");
        await page.Locator("#wl-mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#wl-cv").SetInputFilesAsync(Resume);
        await page.Locator("select[name='screening.desk_zone']").SelectOptionAsync("pac");
        await page.Locator("input[name='screening.own_zone'][value='la']").CheckAsync();
        await page.Locator("#wl-clock").FillAsync("Pacific Time (PT)");
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillBambooHrZonesAndTenure(IPage page)
    {
        await page.Locator("#fab-first").FillAsync("Jordan");
        await page.Locator("#fab-last").FillAsync("Rivera");
        await page.Locator("#fab-mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#fab-cv").SetInputFilesAsync(Resume);
        await page.Locator("select[name='customQuestions[tz_home]']").SelectOptionAsync("pt");
        await page.Locator("input[name='customQuestions[tz_offset]'][value='-8']").CheckAsync();
        await page.Locator("#fab-tz-text").FillAsync("Pacific Time (PT)");
        await page.Locator("input[name='customQuestions[tenure]'][value='c']").CheckAsync();
        await page.Locator("select[name='customQuestions[profession]']").SelectOptionAsync("3");
        await page.Locator("#fab-shipping").FillAsync("5 years");
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillFreshteamTenureSpans(IPage page)
    {
        await page.Locator("#cand-name").FillAsync("Jordan Rivera");
        await page.Locator("#cand-mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#cand-cv").SetInputFilesAsync(Resume);
        await page.Locator("[aria-labelledby='ask-platform']").GetByRole(AriaRole.Button, new() { Name = "5 \u2014 8", Exact = true }).ClickAsync();
        await page.Locator("[aria-labelledby='ask-shipping']").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Five to nine", Exact = true }).ClickAsync();
        await page.Locator("#spent-building").FillAsync("5 years");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
    }

    private static async Task FillLeverPlaceAndSchedule(IPage page)
    {
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#name").FillAsync("Jordan Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("+1 415 555 0134");
        await page.Locator("#based").FillAsync("San Francisco, CA");
        await page.Locator("input[name='cards[schedule]'][value='Yes']").CheckAsync();
        await page.Locator("#move").ClickAsync();
        await page.Locator("#former").SelectOptionAsync("n");
        await page.Locator("#visits").SelectOptionAsync("25");
        await page.Locator("#pay").FillAsync("120000");
        await page.Locator("#pay_basis").SelectOptionAsync("a");
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillJobviteSourceLevels(IPage page)
    {
        await page.Locator("#jv-given").FillAsync("Jordan");
        await page.Locator("#jv-family").FillAsync("Rivera");
        await page.Locator("#jv-mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#jv-tel").FillAsync("+1 415 555 0134");
        await page.Locator("#jv-cv").SetInputFilesAsync(Resume);
        await page.Locator("input[name='setup'][value='t']").CheckAsync();
        await page.Locator("input[name='critiques'][value='1']").CheckAsync();
        await page.Locator("#jv-origin").SelectOptionAsync("soc");
        await page.Locator("#jv-origin-detail").SelectOptionAsync("linkedin");
        await page.Locator("#jv-sign").FillAsync("Jordan Rivera");
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillJazzHrEducationAndTiming(IPage page)
    {
        await page.Locator("#resumator-firstname-value").FillAsync("Jordan");
        await page.Locator("#resumator-lastname-value").FillAsync("Rivera");
        await page.Locator("#resumator-email-value").FillAsync("jordan.rivera@example.org");
        await page.Locator("#resumator-phone-value").FillAsync("+1 415 555 0134");
        await page.Locator("#resumator-resume-value").SetInputFilesAsync(Resume);
        await page.Locator("#college").ClickAsync();
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Institution search" }).FillAsync("california davis");
        await page.GetByRole(AriaRole.Option, new() { Name = "University of California, Davis", Exact = true }).ClickAsync();
        await page.Locator("#credential").SelectOptionAsync("bs");
        await page.Locator("#major").SelectOptionAsync("cs");
        await page.Locator("input[name='resumator-q-begin'][value='2']").CheckAsync();
        await page.Locator("#mode-r").CheckAsync();
        await page.Locator("#mode-h").CheckAsync();
        await page.Locator("#desk").SelectOptionAsync("h");
        await page.Locator("input[name='resumator-q-visa'][value='n']").CheckAsync();
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillLeverBrowserRequired(IPage page)
    {
        await page.Locator("input[name='resume']").SetInputFilesAsync(Resume);
        await page.Locator("#name").FillAsync("Jordan Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("+1 415 555 0134");
        await page.Locator("#org").FillAsync("Tailspin Toys");
        await page.Locator("#gh").FillAsync("https://github.com/jordan-rivera-example");
        foreach (var skill in new[] { "C#", "PostgreSQL", "TypeScript" })
        {
            await page.Locator($"input[name='cards[a41f][field0]'][value='{skill}']").CheckAsync();
        }

        await page.Locator("#edu").SelectOptionAsync("Bachelor's degree");
        await page.Locator("#school").FillAsync("University of California, Davis");
        await page.Locator(".submit").ClickAsync();
    }

    private static async Task FillBambooHrRadioCards(IPage page)
    {
        await page.Locator("#firstName").FillAsync("Jordan");
        await page.Locator("#lastName").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#resumeFileId").SetInputFilesAsync(Resume);
        await page.GetByText("Hybrid", new() { Exact = false }).First.ClickAsync();
        await page.GetByText("3\u20135 years").ClickAsync();
        await page.Locator("#dateAvailable").FillAsync("2026-01-15");
        await page.Locator("#education").SelectOptionAsync("12");
        await page.Locator(".fab-Button").ClickAsync();
    }

    private static async Task FillTaleoMonthYearWizard(IPage page)
    {
        await page.Locator("#et-first").FillAsync("Jordan");
        await page.Locator("#et-last").FillAsync("Rivera");
        await page.Locator("#et-email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#et-phone").FillAsync("+1 415 555 0134");
        await page.Locator("#et-state").SelectOptionAsync("37");
        await page.Locator("#et-resume").SetInputFilesAsync(Resume);
        await page.Locator("#next").ClickAsync();
        await page.Locator("#avail-month").SelectOptionAsync("1");
        await page.Locator("#avail-year").SelectOptionAsync("2026");
        await page.Locator("#et-relocate").SelectOptionAsync("Y");
        await page.Locator("#et-degree").SelectOptionAsync("BA");
        await page.Locator("#et-school").FillAsync("University of California, Davis");
        await page.Locator("#next").ClickAsync();
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("Bachelor of Arts/Science");
        await page.Locator("#finish").ClickAsync();
    }

    private static async Task FillTeamtailorSkillsListbox(IPage page)
    {
        await page.Locator("#candidate_first_name").FillAsync("Jordan");
        await page.Locator("#candidate_last_name").FillAsync("Rivera");
        await page.Locator("#candidate_email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#candidate_resume").SetInputFilesAsync(Resume);
        await page.Locator("#skills-button").ClickAsync();
        foreach (var skill in new[] { "C#", "Kubernetes", "PostgreSQL", "Terraform" })
        {
            await page.GetByRole(AriaRole.Option, new() { Name = skill, Exact = true }).ClickAsync();
        }

        await page.Keyboard.PressAsync("Escape");
        await page.Locator("input[value='English']").CheckAsync();
        await page.Locator("input[value='Spanish']").CheckAsync();
        await page.Locator("#consent").CheckAsync();
        await page.Locator(".send").ClickAsync();
    }

    private static async Task FillUkgPillsAndPostcode(IPage page)
    {
        await page.Locator("#f-givenName").FillAsync("Jordan");
        await page.Locator("#f-familyName").FillAsync("Rivera");
        await page.Locator("#f-mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#f-street").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#f-zip").FillAsync("94110");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, CA 94110 (San Francisco County)" }).ClickAsync();
        await Assertions.Expect(page.Locator("#f-stateCode")).ToHaveValueAsync("CA");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next step" }).ClickAsync();
        async Task Press(string question, string answer) =>
            await page.GetByRole(AriaRole.Group, new() { Name = question }).GetByRole(AriaRole.Button, new() { Name = answer, Exact = true }).ClickAsync();
        await Press("Do you currently hold the right to work in the United States?", "Yes");
        await Press("Will you need us to sponsor a visa for you, now or later?", "No");
        await Press("Highest education completed", "Bachelor's");
        await Press("What languages can you hold a conversation in? Choose all that apply.", "English");
        await Press("What languages can you hold a conversation in? Choose all that apply.", "Spanish");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next step" }).ClickAsync();
        await page.Locator("input[value='NPV']").CheckAsync();
        await page.Locator("input[value='D-X']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my application" }).ClickAsync();
    }

    private static async Task FillOracleScheduleAndTools(IPage page)
    {
        await page.Locator("#in-givenName").FillAsync("Jordan");
        await page.Locator("#in-familyName").FillAsync("Rivera");
        await page.Locator("#in-emailAddress").FillAsync("jordan.rivera@example.org");
        await page.GetByLabel("Tuesdays and Thursdays at the Tulsa control center, the rest from home").CheckAsync();
        async Task Press(string question, string answer) =>
            await page.GetByRole(AriaRole.Group, new() { Name = question }).GetByRole(AriaRole.Button, new() { Name = answer, Exact = true }).ClickAsync();
        await Press("What work model are you looking for?", "Hybrid \u2013 3 days a week in Tulsa");
        foreach (var tool in new[] { "PostgreSQL / MySQL", "K8s", ".NET Core", "Terraform or Pulumi" })
        {
            await page.GetByLabel(tool, new() { Exact = true }).CheckAsync();
        }

        await Press("Which of these design tools have you used? Select all that apply.", "None of the above");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }

    private static async Task FillWorkdayNestedPrompts(IPage page)
    {
        await page.Locator("#gn").FillAsync("Jordan");
        await page.Locator("#fn").FillAsync("Rivera");
        await page.Locator("#em").FillAsync("jordan.rivera@example.org");
        await page.Locator("#learnBtn").ClickAsync();
        await page.Locator("#learnList [role=option]", new() { HasText = "Social networks" }).ClickAsync();
        await page.Locator("#learnList [role=option]", new() { HasText = "LinkedIn" }).ClickAsync();
        await page.Locator("#homeBox").ClickAsync();
        await page.Locator("#homeList [role=option]", new() { HasText = "North America" }).ClickAsync();
        await page.Locator("#homeList [role=option]", new() { HasText = "United States of America" }).ClickAsync();
        await page.Locator("button[type='submit']").ClickAsync();
    }

    private static async Task FillWorkdayRedrawnPrompts(IPage page)
    {
        // Every pick draws the step again: each box is found anew after one.
        await page.Locator("#givenName").FillAsync("Jordan");
        await page.Locator("#familyName").FillAsync("Rivera");
        await page.Locator("#mail").FillAsync("jordan.rivera@example.org");
        await page.Locator("#mobile").FillAsync("415 555 0134");
        await page.Locator("#channel").FillAsync("Linked");
        await page.GetByRole(AriaRole.Option, new() { Name = "LinkedIn", Exact = true }).ClickAsync();
        await page.Locator("#prefix").FillAsync("United");
        await page.GetByRole(AriaRole.Option, new() { Name = "United States +1", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".chip")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Choose(page, "#seniority", "5 to 7 years");
        await page.GetByLabel("I am not a protected veteran").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
    }

    private static async Task FillWorkdayEnterLookups(IPage page)
    {
        // Each lookup searches on Enter; a pick draws the page again.
        await page.Locator("#forename").FillAsync("Jordan");
        await page.Locator("#surname").FillAsync("Rivera");
        await page.Locator("#emailAddr").FillAsync("jordan.rivera@example.org");
        await page.Locator("#channel").ClickAsync();
        // A group's name ends with its drawn chevron.
        await page.GetByRole(AriaRole.Option, new() { Name = "Online" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "LinkedIn", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".picked-token")).ToHaveTextAsync("LinkedIn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.Locator("#school").FillAsync("Davis");
        // A key event of the script's own has no default action: the form is not submitted by it.
        await page.Locator("#school").EvaluateAsync("el => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))");
        await page.GetByRole(AriaRole.Option, new() { Name = "University of California, Davis", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
    }

    private static async Task FillWorkdaySituationLists(IPage page)
    {
        await page.Locator("#fullName").FillAsync("Jordan Rivera");
        await page.Locator("#mailbox").FillAsync("jordan.rivera@example.org");
        await Choose(page, "#onsite", "Yes \u2013 I would relocate to Leeds");
        await Choose(page, "#notice", "Up to 2 weeks");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my application" }).ClickAsync();
    }

    private static async Task FillTaleoChannelAndUpload(IPage page)
    {
        await page.Locator("#cand-gn-7731").FillAsync("Jordan");
        await page.Locator("#cand-sn-7732").FillAsync("Rivera");
        await page.Locator("#cand-em-7733").FillAsync("jordan.rivera@example.org");
        await page.Locator("#cand-mb-7734").FillAsync("+1 415 555 0134");
        await page.Locator("#chanKind").SelectOptionAsync("k4");
        await page.Locator("#chanItem").SelectOptionAsync("i42");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).First.ClickAsync();
        await page.Locator("#docFile").SetInputFilesAsync(Resume);
        await page.Locator("#docUpload").ClickAsync();
        await page.Locator(".panel.here").GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }

    private static async Task FillAshbyAutofillAndPickers(IPage page)
    {
        await page.Locator("#candidate_name").FillAsync("Jordan Rivera");
        await page.Locator("#candidate_email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#resume_file").SetInputFilesAsync(Resume);
        await page.GetByRole(AriaRole.Group, new() { Name = "Can you legally work in the United States without restrictions?" })
            .GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Would you ever need us to sponsor a work visa for you?" })
            .GetByRole(AriaRole.Button, new() { Name = "No", Exact = true }).ClickAsync();
        await Choose(page, "#heard_from", "LinkedIn");
        await Choose(page, "#education_level", "Bachelor's degree");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
    }

    private static async Task FillGemDropdownsAndSelfId(IPage page)
    {
        await page.Locator("#first_name").FillAsync("Jordan");
        await page.Locator("#last_name").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("(415) 555-0134");
        await page.Locator("#location").FillAsync("San Francisco, CA");
        await page.Locator("#resume-input").SetInputFilesAsync(Resume);
        await page.Locator("#linkedin").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("#authorized-yes").CheckAsync();
        await page.Locator("#sponsorship-no").CheckAsync();
        await page.Locator("#office_days-yes").CheckAsync();
        await Choose(page, "#backend_years", "5-7");
        await page.Locator("#base_salary").FillAsync("$120,000");
        await Choose(page, "#availability", "Within 2 weeks");
        foreach (var tool in new[] { "C# / .NET", "PostgreSQL", "Kubernetes", "Terraform" })
        {
            await page.GetByLabel(tool, new() { Exact = true }).CheckAsync();
        }

        await Choose(page, "#referral_source", "LinkedIn");
        await Choose(page, "#eeo_gender", "Male");
        await Choose(page, "#eeo_race", "Hispanic or Latino");
        await Choose(page, "#eeo_veteran", "I am not a protected veteran");
        await Choose(page, "#eeo_disability", "I do not want to answer");
        await page.Locator("#privacy_ack").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }

    private static async Task FillManatalDialCodeAndNotice(IPage page)
    {
        await page.Locator("#full_name").FillAsync("Jordan Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#dial-button").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "United States" }).ClickAsync();
        await page.Locator("#phone_number").FillAsync("415 555 0134");
        await page.Locator("#current_location").FillAsync("San Francisco, United States");
        await page.Locator("#linkedin_url").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("#resume").SetInputFilesAsync(Resume);
        await page.Locator("#q_workright").SelectOptionAsync("Yes");
        await page.Locator("#q_visa").SelectOptionAsync("No");
        await page.Locator("input[name='q_travel'][value='Yes']").CheckAsync();
        await page.Locator("#q_years").FillAsync("5");
        await page.Locator("#q_salary").FillAsync("120000");
        await page.Locator("#q_notice").SelectOptionAsync("14");
        await page.Locator("input[name='q_languages'][value='en']").CheckAsync();
        await page.Locator("input[name='q_languages'][value='es']").CheckAsync();
        await page.Locator("#q_source").SelectOptionAsync("2");
        await page.Locator("input[name='pdpa_consent']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit Application" }).ClickAsync();
    }

    private static async Task FillZohoRecruitPicklistsAndAddress(IPage page)
    {
        async Task Type(string name, string value) => await page.Locator($"[name='{name}']").FillAsync(value);
        async Task Pick(string name, params string[] values) => await page.Locator($"select[name='{name}']").SelectOptionAsync(values);

        await Type("First_Name", "Jordan");
        await Type("Last_Name", "Rivera");
        await Type("Email", "jordan.rivera@example.org");
        await Type("Mobile", "415-555-0134");
        await Type("Street", "2150 Folsom Street, Apt 4B");
        await Type("City", "San Francisco");
        await Pick("State", "CA");
        await Type("Zip_Code", "94110");
        await Pick("Country", "United States");
        await Type("Current_Employer", "Tailspin Toys");
        await Type("Current_Job_Title", "Senior Software Engineer");
        await Pick("Experience_in_Years", "5 Years");
        await Pick("Highest_Qualification_Held", "Bachelor's");
        await Type("Expected_Salary", "120000");
        await Pick("Skill_Set", "C#", "Kubernetes", "PostgreSQL");
        await Type("LinkedIn__s", "https://www.linkedin.com/in/jordan-rivera-example");
        await Pick("Eligible_To_Work_US", "Yes");
        await Pick("Sponsorship_Required", "No");
        await Pick("Work_Model", "Hybrid (2-3 office days)");
        await Pick("Notice_Period", "15 days");
        await Pick("Source", "LinkedIn");
        await Pick("Gender", "Male");
        await Pick("Veteran_Status", "Not a Protected Veteran");
        await page.Locator("[name='Resume_Attachment']").SetInputFilesAsync(Resume);
        await page.Locator("[name='Privacy_Consent']").CheckAsync();
        await page.Locator("input[type='submit']").ClickAsync();
    }

    private static async Task FillPaylocityPayAndSignature(IPage page)
    {
        await page.Locator("#Resume_File").SetInputFilesAsync(Resume);
        await page.Locator("#PersonalInformation_FirstName").FillAsync("Jordan");
        await page.Locator("#PersonalInformation_LastName").FillAsync("Rivera");
        await page.Locator("#PersonalInformation_Address1").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#PersonalInformation_City").FillAsync("San Francisco");
        await page.Locator("#PersonalInformation_State").SelectOptionAsync("CA");
        await page.Locator("#PersonalInformation_Zip").FillAsync("94110");
        await page.Locator("#PersonalInformation_Email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#PersonalInformation_Phone").FillAsync("(415) 555-0134");
        await page.Locator("#PersonalInformation_PhoneType").SelectOptionAsync(new SelectOptionValue { Label = "Cell" });
        await page.Locator("#Experience_Employer").FillAsync("Tailspin Toys");
        await page.Locator("#Experience_Title").FillAsync("Senior Software Engineer");
        await page.Locator("#Education_Level").SelectOptionAsync(new SelectOptionValue { Label = "Bachelor" });
        await page.Locator("#Education_School").FillAsync("University of California, Davis");
        await page.Locator("#Availability_DateAvailable").FillAsync("01/15/2026");
        await page.Locator("#Availability_DesiredPay").FillAsync("120000");
        await page.Locator("#Availability_PayPeriod").SelectOptionAsync("Year");
        foreach (var (question, answer) in new[] { (0, "Yes"), (1, "Yes"), (2, "No"), (3, "Yes"), (5, "Yes"), (6, "No"), (7, "No") })
        {
            await page.Locator($"input[name='Questions[{question}].Answer'][value='{answer}']").CheckAsync();
        }

        await page.Locator("#Questions_4_Answer").SelectOptionAsync(new SelectOptionValue { Label = "5 years to less than 8 years" });
        await page.Locator("#Questions_8_Answer").SelectOptionAsync(new SelectOptionValue { Label = "LinkedIn" });
        await page.Locator("#Eeo_Gender").SelectOptionAsync("M");
        await page.Locator("#Eeo_Race").SelectOptionAsync("1");
        await page.Locator("input[name='Eeo.Veteran'][value='N']").CheckAsync();
        await page.Locator("input[name='Eeo.Disability'][value='D']").CheckAsync();
        await page.Locator("#Signature_Agree").CheckAsync();
        await page.Locator("#Signature_Name").FillAsync("Jordan Rivera");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit Application" }).ClickAsync();
    }

    private static async Task FillEightfoldChipsAndLookups(IPage page)
    {
        await page.Locator("#resume-file").SetInputFilesAsync(Resume);
        await page.Locator("#firstName").FillAsync("Jordan");
        await page.Locator("#lastName").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone-country").FillAsync("United States");
        await page.GetByRole(AriaRole.Option, new() { Name = "United States (+1)", Exact = true }).ClickAsync();
        await page.Locator("#phone-number").FillAsync("415 555 0134");
        await page.Locator("#location").FillAsync("San Francisco");
        await page.GetByRole(AriaRole.Option, new() { Name = "San Francisco, California, United States", Exact = true }).ClickAsync();
        await page.Locator("#linkedin").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        foreach (var skill in new[] { "C#", ".NET Core", "PostgreSQL", "TypeScript", "React", "Kubernetes", "Terraform" })
        {
            await page.Locator("#skills").FillAsync(skill);
            await page.GetByRole(AriaRole.Option, new() { Name = skill, Exact = true }).ClickAsync();
        }

        await Choose(page, "#authorization", "Yes");
        await Choose(page, "#sponsorship", "No");
        await Choose(page, "#relocation", "Yes");
        await Choose(page, "#experience", "5 - 6 years");
        await Choose(page, "#notice", "2 - 4 weeks");
        await Choose(page, "#travel", "Yes");
        await page.Locator("#salary").FillAsync("120000");
        await Choose(page, "#referral", "LinkedIn");
        await Choose(page, "#gender", "Male");
        await Choose(page, "#hispanic", "Yes");
        await Choose(page, "#veteran", "I am not a protected veteran");
        await Choose(page, "#disability", "I do not want to answer");
        await page.Locator("#privacy").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }

    private static async Task FillComeetLocalDatesAndChoices(IPage page)
    {
        await page.Locator("#first_name").FillAsync("Jordan");
        await page.Locator("#last_name").FillAsync("Rivera");
        await page.Locator("#email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#phone").FillAsync("+1 415 555 0134");
        await page.Locator("#linkedin").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        await page.Locator("#cv").SetInputFilesAsync(Resume);
        foreach (var (question, answer) in new[] { ("q_1A.07", "Yes"), ("q_1A.08", "No"), ("q_1A.09", "Yes"), ("q_1A.10", "hybrid"), ("q_1A.11", "Yes") })
        {
            await page.Locator($"input[name='{question}'][value='{answer}']").CheckAsync(new() { Force = true });
        }

        await page.Locator("[id='q_1A.12']").SelectOptionAsync(new SelectOptionValue { Label = "5-6" });
        await page.Locator("input[name='q_1A.13'][value='English']").CheckAsync();
        await page.Locator("input[name='q_1A.13'][value='Spanish']").CheckAsync();
        await page.Locator("[id='q_1A.14']").FillAsync("2 weeks");
        await page.Locator("[id='q_1A.15']").FillAsync("15/01/2026");
        await page.Locator("[id='q_1A.16']").FillAsync("120,000");
        await page.Locator("[id='q_1A.17']").SelectOptionAsync(new SelectOptionValue { Label = "LinkedIn" });
        await page.Locator("input[name='eeo_gender'][value='male']").CheckAsync();
        await page.Locator("#eeo_race").SelectOptionAsync(new SelectOptionValue { Label = "Hispanic or Latino" });
        await page.Locator("#eeo_veteran").SelectOptionAsync(new SelectOptionValue { Label = "I am not a veteran" });
        await page.Locator("input[name='consent_privacy']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
    }

    private static async Task FillRipplingLanguagesAndMoving(IPage page)
    {
        await page.Locator("#applicant-name").FillAsync("Jordan Rivera");
        await page.Locator("#applicant-email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#applicant-phone").FillAsync("(415) 555-0134");
        await page.Locator("#applicant-resume").SetInputFilesAsync(Resume);
        await page.Locator("input[name='driver_calls'][value='true']").CheckAsync();
        await page.Locator("#shift-reports").SelectOptionAsync("si");
        await page.Locator("[data-name='depot_move'] [data-value='1']").ClickAsync();
        await page.Locator("#tri-cities").SelectOptionAsync("move");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
    }

    private static async Task FillClearCompanyTogglesAndPlainDate(IPage page)
    {
        await page.Locator("#ResumeFile").SetInputFilesAsync(Resume);
        await page.Locator("#FirstName").FillAsync("Jordan");
        await page.Locator("#LastName").FillAsync("Rivera");
        await page.Locator("#Email").FillAsync("jordan.rivera@example.org");
        await page.Locator("#Phone").FillAsync("(415) 555-0134");
        await page.Locator("#Street").FillAsync("2150 Folsom Street, Apt 4B");
        await page.Locator("#City").FillAsync("San Francisco");
        await page.Locator("#State").SelectOptionAsync("CA");
        await page.Locator("#Zip").FillAsync("94110");
        await page.Locator("#LinkedIn").FillAsync("https://www.linkedin.com/in/jordan-rivera-example");
        foreach (var (question, answer) in new[]
        {
            ("101", "True"), ("102", "True"), ("103", "False"), ("104", "True"), ("106", "False"), ("107", "False"), ("109", "Y3"), ("112", "True"),
        })
        {
            await page.Locator($"input[name='Answers[{question}]'][value='{answer}']").CheckAsync(new() { Force = true });
        }

        await page.Locator("#Q105").SelectOptionAsync("A2");
        await page.Locator("#Q108").SelectOptionAsync("D3");
        await page.Locator("#Q110").FillAsync("1/15/2026");
        await page.Locator("#Q111").FillAsync("120000");
        await page.Locator("#Q113").SelectOptionAsync("S3");
        await page.Locator("#EeoGender").SelectOptionAsync("2");
        await page.Locator("#EeoRace").SelectOptionAsync("4");
        await page.Locator("#EeoVeteran").SelectOptionAsync("2");
        await page.Locator("#EeoDisability").SelectOptionAsync("3");
        await page.Locator("#Acknowledge").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit Application" }).ClickAsync();
    }
}
