using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// A career's length asked without "years" or "experience", and the applicant's time zone in the shapes forms offer
/// it. None of these wordings is from a fixture form.
/// </summary>
public sealed class WhenAFormAsksHowLongOrWhichTimeZone
{
    private static readonly ApplyInput Ada = Applicants.With(Applicants.FullProfile);

    private static FormField Field(string kind, string label, string options = "", string type = "") =>
        WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, type, options);

    private static ApplyInput LivingIn(string? city, string? state, string? country) =>
        Applicants.With(new Dictionary<string, string>(Applicants.FullProfile.Where(p => p.Key is not ("city" or "state" or "country")))
        {
            ["city"] = city ?? "", ["state"] = state ?? "", ["country"] = country ?? "",
        });

    [Theory]
    [InlineData("How long have you been building software professionally?")]
    [InlineData("For how long have you been shipping code for a living?")]
    [InlineData("How long have you been a backend developer?")]
    [InlineData("How long have you worked in the industry?")]
    [InlineData("How many years have you been programming?")]
    [InlineData("How much time have you spent designing products in a paid role, full-time?")]
    [InlineData("Years in industry")]
    [InlineData("Years coding professionally")]
    [InlineData("Time in the field")]
    [InlineData("Career length")]
    [InlineData("Years as a software engineer")]
    [InlineData("Professional tenure")]
    [InlineData("How long have you been a registered nurse?")]
    [InlineData("How many years have you spent writing and shipping backend services?")]
    [InlineData("How long have you spent building APIs?")]
    public void A_careers_length_in_other_words_is_years_of_experience(string question) =>
        Assert.Equal("years_experience", Topics.Of(question));

    [Theory]
    [InlineData("How long have you been with your current employer?")]
    [InlineData("How long have you lived at your current address?")]
    [InlineData("How long have you been in your present role?")]
    [InlineData("How many years have you been using React?")]
    [InlineData("How long have you worked for this company?")]
    [InlineData("How many years have you spent building APIs using GraphQL?")]
    public void Time_spent_somewhere_in_particular_is_not_a_career(string question) =>
        Assert.NotEqual("years_experience", Topics.Of(question));

    [Theory]
    [InlineData("How long have you been a manager?")]
    [InlineData("Years as a manager")]
    [InlineData("How long have you been an engineering manager?")]
    [InlineData("How long have you been managing people professionally?")]
    [InlineData("Years as a team lead")]
    [InlineData("How long have you been a shift supervisor?")]
    public void Time_managing_or_leading_is_part_of_a_career_not_its_length(string question) =>
        Assert.NotEqual("years_experience", Topics.Of(question));

    [Theory]
    [InlineData("How long have you been engineering software for a living?", "Less than 2 years|2 to 4 years|5 to 8 years|9+ years", "5 to 8 years")]
    [InlineData("Roughly how long have you been a developer?", "0-2|3-5|6-10|10+", "6-10")]
    [InlineData("How long have you been coding professionally?", "Under 6 months|6-24 months|2-5 years|Over 5 years", "Over 5 years")]
    [InlineData("How many years have you spent designing or building back-end services?", "Under 2 years|2-4 years|5-9 years|10 years or more", "5-9 years")]
    public void A_careers_length_picks_the_range_holding_the_years(string question, string options, string expected) =>
        Assert.Equal(expected, Assert.Single(AnswerPlanner.Plan(Field("radio", question, options), Ada, null)!.Choices).Text);

    [Theory]
    [InlineData("How long have you been writing code professionally?", "text", "7 years")]
    [InlineData("How many years have you been coding for a living?", "text", "7")]
    [InlineData("How long have you been building products in industry? (in months)", "text", "84")]
    [InlineData("How long have you been developing software professionally?", "number", "7")]
    public void A_typed_careers_length_says_its_unit_when_the_question_does_not(string question, string type, string expected) =>
        Assert.Equal(expected, AnswerPlanner.Plan(Field("text", question, type: type), Ada, null)?.Value);

    [Theory]
    [InlineData("How long have you been in the trade? --\u25be", "How long have you been in the trade?")]
    [InlineData("Which time zone are you in? Select...", "Which time zone are you in?")]
    [InlineData("Preferred time zone -- Select --", "Preferred time zone")]
    [InlineData("Years in the field \u25bc", "Years in the field")]
    [InlineData("Notice period (weeks)", "Notice period (weeks)")]
    public void A_drawn_lists_placeholder_and_arrow_are_not_the_question(string label, string question) =>
        Assert.Equal(question, ControlText.Strip(label));

    [Theory]
    [InlineData("Our standups are at 9am Pacific. What time zone do you work in?")]
    [InlineData("Your time zone")]
    [InlineData("Timezone")]
    [InlineData("Which timezone will you be working from?")]
    [InlineData("Current time zone (for scheduling interviews)")]
    public void A_time_zone_question_has_its_topic(string question) =>
        Assert.Equal(TimeZones.Topic, Topics.Of(question));

    [Theory]
    [InlineData("Are you able to work in the Eastern time zone?")]
    [InlineData("Can you overlap at least four hours with the CET time zone?")]
    public void Working_another_zones_hours_is_not_asking_the_applicants_zone(string question) =>
        Assert.NotEqual(TimeZones.Topic, Topics.Of(question));

    [Theory]
    [InlineData("Describe your experience collaborating across time zones")]
    [InlineData("How many hours of overlap with US time zones can you offer?")]
    [InlineData("Tell us about a project you delivered with a team spread over several time zones.")]
    [InlineData("Comfortable across time zones?")]
    [InlineData("Which time zones can you cover?")]
    public void Work_across_zones_is_not_asking_the_applicants_zone(string question)
    {
        Assert.NotEqual(TimeZones.Topic, Topics.Of(question));
        Assert.Null(TimeZoneAnswer.Answer(Field("text", question), Ada));
    }

    [Theory]
    [InlineData("Is your time zone within 3 hours of ET?")]
    [InlineData("Does your time zone overlap with Central European hours?")]
    public void A_yes_or_no_about_a_zones_distance_is_not_answered_from_the_applicants_zone(string question) =>
        Assert.Null(TimeZoneAnswer.Answer(Field("radio", question, "Yes|No"), Ada));

    [Theory]
    [InlineData("Are you based in the Pacific time zone?", "Yes")]
    [InlineData("Are you located in the Eastern or Central time zone?", "No")]
    public void A_yes_or_no_asking_where_the_applicant_is_takes_their_zone(string question, string expected) =>
        Assert.Equal(expected, Assert.Single(TimeZoneAnswer.Answer(Field("radio", question, "Yes|No"), Ada)!.Choices).Text);

    [Theory]
    [InlineData("Our office hours are 9 to 5 Central. Which time zone do you live in?")]
    [InlineData("Time zone")]
    [InlineData("TZ")]
    [InlineData("Home time zone")]
    [InlineData("In which time zone are you located?")]
    [InlineData("Time zone you are in")]
    [InlineData("Calls rotate weekly. What is your normal work time zone?")]
    public void Wordings_asking_the_applicants_own_zone_take_it(string question) =>
        Assert.Equal("Pacific Time (PT)", TimeZoneAnswer.Answer(Field("text", question), Ada)?.Value);

    [Theory]
    [InlineData("Our release train leaves Dublin at noon. Which North American time zone will you be working in?")]
    [InlineData("Which US time zone will you be based in?")]
    [InlineData("What local time zone do you keep?")]
    [InlineData("We are happy to collaborate across time zones. What time zone are you in?")]
    [InlineData("Can you overlap four hours with Berlin? Which time zone are you in?")]
    public void A_narrowed_zone_or_one_asked_after_a_statement_is_still_the_applicants_own(string question)
    {
        Assert.Equal(TimeZones.Topic, Topics.Of(question));
        Assert.Equal("Pacific Time (PT)", TimeZoneAnswer.Answer(Field("text", question), Ada)?.Value);
    }

    [Theory]
    [InlineData("What time zone overlap can you offer with our Berlin team?")]
    [InlineData("What is your time zone overlap with our Berlin team?")]
    [InlineData("Which of the following time zones can you work within?")]
    [InlineData("Which of the following time zones are you comfortable working in?")]
    [InlineData("What hours (in your time zone) are you available?")]
    [InlineData("What hours are you available to meet, in your local time zone?")]
    [InlineData("Which time zone can you work in?")]
    [InlineData("Which customer time zone will you support?")]
    [InlineData("Which other time zone could you cover?")]
    public void Working_hours_overlap_or_another_zone_is_not_the_applicants_own(string question)
    {
        Assert.NotEqual(TimeZones.Topic, Topics.Of(question));
        Assert.Null(TimeZoneAnswer.Answer(Field("text", question), Ada));
    }

    [Theory]
    [InlineData("Which of the following time zones are you located in?")]
    [InlineData("What is your time zone?")]
    [InlineData("Which US time zone do you live in?")]
    public void Its_own_zone_asked_beside_those_wordings_is_still_taken(string question) =>
        Assert.Equal("Pacific Time (PT)", TimeZoneAnswer.Answer(Field("text", question), Ada)?.Value);

    [Theory]
    [InlineData("select", "Eastern (ET)|Central (CT)|Mountain (MT)|Pacific (PT)")]
    [InlineData("radio", "UTC-5|UTC-6|UTC-7|UTC-8")]
    [InlineData("text", "")]
    public void Without_a_place_the_zone_is_left_to_a_person(string kind, string options)
    {
        var nowhere = Applicants.With(new Dictionary<string, string>(
            Applicants.FullProfile.Where(p => p.Key is not ("city" or "state" or "country" or "postal_code" or "address_line1"))));
        Assert.Null(AnswerPlanner.Plan(Field(kind, "Support opens at 8am in Lisbon. Which North American time zone do you keep?", options), nowhere, null));
    }

    [Theory]
    [InlineData("Which time zone are you based in?", "Eastern (ET)|Central (CT)|Mountain (MT)|Pacific (PT)", "Pacific (PT)")]
    [InlineData("Your time zone", "UTC-5|UTC-6|UTC-7|UTC-8|UTC+0|UTC+1", "UTC-8")]
    [InlineData("Time zone", "(GMT-05:00) Eastern Time (US & Canada)|(GMT-07:00) Arizona|(GMT-08:00) Pacific Time (US & Canada)|(GMT+00:00) London", "(GMT-08:00) Pacific Time (US & Canada)")]
    [InlineData("What is your time zone?", "America/New_York|America/Chicago|America/Denver|America/Los_Angeles", "America/Los_Angeles")]
    [InlineData("Which time zone do you work from?", "GMT-08:00|GMT-05:00|GMT+01:00", "GMT-08:00")]
    [InlineData("Which time zone do you work from?", "Americas|EMEA|APAC", "Americas")]
    [InlineData("What timezone are you in?", "PST|MST|CST|EST", "PST")]
    [InlineData("Are you in the Pacific or Mountain time zone?", "Yes|No", "Yes")]
    [InlineData("Are you in the Eastern time zone?", "Yes|No", "No")]
    [InlineData("Which time zone do you work from when remote?", "Eastern|Central|Mountain|Pacific", "Pacific")]
    [InlineData("Which US time zone will you be based in?", "Eastern Time (UTC-5)|Central Time (UTC-6)|Mountain Time (UTC-7)|Pacific Time (UTC-8)", "Pacific Time (UTC-8)")]
    [InlineData("Time zone", "UTC−05:00|UTC−06:00|UTC−07:00|UTC−08:00", "UTC−08:00")]
    [InlineData("Your time zone", "EST/EDT|CST/CDT|MST/MDT|PST/PDT", "PST/PDT")]
    [InlineData("Which time zone are you in?", "US/Eastern|US/Central|US/Mountain|US/Pacific|US/Alaska|US/Hawaii", "US/Pacific")]
    [InlineData("Which time zone are you in?", "GMT-5|GMT-6|GMT-7|GMT-8|GMT/BST (London)|CET", "GMT-8")]
    [InlineData("What local time zone do you keep?", "Eastern|Central|Mountain|Pacific|Alaska|Hawaii", "Pacific")]
    [InlineData("What local time zone do you keep?", "America/New_York|America/Los_Angeles|Europe/London", "America/Los_Angeles")]
    public void The_applicants_zone_is_chosen_in_any_shape(string question, string options, string expected) =>
        Assert.Equal(expected, Assert.Single(AnswerPlanner.Plan(Field("select", question, options), Ada, null)!.Choices).Text);

    [Theory]
    [InlineData("London", null, "United Kingdom", "GMT+00:00 London|GMT+01:00 Paris|GMT-05:00 New York", "GMT+00:00 London")]
    [InlineData("Phoenix", "AZ", "US", "Pacific Time|Mountain Time|Central Time|Eastern Time", "Mountain Time")]
    [InlineData("Berlin", null, "Germany", "Pacific Time|Mountain Time|Central Time|Eastern Time|Somewhere else", "Somewhere else")]
    [InlineData("El Paso", "Texas", "US", "Eastern|Central|Mountain|Pacific", "Mountain")]
    [InlineData("Bengaluru", null, "India", "UTC-08:00|UTC+00:00|UTC+05:30", "UTC+05:30")]
    [InlineData("Halifax", "NS", "Canada", "Pacific|Mountain|Central|Eastern|Atlantic", "Atlantic")]
    [InlineData("London", null, "United Kingdom", "GMT/BST (London)|CET|EET|Eastern", "GMT/BST (London)")]
    [InlineData("Munich", "Bavaria", "Germany", "GMT/BST (London)|CET|EET", "CET")]
    [InlineData("Anchorage", "Alaska", "United States", "Pacific|Alaska|Hawaii", "Alaska")]
    [InlineData("Hilo", "Hawaii", "United States", "Pacific|Alaska|Hawaii", "Hawaii")]
    [InlineData("Denver", "Colorado", "United States", "Eastern|Central|Mountain|Pacific", "Mountain")]
    [InlineData("Ottawa", "Ontario", "Canada", "Pacific Time (UTC-8)|Central Time (UTC-6)|Eastern Time (UTC-5)", "Eastern Time (UTC-5)")]
    [InlineData("Geelong", "Victoria", "Australia", "AWST|ACST/ACDT|AEST/AEDT", "AEST/AEDT")]
    public void The_place_decides_the_zone(string city, string? state, string country, string options, string expected) =>
        Assert.Equal(expected, Assert.Single(AnswerPlanner.Plan(Field("radio", "Which time zone do you work from?", options), LivingIn(city, state, country), null)!.Choices).Text);

    [Theory]
    [InlineData("Springfield", "Tennessee", "US")]
    [InlineData("Dallas", null, "Brazil")]
    [InlineData(null, null, "United States")]
    public void A_place_spanning_zones_with_no_known_city_leaves_the_zone_open(string? city, string? state, string country) =>
        Assert.Null(TimeZones.Of(city, state, country));

    [Fact]
    public void Arrangement_options_naming_time_zones_stay_arrangements() =>
        Assert.Equal("Hybrid - 3 days in Austin", Assert.Single(AnswerPlanner.Plan(
            Field("select", "Pick the one you would prefer most", "Remote (any US time zone)|Hybrid - 3 days in Austin|Fully in office"), Ada, null)!.Choices).Text);

    [Fact]
    public void A_text_box_takes_the_zones_name() =>
        Assert.Equal("Pacific Time (PT)", AnswerPlanner.Plan(Field("text", "What time zone are you in?"), Ada, null)?.Value);

    [Theory]
    [InlineData("Comfortable across time zones?", "Yes")]
    [InlineData("time_zone", "Flexible, I adjust to the team")]
    public void A_screening_answer_on_the_topic_naming_no_zone_leaves_the_place_to_decide(string key, string value)
    {
        var input = Applicants.With(Applicants.FullProfile, new Dictionary<string, string> { [key] = value });
        var answer = TimeZoneAnswer.Answer(Field("select", "Which time zone are you in?", "UTC-8|UTC-5|UTC+1"), input);
        Assert.Equal("UTC-8", Assert.Single(answer!.Choices).Text);
    }

    [Fact]
    public void A_screening_answer_naming_a_zone_wins_over_the_place()
    {
        var input = Applicants.With(Applicants.FullProfile, new Dictionary<string, string> { ["time_zone"] = "EST" });
        var answer = AnswerPlanner.Plan(Field("select", "Which time zone will you work in?", "UTC-8|UTC-5|UTC+1"), input, null);
        Assert.Equal(("UTC-5", "qaOverrides[time_zone]"), (Assert.Single(answer!.Choices).Text, answer.Source));
    }
}
