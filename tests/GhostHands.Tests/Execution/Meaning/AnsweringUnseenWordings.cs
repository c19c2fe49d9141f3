using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Questions and option lists worded as companies word them, none taken from a fixture form: the fixture applicant
/// (profile and screening answers) must answer each from the right entry, in the field's shape.
/// </summary>
public sealed class WhenAFormWordsAProfileQuestionItsOwnWay
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    [Theory]
    [InlineData("Available from")]
    [InlineData("Earliest start date")]
    [InlineData("When can you start?")]
    [InlineData("Date available")]
    [InlineData("Date Available (MM/DD/YYYY)")]
    [InlineData("Availability date")]
    [InlineData("How soon could you join us?")]
    [InlineData("When would you be able to commence employment?")]
    [InlineData("Earliest availability")]
    [InlineData("Desired start date")]
    public void A_start_date_in_other_words_is_the_start_date(string label) =>
        Assert.Equal("2026-01-15", AnswerPlanner.Plan(Field("text", label, type: "date"), Jordan, null)?.Value);

    [Theory]
    [InlineData("Desired compensation")]
    [InlineData("Expected base salary (USD)")]
    [InlineData("What are your pay expectations?")]
    [InlineData("Target annual pay")]
    public void A_salary_in_other_words_is_the_salary(string label) =>
        Assert.Equal("120000", AnswerPlanner.Plan(Field("text", label), Jordan, null)?.Value);

    [Theory]
    [InlineData("Current employer")]
    [InlineData("Current or most recent employer")]
    [InlineData("Current company")]
    [InlineData("Employer")]
    [InlineData("Company name (current)")]
    public void A_current_employer_in_other_words_is_the_current_company(string label) =>
        Assert.Equal("Tailspin Toys", AnswerPlanner.Plan(Field("text", label), Jordan, null)?.Value);

    [Theory]
    [InlineData("Years of relevant experience", "0-2 years|3-4 years|5-7 years|8+ years", "5-7 years")]
    [InlineData("Relevant experience", "Less than a year|1 to 2 years|3 to 5 years|6 to 10 years|More than 10 years", "3 to 5 years")]
    [InlineData("How much professional experience do you have?", "Entry level (0-2 yrs)|Mid level (3-6 yrs)|Senior (7+ yrs)", "Mid level (3-6 yrs)")]
    [InlineData("Years of experience", "1-3|3-5|5-10|10+", "5-10")]
    public void Years_of_experience_pick_the_range_holding_them(string label, string options, string expected) =>
        Assert.Equal(expected, Choice(Field("select", label, options: options), Jordan));

    [Theory]
    [InlineData("Desired compensation", "Under $100k|$100k - $125k|$125k - $150k|$150k+", "$100k - $125k")]
    [InlineData("Salary expectations", "$80,000 - $99,999|$100,000 - $119,999|$120,000 - $139,999|$140,000 or more", "$120,000 - $139,999")]
    public void A_salary_picks_the_band_holding_it(string label, string options, string expected) =>
        Assert.Equal(expected, Choice(Field("select", label, options: options), Jordan));

    [Theory]
    [InlineData("Preferred work setup", "Remote|Hybrid|On-site")]
    [InlineData("Workplace preference", "Fully remote|Hybrid (2-3 days in office)|In office")]
    [InlineData("Where would you like to work from?", "Remote|Hybrid|In office")]
    [InlineData("Work arrangement", "Work from home|Mix of home and office|Office-based")]
    [InlineData("Which work arrangement do you prefer?", "Remote|Hybrid|Onsite")]
    public void A_work_arrangement_select_takes_the_profiles_one_arrangement(string label, string options) =>
        Assert.Equal(options.Split('|')[1], Choice(Field("select", label, options: options), Jordan));

    [Theory]
    [InlineData("Preferred working arrangement", "Home-based|Tuesdays and Fridays in the office, home otherwise|Office five days")]
    [InlineData("Work arrangement", "All remote|At the lab on Wednesdays and Thursdays, rest of the week at home|At the lab full time")]
    [InlineData("Which working setup suits you?", "From anywhere|In Leeds on set days, the rest from home|Leeds office only")]
    public void A_split_option_naming_office_days_and_home_is_the_hybrid_one(string label, string options) =>
        Assert.Equal(options.Split('|')[1], Choice(Field("radio", label, options: options), Jordan));

    [Theory]
    [InlineData("Our studio is in Halifax. Would you move there for this job?")]
    [InlineData("The role is based in Turin; are you open to moving there?")]
    public void Moving_there_after_the_place_is_named_is_relocation(string label) =>
        Assert.Equal("Yes", Choice(Field("radio", label, options: "Yes|No"), Jordan));

    [Theory]
    [InlineData("Phone type", "Mobile|Home|Work")]
    [InlineData("Phone device type", "Home|Cell|Work")]
    [InlineData("Type of phone number", "Landline|Mobile phone|Business")]
    [InlineData("Phone Device Type", "Work Mobile|Personal Mobile|Home Landline")]
    public void A_phone_type_is_a_personal_mobile(string label, string options)
    {
        var expected = options.Split('|').Single(o => o.Contains("Mobile", StringComparison.Ordinal) && !o.StartsWith("Work", StringComparison.Ordinal) || o == "Cell");

        Assert.Equal(expected, Choice(Field("select", label, options: options), Jordan));
    }

    [Fact]
    public void A_phone_type_radio_group_picks_mobile_too() =>
        Assert.Equal("Cell phone", Choice(Field("radio", "What kind of phone is this?", options: "Home phone|Cell phone|Work phone"), Jordan));

    [Theory]
    [InlineData("Are you legally eligible to work in the United States?", "Yes|No", "Yes")]
    [InlineData("Are you legally eligible to work in the U.S.?", "Yes, I am eligible|No, I am not eligible", "Yes, I am eligible")]
    [InlineData("Will you now or in the future require sponsorship?", "Yes|No", "No")]
    [InlineData("Will you now or in the future require sponsorship for an employment visa?", "I will require sponsorship|I will not require sponsorship", "I will not require sponsorship")]
    [InlineData("Do you require visa sponsorship to work in the US?", "Yes, now|Yes, in the future|No", "No")]
    public void Authorisation_and_sponsorship_in_other_words_are_answered(string label, string options, string expected) =>
        Assert.Equal(expected, Choice(Field("radio", label, options: options), Jordan));

    [Theory]
    [InlineData("Gender", "Man|Woman|Non-binary|I prefer not to say", "Man")]
    [InlineData("Gender identity", "Female|Male (including transgender men)|Another gender|Decline", "Male (including transgender men)")]
    [InlineData("Veteran status", "I identify as one or more of the classifications of protected veteran|I am not a protected veteran|I choose not to self-identify", "I am not a protected veteran")]
    [InlineData("Are you Hispanic or Latino?", "Yes|No|Decline to answer", "Yes")]
    [InlineData("Race/Ethnicity", "Not Hispanic or Latino|Hispanic or Latinx|Asian|White|Two or more races", "Hispanic or Latinx")]
    [InlineData("Disability status", "Yes, I have a disability|No, I do not have a disability|No answer", "No answer")]
    public void Eeo_questions_with_unusual_options_take_the_profiles_answer(string label, string options, string expected) =>
        Assert.Equal(expected, Choice(Field("select", label, options: options), Jordan));

    [Theory]
    [InlineData("How did you hear about us?", "Company website|Job board (Indeed, Glassdoor)|LinkedIn|Employee referral", "LinkedIn")]
    [InlineData("Source", "Social media (LinkedIn, X)|Referral|Other", "Social media (LinkedIn, X)")]
    public void How_the_applicant_heard_takes_the_screening_answer(string label, string options, string expected) =>
        Assert.Equal(expected, Choice(Field("select", label, options: options), Jordan));

    [Theory]
    [InlineData("Which of these technologies have you used?", "C / C++|C# / .NET|Java|TypeScript / JavaScript|React Native|Kubernetes|Ansible", "C# / .NET|TypeScript / JavaScript|Kubernetes")]
    [InlineData("Programming languages", "C|C#|C++|F#|Go|Rust", "C#")]
    [InlineData("Languages spoken", "English (native or fluent)|French|Spanish (professional)|Portuguese", "English (native or fluent)|Spanish (professional)")]
    [InlineData("Skills", "React|React Native|Vue|PostgreSQL|MySQL|Terraform|Pulumi", "React|PostgreSQL|Terraform")]
    public void A_checkbox_group_ticks_exactly_the_applicants_items(string label, string options, string expected) =>
        Assert.Equal(expected.Split('|'), Choices(Field("checkboxgroup", label, options: options), Jordan));

    [Theory]
    [InlineData("Notice period", "None|Less than 1 month|1 month|2 months|3 months or more", "Less than 1 month")]
    [InlineData("How much notice do you need to give?", "Immediately available|1-2 weeks|3-4 weeks|More than a month", "1-2 weeks")]
    public void A_notice_period_picks_the_bucket_in_the_same_unit(string label, string options, string expected) =>
        Assert.Equal(expected, Choice(Field("select", label, options: options), Jordan));

    [Fact]
    public void A_currency_select_takes_the_salary_currency() =>
        Assert.Equal("USD - US Dollar", Choice(Field("select", "Salary currency", options: "EUR - Euro|USD - US Dollar|GBP - Pound"), Jordan));

    [Theory]
    [InlineData("Are you legally eligible to work in Canada?")]
    [InlineData("Do you hold a valid work permit for the United Kingdom?")]
    public void Authorisation_given_for_one_country_does_not_answer_for_another(string question)
    {
        var input = Applicants.With(
            new Dictionary<string, string> { ["work_authorization"] = """{"US":"yes"}""", ["country"] = "US" },
            new Dictionary<string, string> { ["Are you legally authorized to work in the US?"] = "yes" });

        Assert.Null(AnswerFinder.Find(question, "", input));
    }

    [Theory]
    [InlineData("Which days of the week are you available?", "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")]
    [InlineData("Which certifications do you hold?", "AWS Solutions Architect|CKA|PMP|Scrum Master")]
    public void A_checkbox_group_the_applicant_said_nothing_about_ticks_nothing(string label, string options) =>
        Assert.Null(AnswerPlanner.Plan(Field("checkboxgroup", label, options: options), Jordan, null));

    [Fact]
    public void A_list_answer_does_not_pick_one_of_its_items_for_a_single_choice()
    {
        var input = Applicants.With(qa: new Dictionary<string, string> { ["Which work arrangements would you consider?"] = "Remote, Hybrid" });

        Assert.Null(Choice(Field("select", "Preferred work arrangement", options: "Remote|Hybrid|On-site"), input));
    }

    [Fact]
    public void A_phone_type_list_not_opened_yet_asks_for_a_personal_mobile() =>
        Assert.Equal("Personal mobile", AnswerPlanner.Plan(Field("listbox", "Phone Device Type"), Jordan, null)?.Value);

    [Fact]
    public void A_phone_type_is_left_open_when_the_applicant_gave_no_phone() =>
        Assert.Null(AnswerPlanner.Plan(Field("select", "Phone type", options: "Mobile|Home|Work"), Applicants.Only(("first_name", "Ada")), null));

    [Theory]
    [InlineData("C#", "C")]
    [InlineData(".NET", "net")]
    [InlineData("F#", "F")]
    public void Names_with_a_sign_stay_apart_from_the_bare_letter_or_word(string name, string other) =>
        Assert.NotEqual(TextNorm.Normalize(other), TextNorm.Normalize(name));

    [Fact]
    public void A_pause_on_part_of_a_split_date_names_the_dates_question()
    {
        var month = Field("select", "Month", options: "January|February") with { Group = "Available from" };

        Assert.Equal("Available from", WidgetAnswers.Question(month));
        Assert.Equal("Phone type", WidgetAnswers.Question(Field("select", "Phone type") with { Group = "Contact" }));
    }

    [Theory]
    [InlineData("What is your earliest possible start date?")]
    [InlineData("When are you available to begin?")]
    [InlineData("Joining date")]
    [InlineData("Start availability")]
    public void More_start_date_wordings_are_the_start_date(string label) =>
        Assert.Equal("2026-01-15", AnswerPlanner.Plan(Field("text", label), Jordan, null)?.Value);

    [Theory]
    [InlineData("When are you available for a phone interview?")]
    [InlineData("When did you start at your current company?")]
    public void A_date_about_something_else_is_not_the_start_date(string label) =>
        Assert.NotEqual("2026-01-15", AnswerPlanner.Plan(Field("text", label), Jordan, null)?.Value);

    [Theory]
    [InlineData("Compensation expectations")]
    [InlineData("What is your desired salary?")]
    [InlineData("Salary requirements")]
    public void More_salary_wordings_are_the_salary(string label) =>
        Assert.Equal("120000", AnswerPlanner.Plan(Field("text", label), Jordan, null)?.Value);

    [Theory]
    [InlineData("Name of current employer")]
    [InlineData("Present employer")]
    [InlineData("Most recent company")]
    public void More_employer_wordings_are_the_current_company(string label) =>
        Assert.Equal("Tailspin Toys", AnswerPlanner.Plan(Field("text", label), Jordan, null)?.Value);

    [Theory]
    [InlineData("Are you legally permitted to work in the US?", "Yes|No", "Yes")]
    [InlineData("Do you have the legal right to work in the United States?", "Yes|No", "Yes")]
    [InlineData("Work authorization", "I am authorized to work in the US for any employer|I am not authorized to work in the US", "I am authorized to work in the US for any employer")]
    [InlineData("Do you now or will you in the future need visa sponsorship?", "Yes|No", "No")]
    [InlineData("Will you require employer sponsorship (e.g. H-1B) now or later?", "Yes|No", "No")]
    [InlineData("Open to relocation?", "Yes|No", "Yes")]
    public void More_yes_or_no_wordings_take_the_profiles_answer(string label, string options, string expected) =>
        Assert.Equal(expected, Choice(Field("radio", label, options: options), Jordan));

    [Theory]
    [InlineData("Highest degree earned", "High School Diploma/GED|Associate|Bachelor's Degree (BA/BS)|Master's Degree|Doctorate (PhD)", "Bachelor's Degree (BA/BS)")]
    [InlineData("Sex", "M|F|X", "M")]
    [InlineData("Veteran Status", "I am a veteran|I am not a veteran|Prefer not to say", "I am not a veteran")]
    [InlineData("Disability", "Yes, I have a disability (or previously had a disability)|No, I do not have a disability|I do not want to answer", "I do not want to answer")]
    [InlineData("Where did you hear about this job?", "Indeed|LinkedIn|Glassdoor|Other", "LinkedIn")]
    [InlineData("Type", "Home|Mobile|Work", "Mobile")]
    public void More_choices_in_other_words_take_the_right_option(string label, string options, string expected)
    {
        var field = Field("select", label, options: options) with { Group = label == "Type" ? "Phone" : "" };

        Assert.Equal(expected, Choice(field, Jordan));
    }

    [Theory]
    [InlineData("Skills", "ReactJS|Postgres|Docker|K8s", "ReactJS|Postgres|K8s")]
    [InlineData("Which of these have you used?", "Java|JavaScript|Node.js", "")]
    public void Names_written_a_little_differently_are_the_same_skill(string label, string options, string expected) =>
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), Choices(Field("checkboxgroup", label, options: options), Jordan));

    [Theory]
    [InlineData("Are you legally eligible to work in the United States?", "Eligible|Not eligible", "Eligible")]
    [InlineData("Will you require sponsorship?", "Required|Not required", "Not required")]
    public void A_short_pair_of_statements_takes_a_yes_or_no(string label, string options, string expected) =>
        Assert.Equal(expected, Choice(Field("radio", label, options: options), Jordan));

    [Fact]
    public void Two_options_that_both_say_yes_leave_an_authorisation_question_open() =>
        Assert.Null(AnswerPlanner.Plan(Field("select", "Are you authorized to work in the US?", options: "Yes, I am a U.S. citizen or permanent resident|Yes, I hold a work visa|No"), Jordan, null));

    [Theory]
    [InlineData(-30, "Immediately")]
    [InlineData(10, "Within 2 weeks")]
    [InlineData(20, "Within 1 month")]
    [InlineData(60, "1-3 months")]
    [InlineData(200, "More than 3 months")]
    public void A_start_date_picks_how_soon_counted_from_today(int daysAhead, string expected)
    {
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysAhead).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var field = Field("select", "When can you start?", options: "Immediately|Within 2 weeks|Within 1 month|1-3 months|More than 3 months");

        Assert.Equal(expected, Choice(field, Applicants.Only(("start_date", start))));
    }

    [Theory]
    [InlineData("December 2026|January 2027|February 2027", "January 2027")]
    [InlineData("12/2026|01/2027|02/2027", "01/2027")]
    [InlineData("01/14/2027|01/15/2027|01/16/2027", "01/15/2027")]
    public void A_start_date_picks_the_option_naming_its_month_or_day(string options, string expected) =>
        Assert.Equal(expected, Choice(Field("select", "Available from", options: options), Applicants.Only(("start_date", "2027-01-15"))));

    [Theory]
    [InlineData("Veteran status", "I am a protected veteran|I am not a protected veteran|I prefer not to answer", "I am not a protected veteran")]
    [InlineData("Are you a protected veteran?", "Yes|No|I do not wish to answer", "No")]
    [InlineData("Protected veteran", "Veteran|Not a veteran", "Not a veteran")]
    public void A_denial_never_picks_the_option_it_denies(string label, string options, string expected) =>
        Assert.Equal(expected, Choice(Field("select", label, options: options), Jordan));

    [Fact]
    public void A_declined_answer_is_not_read_as_no() =>
        Assert.Null(YesNo.Parse("I do not wish to answer"));

    [Theory]
    [InlineData("0%|0-25%|26-50%|More than 50%", "0-25%")]
    [InlineData("None|Occasionally (up to 25%)|Frequently (up to 50%)", "Occasionally (up to 25%)")]
    public void A_range_answer_picks_the_option_with_the_same_bound(string options, string expected)
    {
        var input = Applicants.With(qa: new Dictionary<string, string> { ["willing_to_travel"] = "Up to 25%" });

        Assert.Equal(expected, Choice(Field("select", "How much travel are you willing to do?", options: options), input));
    }

    internal static FormField Field(string kind, string label, string type = "", string options = "") =>
        new("f1", kind, type.Length > 0 ? type : kind, "f1", label, "", true, "",
            [.. options.Split('|', StringSplitOptions.RemoveEmptyEntries).Select((t, i) => new FieldOption($"o{i}", $"v{i}", t, false))], "", null, null, null);

    private static string? Choice(FormField field, ApplyInput input) =>
        AnswerPlanner.Plan(field, input, null) is { } answer ? Assert.Single(answer.Choices).Text : null;

    private static IEnumerable<string> Choices(FormField field, ApplyInput input) =>
        AnswerPlanner.Plan(field, input, null)?.Choices.Select(c => c.Text) ?? [];
}
