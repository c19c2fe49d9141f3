using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Two choices under one question ("Home location" over a country list and a region list), each naming its part only
/// in its <c>title</c>.
/// </summary>
public sealed class WhenOneQuestionLabelsTwoChoices
{
    private static readonly ApplyInput Input = Applicants.With(Applicants.FullProfile);

    private static FormField Select(string label, string title, string options) =>
        WhenAFormWordsAProfileQuestionItsOwnWay.Field("select", label, options: options) with { Title = title };

    [Theory]
    [InlineData("Home location", "Country/Region", "Choose one...|Ireland|Portugal|United States", "United States")]
    [InlineData("Home location", "State/Province", "Choose one...|Alaska|California|Hawaii", "California")]
    [InlineData("Where you live", "Country or region", "Choose one...|Japan|United States of America", "United States of America")]
    public void Each_choice_is_answered_as_the_part_its_title_names(string label, string title, string options, string chosen) =>
        Assert.Equal(chosen, Assert.Single(AnswerPlanner.Plan(Select(label, title, options), Input, null)!.Choices).Text);

    [Fact]
    public void A_title_that_only_repeats_the_label_adds_nothing() =>
        Assert.Null(AnswerPlanner.Plan(Select("Preferred office", "Preferred office", "Choose one...|Lisbon|Dublin"), Input, null));

    [Theory]
    [InlineData("Country/Region", "country")]
    [InlineData("Country or region of residence", "country")]
    [InlineData("Region", "state")]
    [InlineData("State/Province/Region", "state")]
    public void A_region_beside_a_country_is_the_country(string question, string topic) =>
        Assert.Equal(topic, Topics.Of(question));
}
