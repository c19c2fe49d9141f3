using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// "Are you or any of your relatives employed by Fabrikam?": two questions in one, answered only from both the
/// applicant's own employer and the relatives' answer. None of these wordings is from a fixture form.
/// </summary>
public sealed class WhenTheApplicantAndRelativesAreAskedAtOnce
{
    [Theory]
    [InlineData("Are you or any of your relatives employed by Fabrikam?")]
    [InlineData("Do you or anyone in your household work for Fabrikam?")]
    [InlineData("Are you currently employed by, or related to anyone employed by, Fabrikam?")]
    public void The_applicant_and_relatives_asked_at_once_take_the_relatives_answer_only_with_the_applicants_own(string question)
    {
        var relativesOnly = Applicants.With(qa: new Dictionary<string, string> { ["Do any of your relatives work at this company?"] = "no" });
        var both = Applicants.With(
            new Dictionary<string, string> { ["current_company"] = "Tailspin Toys" },
            new Dictionary<string, string> { ["Do any of your relatives work at this company?"] = "no" });
        var related = Applicants.With(
            new Dictionary<string, string> { ["current_company"] = "Tailspin Toys" },
            new Dictionary<string, string> { ["Do any of your relatives work at this company?"] = "yes" });

        Assert.Null(AnswerFinder.Find(question, "", relativesOnly));
        Assert.Equal("no", AnswerFinder.Find(question, "", both)?.Value);
        Assert.Equal("yes", AnswerFinder.Find(question, "", related)?.Value);
    }

    [Fact]
    public void The_applicant_who_works_there_now_is_yes_whatever_the_relatives()
    {
        var input = Applicants.Only(("current_company", "Fabrikam"));

        Assert.Equal("yes", AnswerFinder.Find("Are you or any of your relatives employed by Fabrikam?", "", input)?.Value);
    }

    [Fact]
    public void A_relatives_question_alone_still_takes_the_relatives_answer()
    {
        var input = Applicants.With(qa: new Dictionary<string, string> { ["Do any of your relatives work at this company?"] = "no" });

        Assert.Equal("no", AnswerFinder.Find("Are any of your relatives employed by Fabrikam?", "", input)?.Value);
    }
}
