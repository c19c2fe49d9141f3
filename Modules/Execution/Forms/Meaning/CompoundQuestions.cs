using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Two questions asked as one yes or no, joined by "and" across different topics: "Are you fluent in English and
/// authorised to work here?", "Are you 18 or older and legally eligible to work in the US?", "Do you hold a forklift
/// licence and speak Spanish?". The entry on one topic answers only its own part, so the whole is yes only when a rule
/// answers every part yes (never similarity, which is no evidence on a part); any other case is a person's to answer. A
/// part is a clause that is a question of its own: it opens as one ("and are you ..."), starts with a verb of its own
/// ("and hold a licence"), or has a topic or a rule of its own. Words that only complete the clause before them ("for
/// any employer and without restriction") are no part, and two wordings of one topic ("authorized and eligible to
/// work") are one question.
/// </summary>
internal static partial class CompoundQuestions
{
    /// <summary>The parts of a yes or no question that asks two things at once; null for any other question.</summary>
    public static IReadOnlyList<string>? Parts(string question)
    {
        var asked = Sentences.Asked(question).Trim().TrimEnd('?', '.', '!', ' ');
        var pieces = Joint().Split(asked).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (pieces.Count < 2 || Opener().Match(pieces[0]) is not { Success: true } opener)
        {
            return null;
        }

        var parts = new List<string> { pieces[0] };
        foreach (var piece in pieces.Skip(1))
        {
            // A denied clause is always a part of its own: read as the clause before it, it would be asked as its opposite.
            // So is a clause with a verb of its own ("and hold a forklift licence"): it asks another thing.
            var own = Opener().IsMatch(piece) || Negated().IsMatch(piece) || Verb().IsMatch(piece);
            var whole = Opener().IsMatch(piece) ? piece
                : Negated().Match(piece) is { Success: true } denial ? $"Do you not {piece[denial.Length..].TrimStart()}"
                : Verb().IsMatch(piece) ? $"Do you {piece}" : $"{opener.Value} {piece}";
            if (own || Recognised(whole))
            {
                parts.Add(whole);
            }
            else
            {
                parts[^1] += " and " + piece;
            }
        }

        var topics = parts.Select(Topics.Of).ToList();
        return parts.Count >= 2 && (topics.Any(t => t is null) || topics.Distinct().Count() > 1) ? parts : null;
    }

    /// <summary>Yes when <paramref name="rule"/> answers every part yes, from whatever entries it used; otherwise null.</summary>
    public static FieldAnswer? Answer(string question, IReadOnlyList<string> parts, Func<string, FieldAnswer?> rule)
    {
        var answers = new List<FieldAnswer>();
        foreach (var part in parts)
        {
            // A negated part ("and do not require sponsorship") is yes when the rule answers its plain form no.
            var negated = NegatedPart().Match(part);
            var plain = negated.Success ? $"{negated.Groups["opener"].Value} {part[negated.Length..].TrimStart()}" : part;
            if (rule(plain) is not { } answer || YesNo.Parse(answer.Value) != !negated.Success)
            {
                return null;
            }

            answers.Add(answer);
        }

        return new FieldAnswer("yes", string.Join(" + ", answers.Select(a => a.Source).Distinct()), [], question);
    }

    /// <summary>True when a person answered this very wording before (a saved answer): their answer stands for the whole.</summary>
    public static bool AnsweredAsWorded(string question, ApplyInput input) =>
        input.SavedAnswers.Any(a => TextNorm.Normalize(a.Question) == TextNorm.Normalize(question));

    // A clause a rule of its own reads: a topic, an age, a named skill or language, a degree.
    private static bool Recognised(string part) =>
        Topics.Of(part) is not null || AgeThreshold.Asks(part) || NamedSkills.Asks(part) || DegreeHeld.Asks(part);

    [GeneratedRegex(@"\s*,?\s+(?:and|&)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Joint();

    [GeneratedRegex(@"^(?:are|do|have|can|could|will|would|did|were)\s+you\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opener();

    // A clause that starts by denying its verb ("do not require sponsorship", "don't need a visa"): asked as "do you not".
    [GeneratedRegex(@"^(?:do\s+not|don['’]?t|will\s+not|won['’]?t|would\s+not|wouldn['’]?t|never)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    // A part asked as "do you not ...", "are you not ...", whose rule is asked in its plain form.
    [GeneratedRegex(@"^(?<opener>(?:are|do|have|can|could|will|would|did|were)\s+you)\s+not\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedPart();

    // A clause that starts with its verb ("have the right to work", "hold a licence") is asked with "do you".
    [GeneratedRegex(@"^(?:have|hold|possess|speak|need|require|own|use|meet)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();
}
