using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// The field of work a question on a career's length names ("Years in a sales role", "How long have you been a
/// nurse?", "Years of sales experience") against the applicant's. <c>years_experience</c> is the length of the
/// applicant's own career, the one <c>current_title</c> names ("Senior Software Engineer"): it answers years in that
/// field, never years in another ("Years in a sales role" for a software engineer), and when the profile names no
/// field it cannot say which career a question's years are. A question naming no field is about the career as it is.
/// </summary>
internal static partial class CareerFields
{
    private static readonly (string Field, Regex Words)[] Fields =
    [
        ("software", Rule(@"software|(?<!business )develop\w*|programm\w*|coding|coder|back-?end|front-?end|full-?stack|devops|web|mobile apps?|engineer\w*|sre")),
        ("sales", Rule(@"sales|sell\w*|salesperson|account executives?|business development|sdrs?|bdrs?")),
        ("marketing", Rule(@"marketing|marketers?")),
        ("nursing", Rule(@"nurs\w*|clinical|patient care")),
        ("teaching", Rule(@"teach\w*|tutor\w*|classroom")),
        ("finance", Rule(@"accountants?|accounting|finance|financial|bookkeep\w*|audit\w*")),
        ("support", Rule(@"customer (support|service|success)|help ?desk|call cent(er|re)")),
        ("recruiting", Rule(@"recruit\w*|talent acquisition|human resources|hr")),
        ("legal", Rule(@"lawyers?|attorneys?|paralegals?|legal")),
    ];

    /// <summary>
    /// True when the <paramref name="question"/> on a career's length names a field of work the applicant's
    /// <c>current_title</c> does not (or the profile names none), so <c>years_experience</c> does not answer it.
    /// </summary>
    public static bool Other(string question, ApplyInput input)
    {
        var asked = Of(question);
        return asked.Count > 0 && !asked.Overlaps(Of(input.User("current_title") ?? ""));
    }

    private static HashSet<string> Of(string text)
    {
        var words = TextNorm.Normalize(text);
        return [.. Fields.Where(f => f.Words.IsMatch(words)).Select(f => f.Field)];
    }

    private static Regex Rule(string words) => new($@"\b({words})\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);
}
