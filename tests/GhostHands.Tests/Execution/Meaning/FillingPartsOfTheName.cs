using GhostHands.Execution.Forms;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>A box for a middle, maiden or former name beside the first and last name boxes.</summary>
public sealed class WhenAFormAsksForAnotherPartOfTheName
{
    private static readonly ApplyInput Applicant = Applicants.With(
        Applicants.FullProfile, new Dictionary<string, string> { ["preferred_name"] = "Addie", ["nickname"] = "Ace" });

    [Theory]
    [InlineData("Middle Name")]
    [InlineData("Middle Initial")]
    [InlineData("Middle name(s)")]
    [InlineData("Maiden Name")]
    [InlineData("Former Last Name")]
    [InlineData("Previous names")]
    [InlineData("Other Last Names Used")]
    public void Without_its_own_entry_it_stays_empty_whatever_else_the_applicant_gave(string label) =>
        Assert.Null(AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field("text", label), Applicant, null));

    [Theory]
    [InlineData("Middle Name", "Augusta")]
    [InlineData("Middle Initial", "A")]
    [InlineData("Maiden name", "Byron")]
    [InlineData("Previous last name", "Byron")]
    public void Its_own_entry_fills_it(string label, string expected)
    {
        var applicant = Applicants.With(new Dictionary<string, string>(Applicants.FullProfile) { ["middle_name"] = "augusta", ["maiden_name"] = "Byron" });
        var answer = AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field("text", label), applicant, null);
        Assert.Equal(expected, answer?.Value, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_former_name_box_names_the_entry_its_answer_came_from()
    {
        var applicant = Applicants.With(new Dictionary<string, string>(Applicants.FullProfile) { ["maiden_name"] = "Byron" });
        var answer = AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field("text", "Former last name"), applicant, null);
        Assert.Equal(("Byron", "userData.maiden_name"), (answer?.Value, answer?.Source));
    }

    [Theory]
    [InlineData("First Name", "userData.first_name")]
    [InlineData("Last Name", "userData.last_name")]
    public void The_first_and_last_name_boxes_beside_it_still_get_theirs(string label, string source) =>
        Assert.Equal(source, AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field("text", label), Applicant, null)?.Source);
}
