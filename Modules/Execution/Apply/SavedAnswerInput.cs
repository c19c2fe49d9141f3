using GhostHands.Execution.Forms;
using GhostHands.Jobs;
using GhostHands.Jobs.Answers;

namespace GhostHands.Execution.Apply;

/// <summary>Puts the answers the job's user gave on earlier resumes into the form engine's input.</summary>
internal static class SavedAnswerInput
{
    /// <summary>
    /// <paramref name="input"/> with the user's saved answers, the most recently answered first; unchanged when the
    /// job says <c>rememberAnswers: false</c> (a job that keeps nothing also reuses nothing) or no store is available.
    /// </summary>
    public static async Task<ApplyInput> WithSavedAnswersAsync(ApplyInput input, Job job, SavedAnswers? saved, CancellationToken ct)
    {
        if (saved is null || !SavedAnswers.Remembers(job.InputData))
        {
            return input;
        }

        var answers = await saved.ListAsync(job.UserId, ct);
        return input with { SavedAnswers = answers.Select(a => new KnownAnswer(a.Question, a.Answer)).ToList() };
    }
}
