namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// "Are you or any of your relatives employed by Globex?", "Are you a current employee or related to one?": two
/// questions in one (<see cref="ScreeningFacts.SelfAndRelatives"/>). Each part has its own source: the applicant's own
/// employment is <see cref="CurrentEmployer"/>'s (the profile's <c>current_company</c> against the company named, or
/// a screening answer saying the applicant never worked for the hiring company), the relatives' a screening answer on
/// relatives at the company. No only when both parts are no, yes when either surely is; a part unknown leaves the
/// whole to a person, so the relatives' answer alone never answers it.
/// </summary>
internal static class SelfOrRelatives
{
    /// <summary>The answer to the question naming <paramref name="employer"/>, or null when a part is unknown.</summary>
    public static FieldAnswer? Answer(string question, string employer, ApplyInput input)
    {
        var own = CurrentEmployer.Answer($"Are you currently employed by {employer}?", input);
        var relatives = AnswerFinder.OnTopicAnswer(ScreeningFacts.Relatives, input);
        var (self, kin) = (YesNo.Parse(own?.Value), YesNo.Parse(relatives?.Value));
        var yes = self == true || kin == true ? true : self == false && kin == false ? false : (bool?)null;
        return yes is { } y
            ? new FieldAnswer(y ? "yes" : "no", string.Join(" + ", new[] { own, relatives }.Where(a => a is not null && YesNo.Parse(a.Value) == y).Select(a => a!.Source)), [], question)
            : null;
    }
}
