using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// An authorisation question whose options also speak of sponsorship or of which employer the authorisation covers
/// ("Authorized to work in the US for any employer", "... for present employer only", "Require sponsorship"): the
/// options ask whether the applicant may work there without sponsorship, so that (authorised and needing none) decides.
/// A yes takes the one option that says so without a limit; a no, or more than one such option, stays open, as does
/// an option claiming a status (citizen, permanent resident) the profile does not state.
/// </summary>
internal static partial class AuthorisationOptions
{
    public static FieldAnswer? Answer(FormField field, ApplyInput input)
    {
        if (field.Options.Count < 2 || Topics.Of(field.Label) != "work_authorization"
            || !field.Options.Any(o => Limited().IsMatch(TextNorm.Normalize(o.Text))))
        {
            return null;
        }

        if (YesNo.Parse(AnswerFinder.FromProfile("work_unsponsored", field.Label, input)?.Value) != true)
        {
            return null;
        }

        var free = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o) && !Limited().IsMatch(TextNorm.Normalize(o.Text))
            && !Negative().IsMatch(TextNorm.Normalize(o.Text)) && Regex.IsMatch(TextNorm.Normalize(o.Text), @"authori[sz]|eligib|permit|right to work|\bany employer\b")
            && !Status().IsMatch(TextNorm.Normalize(o.Text))).ToList();
        return free.Count == 1
            ? new(field.Kind is "listbox" or "combobox" ? free[0].Text : "yes", "userData.work_authorization + userData.requires_sponsorship",
                field.Kind is "listbox" or "combobox" ? [] : [free[0]], field.Label)
            : null;
    }

    // Sponsorship, a visa, or an authorisation bound to one employer or to a time.
    [GeneratedRegex(@"sponsor|\bvisa\b|\bonly\b|\b(current|present|specific|one|single) employer\b|restrict|temporar|\bopt\b|\bead\b|\bexpir")]
    private static partial Regex Limited();

    [GeneratedRegex(@"citizen|resident|green card|naturali[sz]")]
    private static partial Regex Status();

    [GeneratedRegex(@"\b(not|no|dont|do not|wont|will not|cannot|cant|unable|never)\b")]
    private static partial Regex Negative();
}
