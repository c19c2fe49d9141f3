using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

public sealed class WhenAQuestionIsAskedInWordsOfItsOwn
{
    [Fact]
    public void Every_calibration_question_is_answered_from_its_own_key_or_left_open()
    {
        var input = Applicants.With(Applicants.FullProfile);
        var wrong = new List<string>();
        var answered = 0;
        foreach (var (question, key) in Calibration.Questions)
        {
            var source = AnswerFinder.Find(question, "", input)?.Source;
            if (source == $"userData.{key}")
            {
                answered++;
            }
            else if (source is not null)
            {
                wrong.Add($"{question} -> {source} (expected {key?.ToString() ?? "nothing"})");
            }
        }

        Assert.Empty(wrong);
        // docs/execution.md: 38 of the 44 answerable questions at the chosen thresholds.
        Assert.True(answered >= 36, $"only {answered} calibration questions answered");
    }

    [Theory]
    [InlineData("Why do you want to work at this company?", "Why do you want to work at Hooli?")]
    [InlineData("Describe your experience with distributed systems", "Tell us about your experience building distributed systems at scale.")]
    [InlineData("What is your expected salary?", "What are your compensation expectations for this role, including bonus?")]
    [InlineData("Are you willing to relocate?", "Would you relocate to our Berlin office if we made you an offer?")]
    public void A_screening_answer_keyed_by_other_words_answers_it(string key, string question)
    {
        var input = Applicants.With(qa: new Dictionary<string, string> { [key] = "the answer", ["Who referred you?"] = "Grace" });

        Assert.Equal("the answer", AnswerFinder.Find(question, "", input)?.Value);
    }

    [Theory]
    [InlineData("notice_period", "How much notice must you give your current employer?")]
    [InlineData("skills", "Which technologies do you know well?")]
    [InlineData("work_arrangement", "Which work model suits you best?")]
    [InlineData("willing_to_relocate", "Are you open to moving to Lisbon?")]
    public void A_screening_answer_under_a_profile_key_answers_its_questions(string key, string question)
    {
        var input = Applicants.With(qa: new Dictionary<string, string> { [key] = "the answer" });

        Assert.Equal($"qaOverrides[{key}]", AnswerFinder.Find(question, "", input)?.Source);
    }

    [Fact]
    public void Screening_answers_come_before_the_profile_and_the_profile_before_saved_answers()
    {
        var saved = new KnownAnswer("What is your notice period?", "2 weeks");
        var profile = new Dictionary<string, string> { ["notice_period"] = "4 weeks" };
        var qa = new Dictionary<string, string> { ["How much notice do you need to give?"] = "1 month" };

        Assert.Equal("1 month", AnswerFinder.Find("Notice period", "", Applicants.With(profile, qa, saved))?.Value);
        Assert.Equal("4 weeks", AnswerFinder.Find("Notice period", "", Applicants.With(profile, null, saved))?.Value);
        Assert.Equal("2 weeks", AnswerFinder.Find("Notice period", "", Applicants.With(null, null, saved))?.Value);
    }

    [Fact]
    public void A_saved_answer_is_found_by_meaning()
    {
        var input = Applicants.With(saved: new KnownAnswer("Do you have experience managing a team?", "Yes, five engineers"));

        Assert.Equal("savedAnswers", AnswerFinder.Find("Have you ever led or managed a team of people?", "", input)?.Source);
    }

    [Fact]
    public void Work_authorisation_given_per_country_answers_for_the_country_asked_about()
    {
        var input = Applicants.Only(("work_authorization", """{"US":"yes","UK":"no"}"""), ("country", "US"));

        Assert.Equal("no", AnswerFinder.Find("Are you legally authorised to work in the United Kingdom?", "", input)?.Value);
        Assert.Equal("yes", AnswerFinder.Find("Are you authorized to work in the United States?", "", input)?.Value);
        Assert.Equal("yes", AnswerFinder.Find("Are you eligible to work in this country?", "", input)?.Value);
    }
}

public sealed class WhenNothingTheApplicantGaveAnswersTheQuestion
{
    private static readonly IReadOnlyDictionary<string, string> Qa = new Dictionary<string, string>
    {
        ["Are you legally authorized to work in the US?"] = "Yes",
        ["Why do you want to work at this company?"] = "Because.",
    };

    [Theory]
    [InlineData("Active DoD security clearance ID number")]
    [InlineData("Security clearance level and ID")]
    [InlineData("Have you ever been convicted of a crime?")]
    [InlineData("What is your shoe size?")]
    public void It_stays_open(string question) =>
        Assert.Null(AnswerFinder.Find(question, "", Applicants.With(Applicants.FullProfile, Qa)));

    [Theory]
    [InlineData("Will you now or in the future require sponsorship for employment visa status?")]
    [InlineData("Would you need us to petition for an H-1B on your behalf?")]
    [InlineData("Will Globex have to support a work permit application for you?")]
    public void A_sponsorship_question_is_not_answered_with_the_authorisation_answer(string question)
    {
        var input = Applicants.With(new Dictionary<string, string> { ["work_authorization"] = "yes" }, Qa);

        Assert.Null(AnswerFinder.Find(question, "", input));
    }

    [Fact]
    public void An_eeo_question_no_rule_recognises_is_not_answered_by_similarity_alone()
    {
        var input = Applicants.Only(("veteran_status", "I am a protected veteran"));

        Assert.Null(AnswerFinder.Find("Did you ever wear a uniform in service of your nation?", "", input));
    }

    [Fact]
    public void An_absent_eeo_answer_declines()
    {
        var answer = AnswerFinder.Find("Gender", "", Applicants.Only(("first_name", "Ada")));

        Assert.Equal(("Decline to self-identify", "default"), (answer?.Value, answer?.Source));
    }
}
