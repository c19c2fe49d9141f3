using System.Globalization;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Years in one part of a career: managing or leading people ("Years of experience as a manager", "How long have you
/// led teams?") or one named skill ("Years of experience with Kubernetes"). The career's length says nothing of them
/// (seven years of work may hold none as a manager, or two with one tool), so only an answer on the same part gives
/// them: a screening or saved answer whose question asks years on the same skill, or on managing or leading, or a skills
/// entry that counts its years ("Terraform (4 years)"). Otherwise a person answers.
/// </summary>
internal static partial class PartialExperience
{
    /// <summary>True when <paramref name="question"/> (capitals kept) asks how long the applicant has led people or used a named skill.</summary>
    public static bool Asks(string question) => Length(question) && (Leading(question) || Skills(question).Count > 0);

    public static FieldAnswer? Answer(string question, ApplyInput input)
    {
        var skills = Skills(question);
        var leading = Leading(question);
        var keyed = input.QaOverrides.Select(p => (Question: p.Key, p.Value, Source: $"qaOverrides[{p.Key}]"))
            .Concat(input.SavedAnswers.Select(a => (a.Question, Value: a.Answer, Source: "savedAnswers")));
        foreach (var (asked, value, source) in keyed)
        {
            if (Length(asked) && Leading(asked) == leading && Same(Skills(asked), skills))
            {
                return new FieldAnswer(value, source, [], asked);
            }
        }

        return !leading && skills.Count == 1 && Counted(input, skills[0]) is { } years
            ? new FieldAnswer(years, "userData.skills", [], question)
            : null;
    }

    private static bool Length(string question) =>
        Topics.Of(question) == "years_experience" || HowLong().IsMatch(TextNorm.Normalize(question));

    private static bool Leading(string question) => People().IsMatch(TextNorm.Normalize(question));

    private static List<string> Skills(string question) => NamedSkills.Names(question);

    private static bool Same(List<string> a, List<string> b) =>
        a.Count == b.Count && a.All(x => b.Any(y => SkillChoices.Is(x, y) && SkillChoices.Is(y, x)));

    // "Terraform (4 years)", "React: 6 yrs", "Go - 2+ years": the years the applicant counts beside one skill.
    private static string? Counted(ApplyInput input, string skill)
    {
        foreach (var entry in input.List("skills"))
        {
            if (Counting().Match(entry) is { Success: true } m && SkillChoices.Is(skill, TextNorm.Normalize(m.Groups["name"].Value)))
            {
                return double.Parse(m.Groups["years"].Value, CultureInfo.InvariantCulture).ToString("0.#", CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(how (long|many years|many months|much time)|for how long)\b|\b(years?|yrs?|months?) (of|in|as|with|using|managing|leading|spent)\b|^(years?|yrs?)\b")]
    private static partial Regex HowLong();

    // Managing, leading or supervising people, a part of a career however long the career is.
    [GeneratedRegex(@"\b(manag\w*|lead|leads|leading|led|leader\w*|supervis\w*|head of|direct reports?)\b")]
    private static partial Regex People();

    [GeneratedRegex(@"^\s*(?<name>[^():\u2013-]+?)\s*(?:\(|:|-|\u2013)\s*(?<years>\d+(?:\.\d+)?)\s*\+?\s*(?:years?|yrs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Counting();
}
