using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// A yes or no about holding a degree of a named level ("Do you have a Bachelor's degree or higher?", "Have you
/// completed a master's degree in Statistics?"). The applicant's highest education (or degree) decides by rank: a
/// degree at or above the asked level is a yes, one below a no. A named field of study must be the applicant's
/// ("or a related field" allows any); a lower degree "or equivalent experience" stays open, as does an unknown level.
/// </summary>
internal static partial class DegreeHeld
{
    public static bool Asks(string question)
    {
        var text = TextNorm.Normalize(question);
        return Holding().IsMatch(text) && Education.Level(text) is not null;
    }

    public static FieldAnswer? Answer(string question, ApplyInput input)
    {
        var text = TextNorm.Normalize(question);
        var (asked, own) = (Education.Level(Degree().Match(text).Value), Education.Level(input.User("highest_education")) ?? Education.Level(input.User("degree")));
        if (asked is null || own is null)
        {
            return null;
        }

        if (own < asked)
        {
            return text.Contains("equivalent", StringComparison.Ordinal) ? null : new FieldAnswer("no", "userData.highest_education", [], question);
        }

        // "in Computer Science": the applicant's field must be named; "or a related field" accepts any.
        var field = Field().Match(text);
        var discipline = TextNorm.Normalize(Education.Discipline(input.User("degree")));
        return field.Success && !Related().IsMatch(text) && (discipline.Length == 0 || !field.Groups["field"].Value.Contains(discipline, StringComparison.Ordinal))
            ? null
            : new FieldAnswer("yes", "userData.highest_education", [], question);
    }

    // "Do you have / hold / possess", "Have you completed / earned", "Did you graduate with".
    [GeneratedRegex(@"^(do you (have|hold|possess)|have you (completed|earned|obtained|received|got)|did you (complete|earn|obtain|receive|graduate))\b.*\b(degree|diploma|doctorate|phd|mba|bachelor\w*|master\w*)\b")]
    private static partial Regex Holding();

    // The degree the question names, up to "degree" ("a bachelor s degree", "an mba", "a phd").
    [GeneratedRegex(@"\b(high school|associate\w*|bachelor\w*|undergraduate|master\w*|mba|ms|msc|ba|bs|bsc|graduate|postgraduate|doctorate|doctoral|phd)\b( \w+)?( degree| diploma)?")]
    private static partial Regex Degree();

    [GeneratedRegex(@"\b(degree|diploma) in (?<field>.+)$")]
    private static partial Regex Field();

    [GeneratedRegex(@"\b(or|and) (a |an |other )?(related|similar|relevant|equivalent|technical|quantitative)\b")]
    private static partial Regex Related();
}
