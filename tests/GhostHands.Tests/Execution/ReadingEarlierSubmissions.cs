using System.Text.Json;
using GhostHands.Execution.Apply;

namespace GhostHands.Tests.Execution;

/// <summary>How a new attempt reads the submissions of earlier ones off the job's events (pure, no database).</summary>
public sealed class WhenReadingEarlierSubmissions
{
    private static (string, JsonElement) E(string type, string metadata = "{}") => (type, JsonDocument.Parse(metadata).RootElement);

    private static readonly (string, JsonElement) Claim = E("status_changed");

    [Fact]
    public void Nothing_submitted_means_nothing_to_recover() =>
        Assert.Null(SubmissionRecord.Fold([Claim, E("screenshot_taken", """{"url":"/a/01-step-1.png"}"""), Claim], clicksSubmit: false, currentAttempt: 2));

    [Fact]
    public void A_confirmed_submission_names_its_attempt_text_and_the_confirmation_screenshot()
    {
        var earlier = SubmissionRecord.Fold(
        [
            Claim,
            E("step_started", """{"button":"Submit","final":true}"""),
            E("form_submitted", """{"attempt":1}"""),
            E("screenshot_taken", """{"url":"/a/05-confirmation.png"}"""),
            E("step_completed", """{"url":"https://ats/thanks","matched_text":"Thank you for applying"}"""),
            Claim,
        ], clicksSubmit: false, currentAttempt: 7);

        Assert.Equal(new EarlierSubmission(6, true, "Thank you for applying", "https://ats/thanks", "/a/05-confirmation.png"), earlier);
    }

    [Fact]
    public void A_final_click_without_an_answer_is_an_unconfirmed_submission()
    {
        var earlier = SubmissionRecord.Fold([Claim, E("step_started", """{"button":"Submit","final":true}"""), Claim], clicksSubmit: false, currentAttempt: 2);

        Assert.Equal(1, earlier?.Attempt);
        Assert.False(earlier?.Confirmed);
    }

    [Fact]
    public void A_submission_the_page_rejected_with_errors_sent_nothing()
    {
        (string, JsonElement)[] events =
            [Claim, E("step_started", """{"final":true}"""), E("form_submitted"), E("validation_errors", """{"errors":["Email is required"]}"""), Claim];

        Assert.Null(SubmissionRecord.Fold(events, clicksSubmit: false, currentAttempt: 2));
    }

    [Fact]
    public void A_review_pause_clears_the_record_because_only_a_person_resumes_past_it()
    {
        (string, JsonElement)[] events = [Claim, E("form_submitted"), Claim, E("needs_review"), Claim];

        Assert.Null(SubmissionRecord.Fold(events, clicksSubmit: false, currentAttempt: 3));
    }

    [Fact]
    public void A_click_that_is_not_the_final_submit_is_safe_to_redo_except_in_custom_jobs()
    {
        (string, JsonElement)[] events = [Claim, E("step_started", """{"index":2,"action":"click"}"""), Claim];

        Assert.Null(SubmissionRecord.Fold(events, clicksSubmit: false, currentAttempt: 2));
        Assert.Equal(1, SubmissionRecord.Fold(events, clicksSubmit: true, currentAttempt: 2)?.Attempt);
    }
}
