using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Rules that compare one fact with a limit (a start date, a language, an employer, a pay period) answer only the
/// question about that fact: a legal question naming it beside another ("... and have the right to work here?") is
/// answered from its own topic or left to a person, and a word they share with other questions ("rate", "working
/// with") does not make those questions theirs.
/// </summary>
public sealed class KeepingLimitsToTheirOwnTopic
{
    private static readonly Dictionary<string, string> FluentQa = new() { ["Which languages do you speak fluently?"] = "English, Spanish" };

    [Fact]
    public void A_legal_question_naming_a_language_the_applicant_speaks_is_not_answered_by_the_language()
    {
        var input = Applicants.With(new Dictionary<string, string> { ["languages"] = "English, Spanish" }, FluentQa);

        Assert.Null(AnswerFinder.Find("Are you fluent in English and have the right to work here?", "", input));
        Assert.Equal("yes", AnswerFinder.Find("Are you fluent in English?", "", input)?.Value);
    }

    [Fact]
    public void A_sponsorship_question_naming_a_start_date_is_answered_from_sponsorship()
    {
        var input = Applicants.With(Applicants.FullProfile);

        var answer = AnswerFinder.Find("Will you require visa sponsorship to start work by January 1, 2028?", "", input);

        Assert.Equal(("no", "userData.requires_sponsorship"), (answer?.Value, answer?.Source));
    }

    [Fact]
    public void A_start_by_date_question_is_still_compared_with_the_start_date()
    {
        var input = Applicants.With(Applicants.FullProfile);

        Assert.Equal("no", AnswerFinder.Find("Are you available to start on or before 1 March 2026?", "", input)?.Value);
        Assert.Equal("yes", AnswerFinder.Find("Could you start by 1 March 2027?", "", input)?.Value);
    }

    [Theory]
    [InlineData("How would you rate your Excel skills? (used daily)", false)]
    [InlineData("Please rate your proficiency with tools you use weekly", false)]
    [InlineData("What is your expected hourly rate?", true)]
    [InlineData("Day rate (GBP)", true)]
    [InlineData("Rate (per hour)", true)]
    [InlineData("How much do you expect to earn per month?", true)]
    [InlineData("What do you expect to earn in this role?", false)]
    public void Only_a_rate_of_pay_is_a_pay_question(string question, bool differs) =>
        Assert.Equal(differs, PayTerms.Differ(question, Applicants.With(Applicants.FullProfile)));
}
