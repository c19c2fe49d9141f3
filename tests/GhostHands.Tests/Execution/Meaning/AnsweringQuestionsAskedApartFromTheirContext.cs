using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// A question written apart from the statement it refers to (the page reading gives the question as the label and the
/// statement as the field's context): none taken from a fixture form. The fixture applicant lives in San Francisco,
/// works hybrid, considers "Remote, Hybrid" and would relocate.
/// </summary>
public sealed class WhenAQuestionRefersToAStatementWrittenApart
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    [Theory]
    [InlineData("Can you keep to that schedule?", "Line technicians start at the Boise hangar at 6am, five days a week on site.", "No")]
    [InlineData("Does that rhythm suit you?", "The Tucson lab team is in the building on Tuesdays and Wednesdays and works remotely the rest of the week", "Yes")]
    [InlineData("Is that set-up right for you?", "This role is fully remote within US time zones; we meet up twice a year.", "Yes")]
    public void The_question_is_answered_from_the_statement_beside_it(string question, string context, string expected) =>
        Assert.Equal(expected, Choice(Field("toggle", question, context), Jordan));

    [Fact]
    public void Without_its_statement_the_same_question_stays_open() =>
        Assert.Null(Choice(Field("toggle", "Can you keep to that schedule?", ""), Jordan));

    [Fact]
    public void A_legal_question_is_answered_from_its_own_words_whatever_is_written_beside_it()
    {
        var authorised = Field("toggle", "Are you legally allowed to work in the United States?", "Please note we are unable to offer visa sponsorship for this position.");

        Assert.Equal("Yes", Choice(authorised, Jordan));
        Assert.False(QuestionContext.Applies(authorised.Label, authorised.Context, Jordan));
    }

    [Fact]
    public void A_statement_with_legal_weight_does_not_make_a_vague_question_answerable()
    {
        Assert.False(QuestionContext.Applies("Is that a problem for you?", "We cannot sponsor work visas for this role.", Jordan));
        Assert.Null(Choice(Field("toggle", "Is that a problem for you?", "We cannot sponsor work visas for this role."), Jordan));
    }

    [Fact]
    public void A_screening_answer_given_to_the_question_as_worded_is_kept()
    {
        var input = Applicants.With(Applicants.FullProfile, new Dictionary<string, string> { ["Can you keep to that schedule?"] = "yes" });

        Assert.Equal("Yes", Choice(Field("toggle", "Can you keep to that schedule?", "Line technicians start at the Boise hangar at 6am, five days a week on site."), input));
    }

    [Theory]
    [InlineData("hybrid", "yes", "yes")]
    [InlineData("remote", "yes", "no")]
    [InlineData("hybrid", "no", null)]
    public void Keeping_to_a_schedule_relocating_if_needed_takes_both_the_arrangement_and_the_move(string arrangement, string relocate, string? expected)
    {
        var input = Applicants.Only(("city", "Raleigh"), ("work_arrangement", arrangement), ("willing_to_relocate", relocate));

        Assert.Equal(expected, AnswerFinder.Find(
            "The Tucson lab team is in the building on Tuesdays and Wednesdays, remote otherwise. Could you work on site on those days, moving to Tucson if needed?", "", input)?.Value);
    }

    [Fact]
    public void A_question_only_about_moving_still_takes_the_relocation_answer()
    {
        var input = Applicants.Only(("city", "Raleigh"), ("work_arrangement", "remote"), ("willing_to_relocate", "yes"));

        Assert.Equal("yes", AnswerFinder.Find("The Tucson lab team is in the building on Tuesdays and Wednesdays. Would you move to Tucson?", "", input)?.Value);
    }

    [Fact]
    public void A_deadline_in_days_does_not_make_a_question_about_moving_one_about_the_schedule()
    {
        var input = Applicants.Only(("city", "Raleigh"), ("work_arrangement", "remote"), ("willing_to_relocate", "yes"));

        Assert.Equal("yes", AnswerFinder.Find("The Tucson lab team is in the building on Tuesdays and Wednesdays. Would you move to Tucson within 30 days of an offer?", "", input)?.Value);
    }

    [Theory]
    [InlineData("Do you hold a valid forklift licence?", "Every offer depends on a routine background check of your work and schooling history.")]
    [InlineData("Have you operated a reach truck before?", "Successful candidates complete a pre-employment drug screen at a local clinic.")]
    [InlineData("Is your licence current?", "We carry out a credit check for roles that handle cash.")]
    public void A_screening_fact_in_the_statement_does_not_answer_a_question_about_something_else(string question, string context)
    {
        var input = Applicants.With(Applicants.FullProfile, new Dictionary<string, string>
        {
            ["Do you consent to a background check?"] = "yes", ["Are you willing to take a drug test?"] = "yes", ["Do you consent to a credit check?"] = "yes",
        });

        Assert.False(QuestionContext.Applies(question, context, input));
    }

    [Theory]
    [InlineData("Do you agree to this screening?", "All offers depend on a background screening that confirms your past jobs and your degree.")]
    [InlineData("Would you be willing to undergo such a check?", "Before anyone starts we run a background check with former employers and schools.")]
    [InlineData("If we offer you the role, are you prepared to complete it?", "Joining the clinic means passing a background check.")]
    [InlineData("Would you agree to this check?", "Lindenhall Grocers confirms the previous employers and schooling of everyone who joins: an outside provider runs a background check once an offer is accepted.")]
    [InlineData("Should you receive an offer, do you consent to the check described above?", "Every new starter goes through a background check of their employment and education history.")]
    public void A_consent_pointing_at_a_background_check_in_the_statement_takes_the_background_check_answer(string question, string context)
    {
        Assert.True(QuestionContext.Applies(question, context, Jordan));
        Assert.Equal("Yes", Choice(Field("toggle", question, context), Jordan));
    }

    [Theory]
    [InlineData("Will you agree to this screening?", "Successful candidates take a pre-employment drug screen at a clinic near them.")]
    [InlineData("Do you agree to this check?", "Roles that handle client funds require a credit check before the start date.")]
    [InlineData("Do you consent to this check?", "Drivers on this team have their motor vehicle record reviewed before their first shift.")]
    [InlineData("Will you consent to this check if we make you an offer?", "Every offer depends on a background check of your driving record.")]
    [InlineData("Do you agree to this step?", "Before any offer we speak with two of your references.")]
    [InlineData("Will you agree to this check?", "Offers depend on a background check and a drug screen.")]
    public void A_check_the_background_check_answer_does_not_cover_stays_open(string question, string context) =>
        Assert.Null(Choice(Field("toggle", question, context), Jordan));

    [Fact]
    public void A_drug_screen_pointed_at_takes_the_drug_test_answer_when_there_is_one()
    {
        var input = Applicants.With(Applicants.FullProfile, new Dictionary<string, string>
        {
            ["If we make you an offer, would you consent to a standard background check covering employment and education history?"] = "yes",
            ["Are you willing to take a pre-employment drug test?"] = "no",
        });

        Assert.Equal("No", Choice(Field("toggle", "Will you agree to this screening?", "Successful candidates take a pre-employment drug screen at a clinic near them."), input));
    }

    [Theory]
    [InlineData("Have you been through this check before?")]
    [InlineData("Have you completed this check with an earlier employer?")]
    [InlineData("Did you agree to such a check at your last job?")]
    public void A_question_pointing_at_a_check_without_consenting_to_it_is_not_read_with_it(string question) =>
        Assert.False(QuestionContext.Applies(question, "Every new starter goes through a background check of their employment history.", Jordan));

    private static FormField Field(string kind, string label, string context) =>
        WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, options: "Yes|No") with { Context = context };

    private static string? Choice(FormField field, ApplyInput input) =>
        AnswerPlanner.Plan(field, input, null) is { } answer ? Assert.Single(answer.Choices).Text : null;
}
