using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Questions the applicant's data answers only in part: two questions asked as one where one has legal weight, a tool
/// asked about in the present tense, and years spent in one part of a career (managing, leading, one named tool). None
/// of these wordings is from a fixture form. An empty expectation means the question stays open (a person decides).
/// </summary>
public sealed class WhenAQuestionIsAnsweredOnlyInPart
{
    [Theory]
    // Each part answered by a rule: the age (its own screening answer), the language list, the right to work.
    [InlineData("Are you at least 18 years old and authorized to work in the United States?", "Yes")]
    [InlineData("Are you fluent in English and legally authorised to work in the US?", "Yes")]
    [InlineData("Are you over 18, and do you have the right to work in the United States?", "Yes")]
    // One part nothing in the data answers: the whole question waits for a person, whatever the other part says.
    [InlineData("Are you fluent in Mandarin and authorized to work in the US?", "")]
    [InlineData("Are you 21 or older and legally eligible to work in the United States?", "")]
    [InlineData("Do you hold a commercial pilot licence and are you authorized to work in the US?", "")]
    [InlineData("Do you have reliable transportation & the legal right to work in the United States?", "")]
    // Two legal questions whose answers differ are not one yes or no.
    [InlineData("Are you authorized to work in the US and will you require visa sponsorship?", "")]
    public void Two_questions_asked_as_one_take_yes_only_when_a_rule_answers_each_yes(string question, string expected) =>
        Wordings.Check("radio", question, "Yes|No", expected);

    [Theory]
    // A denied second clause is asked as denied: yes only when the rule answers its plain form no and the first part yes.
    [InlineData("Are you eligible to work in the United States and do not need visa sponsorship?", "Yes")]
    [InlineData("Are you authorised to work in the US, and won't require sponsorship now or in the future?", "Yes")]
    [InlineData("Are you fluent in Mandarin and do not require visa sponsorship?", "")]
    public void A_denied_clause_is_yes_only_when_its_plain_form_is_answered_no(string question, string expected) =>
        Wordings.Check("radio", question, "Yes|No", expected);

    [Theory]
    [InlineData("Are you authorized to work in the US and do not require sponsorship?")]
    [InlineData("Are you legally authorized to work here and don't need an employer to sponsor a visa?")]
    public void A_denied_clause_is_never_yes_for_an_applicant_who_needs_sponsorship(string question)
    {
        var profile = new Dictionary<string, string>(Wordings.Jordan.UserData) { ["requires_sponsorship"] = "yes" };
        var qa = Wordings.Jordan.QaOverrides.Where(q => !q.Key.Contains("sponsor", StringComparison.OrdinalIgnoreCase)).ToDictionary(q => q.Key, q => q.Value);
        var input = Applicants.With(profile, qa);
        Assert.NotEqual("yes", AnswerFinder.Find(question, "", input)?.Value.ToLowerInvariant());
        Assert.Equal(["Are you authorized to work in the US", "Do you not require sponsorship"], CompoundQuestions.Parts("Are you authorized to work in the US and do not require sponsorship?"));
    }

    [Theory]
    // One question in several words: one legal topic throughout, or a part that only completes the first.
    [InlineData("Are you legally authorized and eligible to work in the US?", "Yes")]
    [InlineData("Are you legally authorized to work in the United States for any employer and without restriction?", "Yes")]
    public void One_question_worded_with_and_keeps_its_answer(string question, string expected) =>
        Wordings.Check("radio", question, "Yes|No", expected);

    [Fact]
    public void A_person_who_answered_the_whole_question_is_taken_at_their_word()
    {
        const string asked = "Are you fluent in Mandarin and authorized to work in the US?";
        var input = Applicants.With(Wordings.Jordan.UserData, new Dictionary<string, string>(Wordings.Jordan.QaOverrides) { [asked] = "yes" });
        Assert.Equal("yes", AnswerFinder.Find(asked, "", input)?.Value);
    }

    [Theory]
    [InlineData("Are you currently working with Terraform?", "Yes")]
    [InlineData("Do you use React in your current role?", "Yes")]
    [InlineData("Are you currently using PostgreSQL at work?", "Yes")]
    [InlineData("Do you work with Kubernetes day to day?", "Yes")]
    [InlineData("Are you currently working with Salesforce?", "")]
    [InlineData("Do you use Jira in your current role?", "")]
    public void A_tool_used_now_is_answered_from_the_skills_and_an_unlisted_one_waits(string question, string expected) =>
        Wordings.Check("radio", question, "Yes|No", expected);

    [Theory]
    [InlineData("text", "How many years of experience do you have as a people manager?", "", "")]
    [InlineData("text", "Years of experience leading engineering teams", "", "")]
    [InlineData("text", "Years of experience managing direct reports", "", "")]
    [InlineData("select", "Years of experience as a team lead", "0-1|2-4|5+", "")]
    [InlineData("text", "How many years of experience do you have with Kubernetes?", "", "")]
    [InlineData("select", "Years of experience in Terraform", "Less than 1|1-3|4-6|7+", "")]
    public void Years_in_one_part_of_a_career_are_not_the_whole_career(string kind, string question, string options, string expected) =>
        Wordings.Check(kind, question, options, expected);

    [Fact]
    public void Years_in_one_part_of_a_career_come_from_an_answer_on_that_part_or_a_skills_entry_that_counts_them()
    {
        var qa = new Dictionary<string, string>(Wordings.Jordan.QaOverrides)
        {
            ["How many years have you managed people?"] = "2",
            ["How long have you used Kubernetes?"] = "3",
        };
        var profile = new Dictionary<string, string>(Wordings.Jordan.UserData) { ["skills"] = "C#, Terraform (4 years), React: 6 yrs" };
        var input = Applicants.With(profile, qa);

        Assert.Equal("2", AnswerFinder.Find("How many years of experience do you have as a people manager?", "", input)?.Value);
        Assert.Equal("3", AnswerFinder.Find("Years of experience with Kubernetes", "", input)?.Value);
        Assert.Equal("4", AnswerFinder.Find("Years of experience in Terraform", "", input)?.Value);
        Assert.Equal("6", AnswerFinder.Find("How many years of React experience do you have?", "", input)?.Value);
        Assert.Null(AnswerFinder.Find("How many years of experience do you have with Rust?", "", input));
        Assert.Equal("5", AnswerFinder.Find("How many years of professional experience do you have?", "", input)?.Value);
    }
}
