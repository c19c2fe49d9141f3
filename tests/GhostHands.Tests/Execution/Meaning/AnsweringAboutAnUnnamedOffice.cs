using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Questions about "the office" that name no place: the posting's location from the page decides, and without it the
/// question waits for a person. None is from a fixture form.
/// </summary>
public sealed class WhenAQuestionMeansTheOfficeWithoutNamingIt
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    private static FormField YesNoField(string label) =>
        WhenAFormWordsAProfileQuestionItsOwnWay.Field("radio", label, options: "Yes|No") with { Required = true };

    private static string? Chosen(string label, ApplyInput input) =>
        AnswerPlanner.Plan(YesNoField(label), input, null)?.Choices.SingleOrDefault()?.Text;

    [Theory]
    [InlineData("Do you live within commuting distance of the office?")]
    [InlineData("Are you able to work from our office?")]
    [InlineData("Can you report to the site in person?")]
    [InlineData("Are you based within a reasonable distance of our headquarters?")]
    public void It_is_recognised(string question) =>
        Assert.True(UnnamedOffice.Asks(question, Jordan));

    [Theory]
    [InlineData("Do you live within commuting distance of our Denver office?")]
    [InlineData("Are you able to work from home?")]
    [InlineData("Have you worked in an office before?")]
    public void A_named_place_or_another_question_is_not(string question) =>
        Assert.False(UnnamedOffice.Asks(question, Jordan));

    [Theory]
    [InlineData("Do you live within commuting distance of the office?")]
    [InlineData("Are you able to work from our office?")]
    public void Without_the_postings_place_it_waits_for_a_person(string question) =>
        Assert.Null(AnswerPlanner.Plan(YesNoField(question), Jordan, null));

    [Theory]
    [InlineData("Do you live within commuting distance of the office?", "San Francisco, CA", "Yes")]
    [InlineData("Do you live within commuting distance of the office?", "Denver, Colorado", "No")]
    [InlineData("Are you able to work from our office?", "San Francisco, California, United States", "Yes")]
    [InlineData("Are you able to work from our office?", "Denver, CO", "Yes")]
    public void The_postings_place_decides(string question, string place, string expected) =>
        Assert.Equal(expected, Chosen(question, Jordan with { PostingLocation = place }));

    [Fact]
    public void One_who_would_not_move_cannot_work_from_an_office_elsewhere()
    {
        var stays = Jordan with
        {
            UserData = new Dictionary<string, string>(Jordan.UserData) { ["willing_to_relocate"] = "no" },
            QaOverrides = Jordan.QaOverrides.Where(p => Topics.Of(p.Key) != "willing_to_relocate").ToDictionary(p => p.Key, p => p.Value),
            PostingLocation = "Denver, CO",
        };

        Assert.Equal("No", Chosen("Are you able to work from our office?", stays));
    }

    [Theory]
    [InlineData("Remote (US)")]
    [InlineData("Multiple locations")]
    public void A_remote_or_unplaced_posting_settles_nothing(string place) =>
        Assert.Null(AnswerPlanner.Plan(YesNoField("Do you live within commuting distance of the office?"), Jordan with { PostingLocation = place }, null));

    [Fact]
    public void A_persons_answer_to_the_very_question_is_used()
    {
        var answered = Jordan with { QaOverrides = new Dictionary<string, string>(Jordan.QaOverrides) { ["Are you able to work from our office?"] = "no" } };

        Assert.Equal("No", Chosen("Are you able to work from our office?", answered));
    }
}
