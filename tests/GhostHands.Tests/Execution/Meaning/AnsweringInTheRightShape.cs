using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

public sealed class WhenALabelNamesAThingTheProfileHolds
{
    [Theory]
    [InlineData("Present employer")]
    [InlineData("Latest employer name")]
    [InlineData("Name of current company")]
    public void A_yes_or_no_about_the_same_thing_does_not_answer_it(string label)
    {
        var qa = new Dictionary<string, string> { ["Would your present employer object to you moving to a competitor?"] = "no" };
        var input = Applicants.With(new Dictionary<string, string> { ["current_company"] = "Globex" }, qa);

        var answer = AnswerFinder.Find(label, "", input);

        Assert.Equal("Globex", answer?.Value);
        Assert.Equal("userData.current_company", answer?.Source);
    }

    [Fact]
    public void The_yes_or_no_question_itself_still_gets_its_screening_answer()
    {
        const string Question = "Would your present employer object to you moving to a competitor?";
        var qa = new Dictionary<string, string> { [Question] = "no" };
        var input = Applicants.With(new Dictionary<string, string> { ["current_company"] = "Globex" }, qa);

        Assert.Equal("no", AnswerFinder.Find(Question, "", input)?.Value);
    }

    [Fact]
    public void Without_the_profile_value_the_label_stays_open_rather_than_take_a_yes_or_no()
    {
        var qa = new Dictionary<string, string> { ["Is your present employer a customer of ours?"] = "yes" };

        Assert.Null(AnswerFinder.Find("Present employer", "", Applicants.With(null, qa)));
    }

    [Fact]
    public void A_yes_or_no_still_answers_a_label_on_a_yes_or_no_topic()
    {
        var qa = new Dictionary<string, string> { ["Could you move to another city for this job?"] = "yes" };

        Assert.Equal("yes", AnswerFinder.Find("Relocation", "", Applicants.With(null, qa))?.Value);
    }
}

public sealed class WhenAskedWhetherTheApplicantCanWorkWithoutSponsorship
{
    [Theory]
    [InlineData("yes", "no", "yes")]
    [InlineData("yes", "yes", "no")]
    [InlineData("no", "no", "no")]
    public void Authorisation_and_sponsorship_answer_it_together(string authorised, string sponsorship, string expected)
    {
        var input = Applicants.Only(("work_authorization", authorised), ("requires_sponsorship", sponsorship));

        var answer = AnswerFinder.Find("Are you able to take up employment in Canada without employer visa support?", "", input);

        Assert.Equal(expected, answer?.Value);
        Assert.Equal("userData.work_authorization + userData.requires_sponsorship", answer?.Source);
    }

    [Fact]
    public void Screening_answers_on_each_topic_answer_it_when_the_profile_does_not()
    {
        var qa = new Dictionary<string, string>
        {
            ["Do you have the right to work in this country?"] = "yes",
            ["Will you need us to sponsor a work permit?"] = "no",
        };

        Assert.Equal("yes", AnswerFinder.Find("Without sponsorship, could you start work with us?", "", Applicants.With(null, qa))?.Value);
    }

    [Fact]
    public void Half_an_answer_leaves_it_open()
    {
        Assert.Null(AnswerFinder.Find("May you be employed here without sponsorship?", "", Applicants.Only(("work_authorization", "yes"))));
    }
}

public sealed class WhenAGenderIsWordedDifferentlyByTheForm
{
    [Theory]
    [InlineData("Male", "Woman|Man|Non-binary|Decline to state", "Man")]
    [InlineData("Woman", "Female|Male|Other", "Female")]
    [InlineData("female", "Man|Woman|Prefer to self-describe", "Woman")]
    public void The_same_gender_is_chosen(string answer, string options, string expected) =>
        Assert.Equal(expected, OptionMatcher.Best(answer, Options(options.Split('|')))?.Text);

    [Theory]
    [InlineData("Rather not disclose")]
    [InlineData("Prefer not to say")]
    [InlineData("I do not want to answer")]
    public void An_absent_gender_picks_the_decline_option_however_it_is_worded(string decline)
    {
        var answer = AnswerFinder.Find("Sex", "", Applicants.With());

        Assert.NotNull(answer);
        Assert.Equal(decline, OptionMatcher.Best(answer.Value, Options("Man", "Woman", "Non-binary", decline))?.Text);
    }

    private static List<FieldOption> Options(params string[] texts) => [.. texts.Select((t, i) => new FieldOption($"o{i}", t, t, false))];
}

public sealed class WhenACheckboxAsksForConsent
{
    [Theory]
    [InlineData("I agree that Contoso may retain my personal information while my candidacy is reviewed.", "")]
    [InlineData("I agree to be contacted by the hiring team about this role.", "Please tick this box")]
    public void Consent_to_keep_the_applicants_details_or_that_the_form_insists_on_is_given(string label, string error) =>
        Assert.Equal("true", AnswerPlanner.Plan(Checkbox(label, error), Applicants.With(), null)?.Value);

    [Fact]
    public void An_optional_agreement_the_form_does_not_insist_on_is_left_alone() =>
        Assert.Null(AnswerPlanner.Plan(Checkbox("I agree to be contacted by the hiring team about this role.", ""), Applicants.With(), null));

    [Fact]
    public void Marketing_stays_unticked_even_when_it_says_it_keeps_your_details() =>
        Assert.Equal("false", AnswerPlanner.Plan(Checkbox("Keep me in your talent community and use my details for future openings", ""), Applicants.With(), null)?.Value);

    private static FormField Checkbox(string label, string error) =>
        new("c1", "checkbox", "checkbox", "c1", label, "", false, "", [], error, null, null, null);
}
