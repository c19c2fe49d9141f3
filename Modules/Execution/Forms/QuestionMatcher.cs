using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>
/// The rule pass over question-keyed answers (<c>qaOverrides</c>, saved answers): the same normalised text, the
/// same known topic (work authorisation, sponsorship, years of experience, ...; a key may also be a profile key
/// such as <c>notice_period</c>) or, failing both, enough shared content words. Meaning-based matching comes after
/// this, in <see cref="AnswerFinder"/>. A question that matches nothing gets no answer here.
/// </summary>
internal static class QuestionMatcher
{
    /// <summary>Minimum word overlap (Jaccard) for a match without a known topic.</summary>
    public const double MinOverlap = 0.6;

    /// <summary>The known topic of a question, or null.</summary>
    public static string? Topic(string? question) => Topics.Of(question);

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

        // An entry negated in its words ("I do not require sponsorship.") says the opposite of a plain question on its
        // topic: only its own wording takes it.
        if (answers.Keys.Any(NegatedQuestions.Negated) && !NegatedQuestions.Negated(question ?? ""))
        {
            answers = answers.Where(p => !NegatedQuestions.Negated(p.Key)).ToDictionary();
            if (answers.Count == 0)
            {
                return null;
            }
        }

        var topic = Topic(question);
        // Clearance questions are many ("hold one?", "which level?", "eligible for one?"): the topic alone matches none.
        if (topic is not null and not ScreeningFacts.Several and not "security_clearance")
        {
            foreach (var pair in answers)
            {
                if ((Topic(pair.Key) == topic || string.Equals(ProfileKeys.Find(pair.Key)?.Key, topic, StringComparison.Ordinal))
                    && SameCountry(question, pair.Key, topic) && CheckCoverage.Covers(pair.Key, question))
                {
                    return pair;
                }
            }
        }

        var best = answers.Select(p => (Pair: p, Score: TextNorm.Overlap(question, p.Key))).MaxBy(p => p.Score);
        var bestTopic = Topic(best.Pair.Key);
        // Shared words are no evidence on a legal question ("work authorization" vs "work visa").
        var legalMismatch = Topics.IsLegal(bestTopic) && bestTopic != topic;
        // Nor between screening facts: "consent to a drug test" and "consent to a background check" share most words.
        var factMismatch = (ScreeningFacts.IsFact(topic) || ScreeningFacts.IsFact(bestTopic)) && (bestTopic != topic || topic == ScreeningFacts.Several);
        return best.Score >= MinOverlap && !legalMismatch && !factMismatch && SameCountry(question, best.Pair.Key, bestTopic)
            && CheckCoverage.Covers(best.Pair.Key, question) ? best.Pair : null;
    }

    /// <summary>
    /// An answer about working in one country says nothing about another: "authorized to work in the US?" does not
    /// answer "eligible to work in Canada?", nor "in the EU?" or "in Georgia?" (places the country table does not
    /// know). A key naming no country agrees with any question, and a question naming no place with any key.
    /// </summary>
    private static bool SameCountry(string? question, string key, string? topic) =>
        topic is not ("work_authorization" or "work_unsponsored" or "requires_sponsorship")
        || Countries.NamedIn(key) is not { } answered
        || (Countries.NamedIn(question) is { } asked ? asked.Code == answered.Code : !PlaceNames.NamesSomePlace(question ?? ""));
}
