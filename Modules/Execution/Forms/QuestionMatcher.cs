using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Finds the <c>qaOverrides</c> entry that answers a form question by meaning: the same normalised text, the same
/// known topic (work authorisation, sponsorship, years of experience, ...) or, failing both, enough shared content
/// words. A question that matches nothing gets no answer: the engine asks a person rather than guess.
/// </summary>
internal static partial class QuestionMatcher
{
    /// <summary>Minimum word overlap (Jaccard) for a match without a known topic.</summary>
    public const double MinOverlap = 0.6;

    // Order matters: the first topic whose pattern matches wins ("work visa" is sponsorship, not authorisation).
    private static readonly (string Topic, Regex Pattern)[] Topics =
    [
        ("sponsorship", new Regex(@"sponsor|\bvisa\b|immigration", RegexOptions.Compiled)),
        ("work_authorization", new Regex(@"authori[sz]|eligib|permit to work|right to work|legally .*work|work .*legally", RegexOptions.Compiled)),
        ("relocation", new Regex(@"relocat|moving to|move to", RegexOptions.Compiled)),
        ("age", new Regex(@"\b18\b|years of age|age or older|legal age", RegexOptions.Compiled)),
        ("years_experience", new Regex(@"years? .*experience|experience .*years?|\byears? of exp", RegexOptions.Compiled)),
        ("salary", new Regex(@"salary|compensation|pay expectation|expected pay|desired pay", RegexOptions.Compiled)),
        ("start_date", new Regex(@"start date|earliest .*start|when .*start|available to start|availability date", RegexOptions.Compiled)),
        ("languages", new Regex(@"\blanguages?\b", RegexOptions.Compiled)),
        ("work_arrangement", new Regex(@"work (arrangement|setting|model|location preference)|remote|hybrid|on-?site", RegexOptions.Compiled)),
        ("source", new Regex(@"hear about|learn(ed)? about|how did you find|^source$|referral source|where did you (find|see)", RegexOptions.Compiled)),
        ("state", new Regex(@"\bstate\b|province|\bregion\b", RegexOptions.Compiled)),
        ("country", new Regex(@"\bcountry\b", RegexOptions.Compiled)),
    ];

    /// <summary>The known topic of a question, or null.</summary>
    public static string? Topic(string? question)
    {
        var text = TextNorm.Normalize(question);
        return text.Length == 0 ? null : Topics.FirstOrDefault(t => t.Pattern.IsMatch(text)).Topic;
    }

    /// <summary>The best entry of <paramref name="answers"/> for <paramref name="question"/>, or null.</summary>
    public static KeyValuePair<string, string>? Match(string? question, IReadOnlyDictionary<string, string> answers)
    {
        var text = TextNorm.Normalize(question);
        if (text.Length == 0 || answers.Count == 0)
        {
            return null;
        }

        foreach (var pair in answers)
        {
            if (TextNorm.Normalize(pair.Key) == text)
            {
                return pair;
            }
        }

        var topic = Topic(question);
        if (topic is not null)
        {
            foreach (var pair in answers)
            {
                if (Topic(pair.Key) == topic)
                {
                    return pair;
                }
            }
        }

        var best = answers.Select(p => (Pair: p, Score: TextNorm.Overlap(question, p.Key))).MaxBy(p => p.Score);
        return best.Score >= MinOverlap ? best.Pair : null;
    }
}
