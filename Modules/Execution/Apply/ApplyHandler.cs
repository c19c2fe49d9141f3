using GhostHands.Credentials;
using GhostHands.Execution.Assist;
using GhostHands.Execution.Browser;
using GhostHands.Execution.Forms;
using GhostHands.Jobs;
using GhostHands.Jobs.Answers;
using GhostHands.Jobs.Handling;
using GhostHands.Schema;
using Microsoft.Extensions.Options;

namespace GhostHands.Execution.Apply;

/// <summary>
/// <c>apply</c>: fills and submits the application form at <c>target_url</c> with the applicant's <c>input_data</c>
/// (<c>userData</c>, <c>qaOverrides</c>, <c>resumePath</c>, <c>platform</c>) and completes only when the page confirms
/// it. A sign-in wall is passed with the user's stored credential for the platform, when there is one; a required
/// question nothing answers goes to the language model, when one is configured, before a person.
/// A new attempt first reads what earlier ones recorded (<see cref="SubmissionRecord"/>): the steps before the submit
/// are redone in a fresh context, the submit never is (<see cref="SubmissionRecovery"/>).
/// </summary>
internal class ApplyHandler(
    BrowserJobRunner runner, ResumeFiles resumes, CredentialVault vault, SubmissionRecord record, IOptions<ExecutionOptions> options,
    ScreeningAssistant? assistant = null, SavedAnswers? savedAnswers = null)
    : IJobHandler
{
    public virtual string JobType => JobTypes.Apply;

    public async Task<JobOutcome> ExecuteAsync(JobContext context)
    {
        var (input, error) = ApplyInput.Parse(context.Job.InputData);
        if (input is null)
        {
            return JobOutcome.Fail(ErrorCodes.InvalidInput, error!, retryable: false);
        }

        // Submission refuses a malformed profile; a row inserted by plain SQL can still hold one.
        if (ApplicantProfileRules.Problems(context.Job.InputData).FirstOrDefault() is { Field: not null } bad)
        {
            return JobOutcome.Fail(ErrorCodes.InvalidInput, bad.Message, retryable: false);
        }

        if (await record.ReadAsync(context) is { } earlier)
        {
            return earlier.Confirmed
                ? await SubmissionRecovery.CompleteFromRecordAsync(context, earlier)
                : await runner.RunAsync(context, context.Job.TargetUrl, session => SubmissionRecovery.ReviewAsync(session, earlier));
        }

        input = await SavedAnswerInput.WithSavedAnswersAsync(input, context.Job, savedAnswers, context.CancellationToken);

        var job = context.Job;
        var signIn = AtsPlatforms.For(job.TargetUrl, job.InputData) is { } platform ? new StoredSignIn(vault, job.UserId, platform) : null;
        return await runner.RunAsync(context, job.TargetUrl, async session =>
        {
            // Inside the run, so that the budget preflight comes before even the resume download.
            var (resume, resumeError) = await resumes.ResolveAsync(context, input.ResumePath);
            if (resumeError is not null)
            {
                return resumeError;
            }

            try
            {
                var outcome = await new FormEngine(session, input, resume, options.Value, signIn, assistant).RunAsync();
                return await ToJobOutcomeAsync(session, outcome);
            }
            finally
            {
                resumes.Release(resume, input.ResumePath);
            }
        });
    }

    private static async Task<JobOutcome> ToJobOutcomeAsync(JobSession session, FormOutcome outcome)
    {
        switch (outcome)
        {
            case FormOutcome.Submitted done:
                var host = new Uri(session.Page.Url).Host;
                return JobOutcome.Complete(
                    $"Applied on {host}: filled {done.Fields.Count} field(s) and the page confirmed \"{done.Evidence.MatchedText}\".",
                    new
                    {
                        fields = done.Fields.Select(f => new { label = f.Label, field = f.Field, value = f.Value, source = f.Source }),
                        confirmation = new { url = done.Evidence.Url, text = done.Evidence.MatchedText },
                        submissions = done.Submissions,
                    });
            case FormOutcome.Blocked blocked:
                await session.ScreenshotAsync($"blocked-{blocked.Blocker}");
                return new JobOutcome.Paused("blocker_detected", blocked.Message,
                    System.Text.Json.JsonSerializer.SerializeToElement(new { blocker = blocked.Blocker, url = session.Page.Url }, JobsModule.JsonOptions));
            case FormOutcome.NeedsAnswers needs:
                await session.ScreenshotAsync("needs-answers");
                var list = string.Join("; ", needs.Questions.Select(q => q.Question));
                return new JobOutcome.Paused("hitl_paused", $"The form asks what the applicant's data does not answer: {list}",
                    System.Text.Json.JsonSerializer.SerializeToElement(new
                    {
                        questions = needs.Questions.Select(q => new { question = q.Question, field = q.Field, kind = q.Kind, options = q.Options }),
                    }, JobsModule.JsonOptions));
            case FormOutcome.Rejected rejected:
                await session.ScreenshotAsync("rejected");
                return JobOutcome.Fail(ErrorCodes.SubmissionRejected, rejected.Message, retryable: false,
                    new { errors = rejected.Errors, fields = rejected.Fields, submissions = rejected.Submissions, url = session.Page.Url });
            case FormOutcome.NotConfirmed failed:
                await session.ScreenshotAsync("not-confirmed");
                return JobOutcome.Fail(ErrorCodes.SubmissionNotConfirmed, failed.Message, retryable: true,
                    new { errors = failed.Errors, fields = failed.Fields, url = session.Page.Url });
            default:
                throw new InvalidOperationException($"Unknown form outcome {outcome.GetType().Name}.");
        }
    }
}

/// <summary><c>fill_form</c>: the same engine as <c>apply</c> for forms that are not job applications.</summary>
internal sealed class FillFormHandler(
    BrowserJobRunner runner, ResumeFiles resumes, CredentialVault vault, SubmissionRecord record, IOptions<ExecutionOptions> options,
    ScreeningAssistant? assistant = null, SavedAnswers? savedAnswers = null)
    : ApplyHandler(runner, resumes, vault, record, options, assistant, savedAnswers)
{
    public override string JobType => JobTypes.FillForm;
}
