using GhostHands.Execution.Forms;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>A box for a phone number's extension beside the number itself.</summary>
public sealed class WhenAPhoneNumberHasAnExtensionBox
{
    private static readonly ApplyInput Applicant = Applicants.With(Applicants.FullProfile);

    [Theory]
    [InlineData("Phone Extension", "")]
    [InlineData("Ext.", "")]
    [InlineData("Extension", "workPhoneExt")]
    [InlineData("Mobile ext", "mobile_ext tel")]
    public void The_extension_box_gets_no_answer(string label, string hints) =>
        Assert.Null(AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field("text", label) with { Hints = hints }, Applicant, null));

    [Theory]
    [InlineData("Phone Number", "phoneNumber text")]
    [InlineData("Telephone", "tel")]
    public void The_number_box_beside_it_still_gets_the_number(string label, string hints) =>
        Assert.Equal("userData.phone", AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field("text", label) with { Hints = hints }, Applicant, null)?.Source);
}
