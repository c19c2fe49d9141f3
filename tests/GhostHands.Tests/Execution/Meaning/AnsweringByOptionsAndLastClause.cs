using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Self-identification questions captioned only by an instruction, told by their options; and yes/no questions that
/// open with a statement naming a college or employer before asking. None of the wordings is from a fixture form.
/// </summary>
public sealed class WhenAQuestionSaysLittleOrAsksInItsLastClause
{
    private static readonly ApplyInput Ada = Applicants.With(Applicants.FullProfile);

    [Theory]
    [InlineData("Tick the box that applies.", "I am a protected veteran|I am not a protected veteran|I prefer not to say", "I am not a protected veteran")]
    [InlineData("Mark one.", "Yes, I have (or once had) a disability|No, I have no disability|I decline to answer", "No, I have no disability")]
    public void An_instruction_over_options_on_one_eeo_topic_takes_the_profiles_answer(string label, string options, string chosen) =>
        Assert.Equal(chosen, Assert.Single(AnswerPlanner.Plan(Field("radio", label, options), Ada, null)!.Choices).Text);

    [Fact]
    public void Without_a_profile_answer_the_decline_option_is_chosen()
    {
        var field = Field("checkboxgroup", "Select one of the following:", "I am a protected veteran|I am not a protected veteran|I decline to self-identify");

        Assert.Equal("I decline to self-identify", Assert.Single(AnswerPlanner.Plan(field, Applicants.Only(("first_name", "Ada")), null)!.Choices).Text);
    }

    [Fact]
    public void A_drawn_list_read_once_opened_is_told_by_its_options_too()
    {
        var list = Field("listbox", "Select the description that applies.", "I am a protected veteran|I am not a protected veteran|I prefer not to say");

        Assert.Equal("I am not a veteran", AnswerPlanner.Plan(list, Ada, null)?.Value);
    }

    [Theory]
    [InlineData("Choose one.", "Yes|No")]
    [InlineData("Pick the statement that fits.", "I am a protected veteran|I have a disability|I prefer not to say")]
    public void Options_on_no_topic_or_on_several_leave_the_question_open(string label, string options) =>
        Assert.Null(AnswerPlanner.Plan(Field("radio", label, options), Ada, null));

    [Theory]
    [InlineData("Hires at Maple Ridge College depend on a reference check. If we offer you a job, would you agree to one?")]
    [InlineData("Our school district runs fingerprint checks; are you willing to be fingerprinted?")]
    public void A_yes_no_question_after_a_statement_naming_a_school_takes_its_screening_answer(string question)
    {
        var input = Applicants.With(Applicants.FullProfile, new Dictionary<string, string> { [question] = "yes" });

        Assert.Equal("yes", AnswerFinder.Find(question, "", input)?.Value);
    }

    [Fact]
    public void A_question_naming_a_school_is_still_not_answered_by_a_yes()
    {
        var input = Applicants.With(Applicants.FullProfile, new Dictionary<string, string> { ["Which school did you attend, if any?"] = "yes" });

        Assert.Equal("University of London", AnswerFinder.Find("Which school did you attend, if any?", "", input)?.Value);
    }

    private static FormField Field(string kind, string label, string options) => WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, options: options);
}
