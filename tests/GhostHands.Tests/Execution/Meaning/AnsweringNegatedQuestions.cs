using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// A question negated in its words ("Are you unwilling to relocate?", "I don't need visa sponsorship.") is answered by
/// an answer given to that very question as it stands; otherwise it takes the plain question's bare yes or no turned
/// round, and nothing when the plain answer came from an entry that is itself negated or is an option chosen by what it
/// says. None of the wordings is from a fixture form.
/// </summary>
public sealed class WhenAQuestionIsNegated
{
    private static readonly ApplyInput WouldStay = Applicants.Only(("willing_to_relocate", "no"), ("city", "San Francisco"), ("country", "US"));

    [Fact]
    public void A_screening_answer_given_to_the_negated_question_itself_is_used_as_given()
    {
        var input = Applicants.With(WouldStay.UserData, new Dictionary<string, string> { ["Are you unwilling to relocate?"] = "No" });

        Assert.Equal("No", Chosen("Are you unwilling to relocate?", input));
    }

    [Fact]
    public void A_saved_answer_to_the_negated_question_itself_is_used_as_given()
    {
        var input = Applicants.With(null, null, new KnownAnswer("Are you  unwilling to relocate?", "No"));

        Assert.Equal("No", Chosen("Are you unwilling to relocate?", input));
    }

    [Fact]
    public void A_question_negated_at_its_verb_takes_the_answer_a_person_gave_to_it()
    {
        var input = Applicants.With(null, new Dictionary<string, string> { ["Do you not require visa sponsorship?"] = "Yes" });

        Assert.Equal("Yes", Chosen("Do you not require visa sponsorship?", input));
    }

    [Fact]
    public void A_negated_statement_answered_as_worded_keeps_that_answer()
    {
        var input = Applicants.With(null, new Dictionary<string, string> { ["I do not require sponsorship."] = "Yes" });

        Assert.Equal("Yes", Chosen("I do not require sponsorship.", input));
    }

    [Fact]
    public void A_negated_entry_on_the_same_topic_is_not_turned_round_for_another_negated_wording()
    {
        var input = Applicants.With(null, new Dictionary<string, string> { ["I do not require sponsorship."] = "Yes" });

        Assert.NotEqual("No", Chosen("I don't need visa sponsorship.", input));
    }

    [Fact]
    public void A_plain_answer_read_from_a_negated_entry_is_not_turned_round()
    {
        var field = Field("radio", "I don't need visa sponsorship.", "Yes|No");
        var fromNegated = new FieldAnswer("Yes", "qaOverrides[I do not require sponsorship.]", [], "I do not require sponsorship.");

        Assert.Null(NegatedQuestions.Answer(field, _ => fromNegated));
    }

    [Fact]
    public void A_plain_question_does_not_take_a_negated_entry_on_its_topic()
    {
        var answers = new Dictionary<string, string> { ["I do not require sponsorship."] = "Yes" };

        Assert.Null(QuestionMatcher.Match("Will you require visa sponsorship?", answers));
        Assert.Equal("Yes", QuestionMatcher.Match("I do not require sponsorship", answers)?.Value);
    }

    [Fact]
    public void An_option_chosen_by_what_it_says_is_not_turned_round()
    {
        var field = Field("radio", "Are you unwilling to relocate?", "Yes, I would rather stay where I am|No, I'm willing to relocate");
        var worded = field.Options[1];

        Assert.Null(NegatedQuestions.Answer(field, plain => new FieldAnswer(worded.Text, "userData.willing_to_relocate", [worded], plain.Label)));
    }

    [Theory]
    [InlineData("radio", "Yes|No", "No", "Yes")]
    [InlineData("text", "", "no", "yes")]
    public void A_bare_yes_or_no_is_turned_round(string kind, string options, string plainAnswer, string expected)
    {
        var field = Field(kind, "Are you unwilling to relocate?", options);
        var chosen = field.Options.Where(o => o.Text == plainAnswer).ToList();

        var answer = NegatedQuestions.Answer(field, plain => new FieldAnswer(plainAnswer, "userData.willing_to_relocate", chosen, plain.Label));

        Assert.Equal(expected, options.Length == 0 ? answer?.Value : Assert.Single(answer!.Choices).Text);
    }

    private static FormField Field(string kind, string label, string options) => WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, options: options);

    private static string? Chosen(string label, ApplyInput input) =>
        AnswerPlanner.Plan(Field("radio", label, "Yes|No"), input, null) is { } answer ? Assert.Single(answer.Choices).Text : null;
}
