using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// A question about moving that opens with whom it is for ("If you live outside Tacoma, ...", "Unless you are already
/// local, ..."), or asks about moving "here" or being "prepared" to: answered by the applicant's relocation answer when
/// they do not live in the place or it is not known to be theirs, and yes when they live there. Moving is not
/// commuting nor travelling. None is taken from a fixture form. The fixture applicant lives in San Francisco,
/// California, and would relocate.
/// </summary>
public sealed class WhenAMoveIsAskedOfThoseLivingElsewhere
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    private static readonly ApplyInput Staying = Applicants.Only(("city", "Lisbon"), ("country", "Portugal"), ("willing_to_relocate", "no"));

    [Theory]
    [InlineData("If you are based outside Greater Manchester, would you be prepared to relocate for this role?")]
    [InlineData("Our engineers sit together in Tacoma four days a week. If you're not already local, are you prepared to move here?")]
    [InlineData("Unless you already live within commuting distance of Halifax, would you move to the area for this job?")]
    [InlineData("If you don't currently reside in the Quad Cities region, are you open to moving there?")]
    [InlineData("If you're not local to Boise – Nampa, would you consider relocating?")]
    [InlineData("If you are not already local, are you prepared to move here for this position?")]
    [InlineData("If your home is somewhere other than Spokane, could you see yourself moving here?")]
    [InlineData("The lab is in Reno, Nevada. Are you prepared to move here for this position?")]
    [InlineData("Would you be prepared to relocate?")]
    [InlineData("If you live outside Denver, is relocating an option for you?")]
    public void A_move_asked_of_one_living_elsewhere_takes_the_relocation_answer(string label)
    {
        Assert.Equal("Yes", Choice(Field("radio", label, "Yes|No"), Jordan));
        Assert.Equal("No", Choice(Field("radio", label, "Yes|No"), Staying));
    }

    [Theory]
    [InlineData("If you live outside Lisbon, are you prepared to move here?")]
    [InlineData("Unless you already live in or near Lisbon, would you relocate for this job?")]
    [InlineData("If you are not already in Lisbon, would you move here?")]
    [InlineData("If you live outside Lisbon, is relocation an option for you?")]
    public void One_living_in_the_place_named_is_a_yes_without_moving(string label) =>
        Assert.Equal("Yes", Choice(Field("radio", label, "Yes|No"), Staying));

    [Fact]
    public void Options_telling_living_there_from_moving_take_the_applicants_situation()
    {
        var options = "I already live in the area|Yes, I would relocate|No";

        Assert.Equal("Yes, I would relocate", Choice(Field("select", "If you live outside Oklahoma City, would you be willing to move here?", options), Jordan));
        Assert.Equal("I already live in the area", Choice(Field("select", "If you live outside San Francisco, would you be willing to move here?", options), Jordan));
    }

    [Theory]
    [InlineData("If you live outside the area, are you able to commute three days a week?")]
    [InlineData("If you live outside Chicago, could you travel to the office twice a month?")]
    [InlineData("Are you prepared to travel here monthly?")]
    public void Commuting_travelling_or_another_ask_is_not_answered_by_relocation(string label) =>
        Assert.DoesNotContain("relocate", AnswerPlanner.Plan(Field("radio", label, "Yes|No"), Jordan, null)?.Source ?? "", StringComparison.Ordinal);

    [Theory]
    [InlineData("If you live outside Denver, would you be moving with family?")]
    [InlineData("If you live outside Denver, would you need help moving?")]
    [InlineData("If you are not local, will you need us to cover moving costs?")]
    [InlineData("If you are not local, would you require relocation assistance to move here?")]
    [InlineData("If you don't live in Austin, would you be moving here alone?")]
    [InlineData("If you're not local, are you willing to work remotely instead of moving?")]
    [InlineData("If you are not near our office, could you come here for onboarding week?")]
    public void Something_about_the_move_asked_of_those_elsewhere_is_not_answered_by_relocation(string label) =>
        Assert.DoesNotContain("relocate", AnswerPlanner.Plan(Field("radio", label, "Yes|No"), Jordan, null)?.Source ?? "", StringComparison.Ordinal);

    [Theory]
    [InlineData("radio", "If you move here, will you need housing assistance?")]
    [InlineData("radio", "When did you move here?")]
    [InlineData("radio", "Did you move here within the last year?")]
    [InlineData("text", "Why do you want to move here?")]
    [InlineData("text", "What would make you move here?")]
    [InlineData("text", "If you live outside Denver, how soon could you move here?")]
    public void Moving_here_asked_other_than_as_a_willingness_is_not_answered_by_relocation(string kind, string label) =>
        Assert.DoesNotContain("relocate", AnswerPlanner.Plan(Field(kind, label, kind == "text" ? "" : "Yes|No"), Jordan, null)?.Source ?? "", StringComparison.Ordinal);

    private static FormField Field(string kind, string label, string options) => WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, options: options);

    private static string? Choice(FormField field, ApplyInput input) =>
        AnswerPlanner.Plan(field, input, null) is { } answer ? Assert.Single(answer.Choices).Text : null;
}
