using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>A source question ("How did you find this job?") when the applicant named no source.</summary>
public sealed class WhenNoSourceIsGiven
{
    private static readonly ApplyInput NoSource = Applicants.With(Applicants.FullProfile);

    private static FormField Field(string kind, string label, string options, bool required = true) =>
        WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, options: options) with { Required = required };

    [Theory]
    [InlineData("How did you find this job?", "Select...|LinkedIn|Indeed|Company Website|Employee Referral|Other", "Company Website")]
    [InlineData("Where did you learn about this job?", "Job board|Careers page|Referral|Other", "Careers page")]
    [InlineData("How did you hear about this role?", "LinkedIn|Glassdoor|Recruiter|Other (please specify)", "Other (please specify)")]
    public void A_required_choice_takes_the_companys_site_else_other(string label, string options, string chosen) =>
        Assert.Equal(chosen, Assert.Single(AnswerPlanner.Plan(Field("select", label, options), NoSource, null)!.Choices).Text);

    [Fact]
    public void A_required_text_question_names_the_companys_website() =>
        Assert.Equal(HeardAbout.CompanySite, AnswerPlanner.Plan(Field("text", "How did you hear about this vacancy?", ""), NoSource, null)?.Value);

    [Fact]
    public void A_custom_list_whose_options_are_unread_gets_no_answer_until_they_are() =>
        Assert.Null(AnswerPlanner.Plan(Field("listbox", "How did you find this job?", ""), NoSource, null));

    [Fact]
    public void A_read_only_combobox_is_a_closed_list_and_takes_the_companys_site_once_read()
    {
        var read = Field("combobox", "How did you hear about this role?", "Podcast|Meetup|Our careers site|Other") with { ReadOnly = true };

        Assert.Equal("Our careers site", HeardAbout.Default(read)?.Value);
        var answer = AnswerPlanner.Plan(read, NoSource, null);

        Assert.Equal("Our careers site", answer?.Value);
        Assert.Empty(answer!.Choices);
        Assert.Null(AnswerPlanner.Plan(read with { ReadOnly = false }, NoSource, null));
    }

    [Fact]
    public void An_optional_one_stays_blank() =>
        Assert.Null(AnswerPlanner.Plan(Field("select", "How did you find this job?", "LinkedIn|Company Website|Other", required: false), NoSource, null));

    [Fact]
    public void Options_naming_only_particular_sources_stay_open_for_a_person() =>
        Assert.Null(AnswerPlanner.Plan(Field("radio", "Where did you hear about this position?", "LinkedIn|Indeed|Employee referral|Career fair"), NoSource, null));

    [Fact]
    public void A_source_the_applicant_gave_wins()
    {
        var input = Applicants.With(Applicants.FullProfile, new Dictionary<string, string> { ["How did you find this job?"] = "LinkedIn" });

        Assert.Equal("LinkedIn", Assert.Single(AnswerPlanner.Plan(Field("select", "How did you find this job?", "LinkedIn|Company Website|Other"), input, null)!.Choices).Text);
    }
}

/// <summary>A start date against options that say how soon, counted from the day the form is filled.</summary>
public sealed class WhenStartOptionsSayHowSoon
{
    private static readonly string[] Buckets = ["Immediately", "Within 2 weeks", "1 month", "3 months", "More than 3 months"];

    private static string? Chosen(int daysFromToday)
    {
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysFromToday).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var options = Buckets.Select((t, i) => new FieldOption($"o{i}", $"v{i}", t, false)).ToList();
        return OptionMatcher.Best(start, options)?.Text;
    }

    [Theory]
    [InlineData(-30, "Immediately")]
    [InlineData(0, "Immediately")]
    [InlineData(10, "Within 2 weeks")]
    [InlineData(20, "1 month")]
    [InlineData(30, "1 month")]
    [InlineData(45, "3 months")]
    [InlineData(200, "More than 3 months")]
    public void The_soonest_bucket_the_applicant_can_keep_is_chosen(int daysFromToday, string chosen) =>
        Assert.Equal(chosen, Chosen(daysFromToday));
}

/// <summary>Work authorisation given per country answers only questions about that country.</summary>
public sealed class WhenAuthorisationIsGivenPerPlace
{
    private static readonly ApplyInput PerPlace = Applicants.Only(("work_authorization", """{"US":"yes","EU":"no"}"""), ("country", "US"));

    [Theory]
    [InlineData("Do you have the right to work in the EU?", "no")]
    [InlineData("Are you authorized to work in the United States?", "yes")]
    [InlineData("Are you eligible to work in this country?", "yes")]
    public void A_question_takes_the_entry_of_the_place_it_names(string question, string answer) =>
        Assert.Equal(answer, AnswerFinder.Find(question, "", PerPlace)?.Value);

    [Theory]
    [InlineData("Are you legally authorized to work in Georgia?")]
    [InlineData("Are you legally permitted to work in the Schengen Area?")]
    public void A_place_no_entry_names_stays_open(string question) =>
        Assert.Null(AnswerFinder.Find(question, "", PerPlace));

    [Fact]
    public void A_screening_answer_about_one_country_does_not_answer_for_a_place_the_table_does_not_know()
    {
        var input = Applicants.With(qa: new Dictionary<string, string> { ["Are you legally authorized to work in the US?"] = "yes" });

        Assert.Null(AnswerFinder.Find("Are you legally authorized to work in the EU?", "", input));
        Assert.Equal("yes", AnswerFinder.Find("Are you legally authorized to work in the United States?", "", input)?.Value);
    }
}

/// <summary>The second line of an address, which the profile does not hold: never a copy of the first.</summary>
public sealed class WhenAFormAsksForASecondAddressLine
{
    [Theory]
    [InlineData("Address line 2")]
    [InlineData("Address 2")]
    [InlineData("Apt, suite, unit (optional)")]
    [InlineData("Apartment / Suite")]
    [InlineData("Street address (line 2)")]
    public void It_gets_no_answer(string label) =>
        Assert.Null(AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field("text", label) with { Required = false }, Applicants.With(Applicants.FullProfile), null));

    [Theory]
    [InlineData("Address line 1")]
    [InlineData("Street address")]
    public void The_first_line_still_gets_the_street(string label) =>
        Assert.Equal("12 Market St", AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field("text", label), Applicants.With(Applicants.FullProfile), null)?.Value);
}
