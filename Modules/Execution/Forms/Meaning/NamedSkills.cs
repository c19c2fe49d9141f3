using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// A question about skills or languages the form names ("Do you have experience with Kubernetes?", "Do you speak
/// Spanish?", "Are you currently working with Terraform?"). A name is what the form writes with capitals or a sign
/// ("TypeScript", "C#", ".NET"), with the number or edition after it ("ISO 9001", "Python 2.7"), never its first word.
/// The applicant's skills and languages decide, by the one rule of <see cref="SkillChoices.Is"/>: yes when they list
/// every name ("Python 3" is not "Python 2.7"); otherwise the question stays open, since a list without the name says
/// nothing about that one skill.
/// Years with a named skill are <see cref="PartialExperience"/>'s: the overall years say nothing about them.
/// </summary>
internal static partial class NamedSkills
{
    /// <summary>True when <paramref name="question"/> (capitals kept) asks about a named skill or language.</summary>
    public static bool Asks(string question) =>
        Names(Scope(question)).Count > 0 && (Holding().IsMatch(TextNorm.Normalize(Scope(question))) || Topics.Of(question) == "years_experience");

    public static FieldAnswer? Answer(string question, ApplyInput input)
    {
        var held = Held(input);
        if (!Names(Scope(question)).All(n => held.Any(h => SkillChoices.Is(n, h))))
        {
            return null;
        }

        if (Topics.Of(question) != "years_experience")
        {
            return new FieldAnswer("yes", "userData.skills + userData.languages", [], question);
        }

        // The years in one skill are not the career's: only an answer on that skill gives them.
        return PartialExperience.Answer(question, input);
    }

    /// <summary>The names in a question as the form writes them, normalised ("C#" is "csharp").</summary>
    /// <remarks>A label in title case ("Years Of Experience") or an aside in brackets ("(Required)") names nothing.</remarks>
    public static List<string> Names(string question)
    {
        var text = Aside().Replace(question, " ").Trim();
        // The word opening the text is capitalised in any sentence: "Years of experience in Terraform" is not title case.
        var words = Word().Matches(text).Where(m => m.Index > 0).Select(m => m.Value).ToList();
        return words.Count(w => char.IsUpper(w[0])) * 2 > words.Count ? []
            : [.. Name().Matches(text).Where(m => m.Index > 0 && m.Value != "I")
                .Select(m => TextNorm.Normalize(m.Value.TrimEnd('.', '-'))).Where(n => n.Length > 0)];
    }

    // After a statement ("The team serves Latin America. Do you speak Spanish?") the asked sentence names the skill;
    // a question on years names it anywhere.
    private static string Scope(string question) => Topics.Of(question) == "years_experience" ? question : Sentences.Asked(question);

    private static List<string> Held(ApplyInput input)
    {
        return [.. new[] { "skills", "languages" }.SelectMany(key => ListedItems.Of(key, input)).Select(TextNorm.Normalize).Where(n => n.Length > 0)];
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Aside();

    [GeneratedRegex(@"\b[A-Za-z][a-z]{3,}\b")]
    private static partial Regex Word();

    // A capitalised word run ("Google Cloud", "Node.js") or a name with a sign ("C#", "C++", ".NET"), with the number
    // or edition after it ("ISO 9001", "Python 2.7", ".NET 8").
    [GeneratedRegex(@"(?<![\w.#+])(?:\.NET\b|[A-Z][\w#+.-]*(?:\s+[A-Z][\w#+.-]*)*|[A-Za-z]\+\+)(?:\s+v?\d+(?:\.\d+)*(?:\.x)?\b)?")]
    private static partial Regex Name();

    // "Do you have experience with", "Are you fluent in", "Do you speak", "Have you worked with", "Are you proficient in".
    [GeneratedRegex(@"^(do|are|have|can|would|is) you\b.*\b(experience\w*|speak|fluent\w*|proficien\w*|familiar\w*|knowledge|skilled|used|use|using|worked with|work with|working with|comfortable (with|using))\b|^is \S+( \S+)? (one of )?(the |your )?(languages?|skills?) you\b")]
    private static partial Regex Holding();
}
