using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Whether a text field that names a contact detail ("email", "phone", "name") asks for the applicant's own. A field
/// about someone else (a reference, an emergency contact, a supervisor, whoever referred the applicant) or one asking
/// for several details in one answer ("name, relationship, and email or phone") is a question the profile does not
/// answer: filling it with the applicant's own email would submit a wrong answer where a person should be asked.
/// </summary>
internal static partial class OwnContact
{
    /// <summary>
    /// False when the label, the group around the field or its name/id (all normalised, <see cref="TextNorm.Normalize"/>)
    /// speak of another person, or the label asks for more than one of name, email and phone.
    /// </summary>
    public static bool Asked(string label, string group, string hints) =>
        !new[] { label, group, hints }.Any(t => SomeoneElse().IsMatch(t))
        && new[] { Name(), Email(), Phone() }.Count(p => p.IsMatch(label)) < 2;

    [GeneratedRegex(@"\b(references?|referees?|emergency|next of kin|supervisors?|managers?|referr(er|ers|ed|al)|recruiters?|spouses?|guardians?|contact person|their)\b")]
    private static partial Regex SomeoneElse();

    [GeneratedRegex(@"\bnames?\b")]
    private static partial Regex Name();

    [GeneratedRegex(@"e-?mail")]
    private static partial Regex Email();

    [GeneratedRegex(@"phone|mobile|\bcell|\btel\b")]
    private static partial Regex Phone();
}
