using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Questions whose answer no single profile entry holds but several decide together: a stated share of travel against
/// the most the applicant travels, being near an office or willing to move there against the applicant's city and
/// relocation answer, several parts of a place in one line. None is taken from a fixture form. The fixture applicant
/// lives in San Francisco, California, would relocate and travels "Up to 25%".
/// </summary>
public sealed class WhenAnAnswerIsDerivedFromSeveralProfileEntries
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    [Theory]
    [InlineData("Consultants spend roughly 15% of their time at customer sites. Are you able to travel?")]
    [InlineData("This job includes travel up to 20% of the time. Is that something you can do?")]
    [InlineData("Expect 10-25% travel to our plants in Nevada. Can you accommodate this?")]
    [InlineData("Travel: about 5% (a few trips a year). Would you be comfortable with that?")]
    [InlineData("Account managers spend about 20% of their time visiting clients. Is that OK for you?")]
    public void A_stated_travel_share_within_the_applicants_limit_is_yes(string label) =>
        Assert.Equal("Yes", Choice(Field("radio", label, options: "Yes|No"), Jordan));

    [Theory]
    [InlineData("The role requires travel of around 40% to regional warehouses. Are you able to travel?")]
    [InlineData("Field engineers travel half of the time. Are you willing to travel that much?")]
    [InlineData("This position involves 50-75% travel. Can you commit to that?")]
    [InlineData("Our auditors are on the road roughly 60% of the month. Could you manage that?")]
    public void A_stated_travel_share_beyond_the_applicants_limit_is_no(string label) =>
        Assert.Equal("No", Choice(Field("select", label, options: "Yes|No"), Jordan));

    [Theory]
    [InlineData("Up to 50%", 30, true)]
    [InlineData("0-25%", 30, false)]
    [InlineData("Less than 25%", 20, true)]
    [InlineData("Less than 25%", 25, null)]
    [InlineData("None", 10, false)]
    [InlineData("no", 10, false)]
    [InlineData("Yes", 60, true)]
    [InlineData("As much as needed", 80, true)]
    [InlineData("More than 50%", 40, true)]
    [InlineData("More than 50%", 75, null)]
    [InlineData("Occasionally", 10, null)]
    public void A_travel_limit_is_compared_with_the_required_share(string limit, double required, bool? expected) =>
        Assert.Equal(expected, TravelShare.WithinLimit(required, limit));

    [Fact]
    public void A_travel_share_stays_open_when_the_applicant_gave_no_comparable_limit()
    {
        var input = Applicants.With(qa: new Dictionary<string, string> { ["Are you willing to travel?"] = "Some" });

        Assert.Null(AnswerFinder.Find("About 30% travel is expected. Are you able to travel?", "", input));
    }

    [Fact]
    public void A_question_asking_how_much_travel_keeps_the_applicants_own_words()
    {
        Assert.False(TravelShare.Asks("Travel can reach 30% in busy months. How much are you able to travel?"));
        Assert.False(TravelShare.Asks("Travel can reach 30% in busy months. Please choose your travel availability."));
        Assert.True(TravelShare.Asks("Travel can reach 30% in busy months. Are you able to travel?"));
    }

    [Fact]
    public void A_box_stating_a_travel_share_within_the_limit_is_ticked() =>
        Assert.Equal("true", AnswerPlanner.Plan(Field("checkbox", "I am able to travel up to 15% of the time"), Jordan, null)?.Value);

    [Theory]
    [InlineData("Our Denver hub runs in person Monday, Wednesday and Friday. Do you live near Denver, or would you consider moving?", "Yes, I live nearby|No, but I'd be willing to relocate|No, and I can't relocate", "No, but I'd be willing to relocate")]
    [InlineData("Are you currently based in the Seattle area?", "I'm already in the area|I would need to relocate|Neither applies", "I would need to relocate")]
    [InlineData("The team works from Austin. Are you within commuting distance of the office today, or open to moving?", "Local to Austin already|Open to relocating|Not local and not relocating", "Open to relocating")]
    [InlineData("Do you live in or around San Francisco?", "Yes, I live locally|No, but I'm happy to move|No", "Yes, I live locally")]
    public void A_choice_between_local_moving_and_neither_follows_the_applicants_city_and_relocation(string label, string options, string expected) =>
        Assert.Equal(expected, Choice(Field("select", label, options: options), Jordan));

    [Fact]
    public void An_applicant_who_would_not_move_chooses_neither()
    {
        var input = Applicants.Only(("city", "Lisbon"), ("willing_to_relocate", "no"));
        var field = Field("radio", "Are you in the Porto area, or willing to move here?", options: "I'm in Porto already|I'd relocate|Neither");

        Assert.Equal("Neither", Choice(field, input));
    }

    [Theory]
    [InlineData("Do you currently live within commuting distance of our Raleigh office?", "No")]
    [InlineData("Do you live within 30 miles of San Francisco?", "Yes")]
    [InlineData("Are you in the Boston area today, or open to moving here?", "Yes")]
    [InlineData("Do you currently reside in the United States?", "Yes")]
    [InlineData("Do you live in CA?", "Yes")]
    [InlineData("Are you currently located in Canada?", "No")]
    public void A_yes_or_no_about_living_near_a_place_follows_the_applicants_city_and_relocation(string label, string expected) =>
        Assert.Equal(expected, Choice(Field("radio", label, options: "Yes|No"), Jordan));

    [Fact]
    public void A_yes_or_no_about_living_near_an_unnamed_office_stays_open()
    {
        var input = Applicants.Only(("city", "Lisbon"), ("willing_to_relocate", "yes"));

        Assert.Null(LocalOrRelocate.Answer(Field("radio", "Do you live within commuting distance of the office?", options: "Yes|No"), input));
    }

    [Fact]
    public void A_list_whose_options_show_only_once_opened_carries_the_situation_to_choose_by()
    {
        var answer = AnswerPlanner.Plan(Field("listbox", "Are you in the Phoenix area today, or open to moving here?"), Jordan, null);
        var opened = new List<FieldOption> { new("0", "", "Yes, I'm local", false), new("1", "", "Not yet, but I'd move", false), new("2", "", "No", false) };

        Assert.Equal(Whereabouts.Relocate, answer?.Whereabouts);
        Assert.Equal("Not yet, but I'd move", LocalOrRelocate.Pick(answer!.Whereabouts!.Value, opened)?.Text);
    }

    [Fact]
    public void A_question_that_asks_no_yes_or_no_is_answered_by_options_telling_living_there_from_moving_there()
    {
        var schedule = Field("listbox", "The studio team works from our Halifax office on Mondays and Fridays. Which of the following describes you?",
            options: "I'm already based in or around Halifax|I'd relocate to Halifax for this job|I can only work remotely");
        var unrelated = Field("listbox", "Which of the following describes you?", options: "I write backend code|I write frontend code");

        Assert.Equal("I'd relocate to Halifax for this job", Choice(schedule, Jordan));
        Assert.Null(LocalOrRelocate.Answer(unrelated, Jordan));
    }

    [Theory]
    [InlineData("Our lab sits in Tucson. Which of these applies to you?", "I live in the US and am authorised to work here|I would relocate and need visa sponsorship")]
    [InlineData("The clinic is in Boise. Which statement fits you?", "I'm based near Boise and a citizen|I'd move to Boise and would need a work permit")]
    [InlineData("Our office is in Denver. Which of these would be a problem for you?", "Commuting to Denver each day|Relocating to Denver")]
    [InlineData("The plant is in Reno. Which of the following does not describe you?", "I already live near Reno|I'd move to Reno for this role")]
    public void Options_speaking_of_a_right_to_work_or_a_question_asking_the_opposite_are_not_answered_from_whereabouts(string label, string options) =>
        Assert.Null(LocalOrRelocate.Answer(Field("listbox", label, options: options), Jordan));

    [Theory]
    [InlineData("Our lab sits in Tucson. Which of these applies to you?", "I already live near Tucson|I would relocate to Tucson", "I would relocate to Tucson")]
    [InlineData("The plant is in Reno. Which of the following describes you?", "I already live near Reno|I'd move to Reno for this role", "I'd move to Reno for this role")]
    public void Options_telling_living_there_from_moving_there_still_take_the_applicants_situation(string label, string options, string expected) =>
        Assert.Equal(expected, LocalOrRelocate.Answer(Field("listbox", label, options: options), Jordan)?.Value);

    [Theory]
    [InlineData("What city and state do you live in?", "", "San Francisco, CA")]
    [InlineData("Location (city, country)", "", "San Francisco, United States")]
    [InlineData("City/State/Zip", "", "San Francisco, CA 94110")]
    [InlineData("Which state and city are you based in?", "", "CA, San Francisco")]
    [InlineData("Current city & state", "e.g. Portland, Oregon", "San Francisco, California")]
    [InlineData("Location", "City, State", "San Francisco, CA")]
    public void A_text_question_naming_several_parts_of_a_place_gets_each_in_its_order(string label, string placeholder, string expected) =>
        Assert.Equal(expected, AnswerPlanner.Plan(Field("text", label) with { Placeholder = placeholder }, Jordan, null)?.Value);

    [Theory]
    [InlineData("City and state of the school you attended")]
    [InlineData("Preferred work location (city, state)")]
    public void A_place_that_is_not_the_applicants_home_is_not_answered_with_it(string label) =>
        Assert.NotEqual("San Francisco, CA", AnswerPlanner.Plan(Field("text", label), Jordan, null)?.Value);

    private static FormField Field(string kind, string label, string options = "") => WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, options: options);

    private static string? Choice(FormField field, ApplyInput input) =>
        AnswerPlanner.Plan(field, input, null) is { } answer ? Assert.Single(answer.Choices).Text : null;
}
