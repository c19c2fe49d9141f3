using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// The boxes of an entry opened in a repeatable section (<see cref="AddSections"/>) that the profile fills, though
/// they are named in the entry's own short words: in a work-history entry "Title" is the applicant's job title,
/// "Company" or "Organisation" the employer, and "I currently work here" is ticked, since the one entry made is the
/// current job. Each is filled whether or not the editor marks it required: servers refuse an entry without its
/// employer while the editor calls the box optional. Dates are left alone: the profile knows no start of the current job.
/// </summary>
internal static partial class EntryParts
{
    /// <summary>
    /// The box's question in the profile's words ("Current company", "Current job title") when it is a part of a
    /// work-history entry (<paramref name="topics"/> from <see cref="AddSections.TopicsOf"/>); null otherwise.
    /// </summary>
    public static string? Question(IReadOnlySet<string> topics, string label)
    {
        if (!topics.Contains("current_company"))
        {
            return null;
        }

        var text = Bare(label);
        return Employer().IsMatch(text) ? "Current company" : JobTitle().IsMatch(text) ? "Current job title" : null;
    }

    /// <summary>True for the box of a work-history entry saying the job is the one held now ("I currently work here").</summary>
    public static bool IsCurrentJob(IReadOnlySet<string> topics, FormField field) =>
        topics.Contains("current_company") && field.Kind == "checkbox" && CurrentJob().IsMatch(Bare(field.Label))
        && !NotCurrentJob().IsMatch(Bare(field.Label));

    /// <summary>The answer to <see cref="IsCurrentJob"/>: ticked when the profile names a current employer.</summary>
    public static FieldAnswer? CurrentJob(ApplyInput input) =>
        input.User("current_company") is { Length: > 0 } ? new FieldAnswer("true", "userData.current_company", []) : null;

    /// <summary>The label without its required or optional marks, normalised.</summary>
    private static string Bare(string label) => Marks().Replace(TextNorm.Normalize(label), "").Trim();

    [GeneratedRegex(@"\b(optional|required|mandatory)\b")]
    private static partial Regex Marks();

    // "Company", "Employer name", "Name of organisation", "Company / organization": not "company size" or "industry".
    [GeneratedRegex(@"^(current |present )?(company|employer|organi[sz]ation|business|firm)( (name|organi[sz]ation|company))?$|^(name of )(the )?(company|employer|organi[sz]ation)$")]
    private static partial Regex Employer();

    // "Title", "Job title", "Position", "Role held": not "title of your thesis" (an education entry's).
    [GeneratedRegex(@"^(job |position |role |your )?(title|position|role|designation)( held)?$|^(job|position) name$")]
    private static partial Regex JobTitle();

    // "I currently work here", "This is my current role", "Current position", "I am still employed here", "Present".
    [GeneratedRegex(@"\b(currently|presently|still) (work|employed|working|in)\b|\bcurrent (role|job|position|employer|company)\b|\bwork here\b|^(present|current|to present|until now|ongoing)$")]
    private static partial Regex CurrentJob();

    // A box that names the current job but says something else: a permission ("May we contact your current employer?",
    // "OK to reach my present company") or the opposite ("I do not currently work here", "No longer in this role").
    [GeneratedRegex(@"\b(not|never|no longer|dont|isnt|contact\w*|reach|call|ask|permission|reference\w*|may|can|allow\w*|consent\w*|agree|notify)\b")]
    private static partial Regex NotCurrentJob();
}
