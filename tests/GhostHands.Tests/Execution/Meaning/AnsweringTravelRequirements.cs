using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// A travel requirement told in a statement, then asked about in general words ("Would that work?", "Can you meet this
/// requirement?"): the time away, as a percentage, a fraction or days and weeks in a period, is compared with the most
/// the applicant travels. None of these wordings is taken from a fixture form; the fixture applicant travels "Up to 25%".
/// </summary>
public sealed class WhenATravelRequirementIsStatedBeforeAGeneralAsk
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    [Theory]
    [InlineData("Our surveyors visit construction sites across the county. That adds up to around 10% of their hours. Is that OK for you?")]
    [InlineData("Some months the crew inspects pipelines in the field; in total that is about 15% of working time. Can you meet this requirement?")]
    [InlineData("Expect to be away from home one week a month for plant audits. Can you meet this requirement?")]
    [InlineData("Trainers fly out to partner offices a few days per quarter. Would that work?")]
    [InlineData("The job includes two days a month on the road. Is this manageable for you?")]
    [InlineData("Field trips: 1-2 weeks per quarter. Does this suit you?")]
    public void A_requirement_within_the_applicants_limit_is_yes(string label) =>
        Assert.Equal("Yes", Choice(Field("select", label, options: "Yes|No"), Jordan));

    [Theory]
    [InlineData("Inspectors visit client facilities three days a week. Can you commit to that?")]
    [InlineData("This position is on the road two weeks out of every month. Would that be acceptable?")]
    [InlineData("Auditors work at customer premises one week in two. Is that OK for you?")]
    [InlineData("Our advisers visit growers across the region; overall this takes about 40% of the working week. Can you meet this requirement?")]
    [InlineData("Engineers spend about 30% of their time in the field. Can you commit to that?")]
    public void A_requirement_beyond_the_applicants_limit_is_no(string label) =>
        Assert.Equal("No", Choice(Field("radio", label, options: "Yes|No"), Jordan));

    [Theory]
    [InlineData("one week a month", 23.1)]
    [InlineData("a few days per quarter", 4.6)]
    [InlineData("2-3 nights each week", 60)]
    [InlineData("a week out of every month", 23.1)]
    [InlineData("one week in four", 25)]
    [InlineData("six weeks a year", 11.5)]
    [InlineData("a week every other month", 11.5)]
    [InlineData("two weeks every three months", 15.4)]
    public void Time_away_in_a_period_is_a_share_of_working_time(string words, double expected) =>
        Assert.Equal(expected, TravelPeriods.Share(TextNorm.Normalize(words))!.Value, 1);

    [Theory]
    [InlineData("two weeks, twice a year", 7.7)]
    [InlineData("twice a year for about two weeks", 7.7)]
    [InlineData("three trips a year of a week each", 5.8)]
    [InlineData("a few days every quarter", 4.6)]
    [InlineData("one week at a time, four times a year", 7.7)]
    [InlineData("quarterly, for up to ten days", 15.4)]
    [InlineData("twice a year the whole group spends two weeks in Lisbon", 7.7)]
    [InlineData("three times a month for a week each", 69.2)]
    public void A_stay_told_apart_from_how_often_it_happens_is_a_share_of_working_time(string words, double expected) =>
        Assert.Equal(expected, TravelPeriods.Share(TextNorm.Normalize(words))!.Value, 1);

    [Theory]
    [InlineData("Twice a year the whole product group spends two weeks with colleagues at our Lisbon office. Would you be able to make these trips?", "Yes")]
    [InlineData("Consultants travel to client workshops abroad, two weeks, twice a year. Can you meet this requirement?", "Yes")]
    [InlineData("Our auditors make three trips a year of a week each. Is that OK for you?", "Yes")]
    [InlineData("Field engineers are on the road three times a month for a week each. Would that work?", "No")]
    public void A_stay_and_how_often_it_happens_stated_apart_are_compared_with_the_applicants_limit(string label, string expected) =>
        Assert.Equal(expected, Choice(Field("radio", label, options: "Yes|No"), Jordan));

    [Fact]
    public void A_statement_before_a_question_about_trips_is_read_with_it()
    {
        const string context = "Twice a year the design team spends two weeks with the rest of engineering in Kraków";

        Assert.True(QuestionContext.Applies("Would you be able to make these trips?", context, Jordan));
    }

    [Theory]
    [InlineData("Everyone takes two weeks of paid leave twice a year. Would you be able to make these trips?")]
    [InlineData("Staff get two weeks of vacation, twice a year. Are you willing to travel?")]
    [InlineData("Twice a year everyone takes two weeks of paid leave. Would you be able to make these trips?")]
    [InlineData("The team is on call one week a month. Are you willing to travel?")]
    [InlineData("The team is on call one week a month. Can you commit to that?")]
    public void Time_off_or_on_call_in_a_period_is_not_travel(string label) =>
        Assert.Null(TravelShare.Required(label));

    [Fact]
    public void An_applicant_who_travels_as_needed_accepts_and_one_who_does_not_travel_declines()
    {
        const string label = "Regional leads visit each branch twice a quarter, about two weeks a month in all. Would that work?";
        var willing = Applicants.With(qa: new Dictionary<string, string> { ["willing_to_travel"] = "As much as needed" });
        var unwilling = Applicants.With(qa: new Dictionary<string, string> { ["willing_to_travel"] = "No travel" });

        Assert.Equal("yes", AnswerFinder.Find(label, "", willing)?.Value);
        Assert.Equal("no", AnswerFinder.Find(label, "", unwilling)?.Value);
    }

    [Fact]
    public void A_limit_that_names_no_amount_leaves_the_requirement_to_a_person()
    {
        var input = Applicants.With(qa: new Dictionary<string, string> { ["willing_to_travel"] = "Occasionally" });

        Assert.Null(AnswerFinder.Find("Store managers visit other stores one week a month. Would that work?", "", input));
    }

    [Theory]
    [InlineData("Inspectors frequently visit pumping stations across the district. Can you meet this requirement?")]
    [InlineData("Some weeks the team is on the road for most of the week. Would that work?")]
    public void A_requirement_that_names_no_amount_is_left_to_a_person(string label) =>
        Assert.Null(AnswerFinder.Find(label, "", Jordan));

    [Theory]
    [InlineData("You will work from our office three days a week. Can you meet this requirement?")]
    [InlineData("Staff visit the office 60% of the time. Is that OK for you?")]
    [InlineData("Client visits happen now and then. The role is 80% remote. Is that OK for you?")]
    [InlineData("You will need to travel to our San Francisco office two days a week. Is that OK for you?")]
    [InlineData("Staff visit our Denver office two days a week to meet the team. Is that OK for you?")]
    [InlineData("You will spend 80% of your time talking to customers on the phone. Is that OK for you?")]
    [InlineData("This is a senior role in the field of analytics, with 60% of the time spent coding. Is that OK for you?")]
    [InlineData("Nurses on this ward work overnight shifts 50% of the time. Can you meet this requirement?")]
    [InlineData("The receptionist greets visitors 100% of the time. Is that OK for you?")]
    [InlineData("Travel is rare. That said, 70% of the role is hands-on work in the lab. Is that OK for you?")]
    [InlineData("Travel is rare. It pays 20% above market rates. Is that OK for you?")]
    [InlineData("The role involves short trips of up to two days in a row. Are you willing to travel?")]
    public void A_share_of_time_that_is_not_travel_is_not_taken_for_travel(string label) =>
        Assert.Null(TravelShare.Required(label));

    [Fact]
    public void Working_from_a_named_office_some_days_is_answered_as_a_workplace_question()
    {
        const string label = "You will need to travel to our San Francisco office two days a week. Is that OK for you?";

        Assert.False(TravelShare.Asks(label));
        Assert.Equal("yes", AnswerFinder.Find(label, "", Jordan)?.Value);
    }

    [Fact]
    public void Time_in_a_period_spent_on_something_else_is_not_travel_in_the_same_sentence() =>
        Assert.Null(TravelShare.Required("The role is on call one week a month and travels occasionally. Are you willing to travel?"));

    [Theory]
    [InlineData("This role requires frequent international travel. Twice a year the whole team meets for a week in Lisbon. Are you willing to travel?")]
    [InlineData("Extensive travel is required, including quarterly site visits of up to five days. Can you meet this requirement?")]
    public void A_stay_within_the_limit_does_not_settle_a_question_that_also_asks_for_much_travel(string label) =>
        Assert.Null(AnswerFinder.Find(label, "", Jordan));

    [Fact]
    public void A_stay_beyond_the_limit_is_no_even_when_much_travel_is_asked() =>
        Assert.Equal("no", AnswerFinder.Find("Frequent travel is required, with two weeks a month at client sites. Can you meet this requirement?", "", Jordan)?.Value);

    [Theory]
    [InlineData("Travel is scheduled monthly with at least two weeks' notice")]
    [InlineData("Travel quarterly, with expenses reimbursed within 30 days")]
    [InlineData("Trips happen twice a year and are booked three weeks in advance")]
    [InlineData("Audits run quarterly; we give notice of ten days")]
    public void A_notice_or_a_deadline_after_how_often_is_not_a_stay(string words) =>
        Assert.Null(TravelPeriods.Share(TextNorm.Normalize(words)));

    [Theory]
    [InlineData("Travel is scheduled monthly with at least two weeks' notice. Are you willing to travel?")]
    [InlineData("Travel quarterly, with expenses reimbursed within 30 days. Is that OK for you?")]
    public void A_notice_or_a_deadline_is_not_taken_for_time_away(string label) =>
        Assert.NotEqual("no", AnswerFinder.Find(label, "", Jordan)?.Value);

    [Theory]
    [InlineData("District managers travel to stores three days a week, more during the holiday season. Are you willing to travel?")]
    [InlineData("Expect to leave home two weeks a month for travel to client sites. Can you meet this requirement?")]
    public void Travel_beside_a_holiday_season_or_leaving_home_is_still_time_away(string label) =>
        Assert.Equal("no", AnswerFinder.Find(label, "", Jordan)?.Value);

    [Fact]
    public void Travel_in_a_period_with_no_travel_during_holidays_is_compared_with_the_limit()
    {
        var input = Applicants.With(qa: new Dictionary<string, string> { ["willing_to_travel"] = "Up to 10%" });

        Assert.Equal("no", AnswerFinder.Find("Travel one week a month (no travel during holidays). Are you willing to travel?", "", input)?.Value);
    }

    [Theory]
    [InlineData("on call one week a month and on the road two days a month", 9.2)]
    [InlineData("field visits two days a month, none while on leave for two weeks a quarter", 9.2)]
    public void Only_the_time_off_or_on_call_itself_is_left_out(string words, double expected) =>
        Assert.Equal(expected, TravelPeriods.Share(TextNorm.Normalize(words))!.Value, 1);

    private static FormField Field(string kind, string label, string options = "") => WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, options: options);

    private static string? Choice(FormField field, ApplyInput input) =>
        AnswerPlanner.Plan(field, input, null) is { } answer ? Assert.Single(answer.Choices).Text : null;
}
