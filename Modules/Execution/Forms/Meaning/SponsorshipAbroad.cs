namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// "Will you require sponsorship to work in the UK?" asked of an applicant living in the US: whether one needs a visa
/// depends on the country, and the applicant's sponsorship answer (profile or a screening answer naming no country) is
/// about the country they live in, as the authorisation answer is (<see cref="ApplyInput.WorkAuthorization"/>). Another
/// country named stays open unless a screening answer names that country.
/// </summary>
internal static class SponsorshipAbroad
{
    /// <summary>True when <paramref name="question"/> on <paramref name="topic"/> asks about sponsorship in a country the applicant's answers do not cover.</summary>
    public static bool Unanswered(string question, string? topic, ApplyInput input)
    {
        if (topic is not ("requires_sponsorship" or "work_unsponsored") || Countries.NamedIn(question) is not { } asked
            || Countries.Find(input.User("country")) is not { } home || asked.Code == home.Code)
        {
            return false;
        }

        return !input.QaOverrides.Keys.Concat(input.SavedAnswers.Select(a => a.Question))
            .Any(k => Topics.Of(k) == topic && Countries.NamedIn(k)?.Code == asked.Code);
    }
}
