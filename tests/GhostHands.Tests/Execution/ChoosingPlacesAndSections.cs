using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;
using GhostHands.Tests.Execution.Meaning;

namespace GhostHands.Tests.Execution;

/// <summary>
/// The suggestion of a location type-ahead that is the applicant's place, among places sharing the city's name; and
/// which sections behind an "Add" button the profile fills.
/// </summary>
public sealed class WhenChoosingPlacesAndSections
{
    private static IReadOnlyList<FieldOption> Options(params string[] texts) => [.. texts.Select((t, i) => new FieldOption($"o{i}", t, t, false))];

    [Theory]
    [InlineData("Portland", "Oregon", "United States", "Portland, OR, USA", "Portland, ME, USA|Portland, OR, USA|Portland, Victoria, Australia")]
    [InlineData("Portland", "ME", "US", "Portland, Maine, United States", "Portland, Oregon, United States|South Portland, Maine, United States|Portland, Maine, United States")]
    [InlineData("London", "Ontario", "Canada", "London - ON - Canada", "London - England - United Kingdom|London - ON - Canada|New London - CT - USA")]
    [InlineData("Springfield", "Illinois", "United States", "Springfield (IL), United States", "Springfield (MO), United States|Springfield (IL), United States|Springfield Gardens, NY")]
    public void A_suggestion_naming_the_profiles_region_and_country_wins_over_namesakes(string city, string state, string country, string wanted, string shown) =>
        Assert.Equal(wanted, PlaceMatcher.Best(new Place(city, state, country), Options(shown.Split('|')))?.Text);

    [Fact]
    public void A_place_known_only_by_its_country_still_beats_one_in_another_country() =>
        Assert.Equal("Valencia, Spain", PlaceMatcher.Best(new Place("Valencia", null, "Spain"), Options("Valencia, Venezuela", "Valencia, Spain"))?.Text);

    [Fact]
    public void No_suggestion_starting_with_the_city_or_two_alike_choose_nothing()
    {
        Assert.Null(PlaceMatcher.Best(new Place("Austin", "Texas", "US"), Options("Austintown, OH, USA", "West Austin, TX, USA")));
        Assert.Null(PlaceMatcher.Best(new Place("Dublin", null, null), Options("Dublin, Leinster", "Dublin, Ohio")));
    }

    [Fact]
    public void The_city_answer_from_the_profile_carries_the_whole_place()
    {
        var input = Applicants.Only(("city", "Leeds"), ("state", "West Yorkshire"), ("country", "United Kingdom"));

        var answer = AnswerFinder.FromProfile("city", "Town of residence", input);

        Assert.Equal(new Place("Leeds", "West Yorkshire", "United Kingdom"), answer?.Place);
    }

    [Theory]
    [InlineData("Academic background", "school")]
    [InlineData("Add a qualification", "degree")]
    [InlineData("Employment history", "current_company")]
    [InlineData("Positions held", "current_title")]
    public void A_section_on_schooling_or_work_history_is_made_of_profile_topics(string caption, string topic) =>
        Assert.Contains(topic, AddSections.TopicsOf(caption)!);

    [Theory]
    [InlineData("Add education", "Major", true)]
    [InlineData("Academic background", "Area of concentration", true)]
    [InlineData("Academic background", "Discipline", true)]
    [InlineData("Add education", "Year of completion", false)]
    [InlineData("Employment history", "Major", false)]
    public void An_education_entry_holds_its_field_of_study(string caption, string label, bool held) =>
        Assert.Equal(held, AddSections.Holds(AddSections.TopicsOf(caption)!, label));

    [Theory]
    [InlineData("Links")]
    [InlineData("References")]
    [InlineData("Attachments")]
    public void Other_sections_are_not_the_profiles_to_fill(string caption) =>
        Assert.Null(AddSections.TopicsOf(caption));

    [Fact]
    public void Only_an_empty_section_the_form_asks_for_is_opened()
    {
        Assert.True(AddSections.ShouldOpen(new AddSection("b1", "University studies", Required: true, Filled: false, Error: "")));
        Assert.True(AddSections.ShouldOpen(new AddSection("b1", "Work experience", Required: false, Filled: false, Error: "Please add at least one")));
        Assert.False(AddSections.ShouldOpen(new AddSection("b1", "Work experience", Required: false, Filled: false, Error: "")));
        Assert.False(AddSections.ShouldOpen(new AddSection("b1", "University studies", Required: true, Filled: true, Error: "")));
        Assert.False(AddSections.ShouldOpen(new AddSection("b1", "Referees", Required: true, Filled: false, Error: "")));
    }

    [Theory]
    [InlineData("Save", true)]
    [InlineData("Done", true)]
    [InlineData("Add to list", true)]
    [InlineData("Cancel", false)]
    [InlineData("Discard changes", false)]
    [InlineData("Save and close", true)]
    [InlineData("Close", false)]
    public void An_entry_is_kept_with_the_button_that_saves_it(string text, bool saves) =>
        Assert.Equal(saves, AddSections.Saves(text));
}
