namespace GhostHands.Execution.Forms.Meaning;

/// <summary>An entry that may answer a question: a profile key, a <c>qaOverrides</c> entry or a saved answer.</summary>
/// <param name="Identity">What the entry is about; entries with the same identity agree, so they never compete on margin.</param>
/// <param name="Texts">The wordings compared with the question; the best one counts.</param>
/// <param name="Priority">Lower wins among entries of the same identity: qaOverrides, then the profile, then saved answers.</param>
internal sealed record Candidate(string Identity, IReadOnlyList<string> Texts, FieldAnswer Answer, bool Legal, int Priority);

/// <summary>
/// The second pass: cosine similarity of sentence embeddings. The thresholds were measured on the calibration set in
/// tests/GhostHands.Tests/Execution/Meaning/Calibration.cs (44 paraphrased profile questions, 16 questions the profile
/// does not answer; none from a fixture form): right answers scored 0.36-0.89 (median 0.70) and the best wrong
/// entry 0.24-0.76 (median 0.42); questions with no answer scored at most 0.57. docs/execution.md has the table.
/// </summary>
internal static class Similarity
{
    /// <summary>Above the best score of any unanswerable calibration question (0.57).</summary>
    public const double MinSimilarity = 0.60;

    /// <summary>Lead over the best entry about something else; with 0.60 it answered 35 of 44 and got none wrong.</summary>
    public const double MinMargin = 0.08;

    /// <summary>Authorisation, sponsorship and EEO questions that no topic rule recognised: no calibration paraphrase reached this.</summary>
    public const double LegalMinSimilarity = 0.70;

    public const double LegalMinMargin = 0.15;

    /// <summary>An answer against an option's text ("Masters" and "Master of Science").</summary>
    public const double OptionMinSimilarity = 0.60;

    public const double OptionMinMargin = 0.05;

    public static double Of(string a, string b)
    {
        var x = MiniLmEmbeddings.Shared.Embed(a);
        var y = MiniLmEmbeddings.Shared.Embed(b);
        var sum = 0f;
        for (var i = 0; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    /// <summary>The candidate that answers <paramref name="question"/> clearly enough, or null.</summary>
    public static Candidate? Best(string question, IReadOnlyList<Candidate> candidates)
    {
        if (string.IsNullOrWhiteSpace(question) || candidates.Count == 0)
        {
            return null;
        }

        // A statement before the question ("The role involves client visits. How much travel can you take on?")
        // dilutes its embedding: the asked sentence alone is scored too, the better of the two counting.
        // A form's own name where an entry says "this company" pulls them apart: the question is read that way too.
        var asked = Sentences.Asked(question);
        string[] readings = [.. new[] { question, asked, HiringCompany.AsThisCompany(question), HiringCompany.AsThisCompany(asked) }.Distinct(StringComparer.Ordinal)];
        double Score(string text) => readings.Max(r => Of(r, text));
        var scored = candidates.Select(c => (Candidate: c, Score: c.Texts.Max(Score))).ToList();
        var groups = scored.GroupBy(s => s.Candidate.Identity)
            .Select(g => (Score: g.Max(s => s.Score), Members: g.ToList()))
            .OrderByDescending(g => g.Score)
            .ToList();
        var best = groups[0];
        var margin = best.Score - (groups.Count > 1 ? groups[1].Score : 0);
        var legal = best.Members.Any(m => m.Candidate.Legal);
        if (best.Score < (legal ? LegalMinSimilarity : MinSimilarity) || margin < (legal ? LegalMinMargin : MinMargin))
        {
            return null;
        }

        return best.Members.OrderBy(m => m.Candidate.Priority).ThenByDescending(m => m.Score).First().Candidate;
    }

    /// <summary>The option whose text means <paramref name="answer"/>, or null when none stands out.</summary>
    public static FieldOption? BestOption(string answer, IReadOnlyList<FieldOption> options)
    {
        if (options.Count == 0 || string.IsNullOrWhiteSpace(answer))
        {
            return null;
        }

        var scored = options.Select(o => (Option: o, Score: Of(answer, o.Text))).OrderByDescending(s => s.Score).ToList();
        var margin = scored[0].Score - (scored.Count > 1 ? scored[1].Score : 0);
        return scored[0].Score >= OptionMinSimilarity && margin >= OptionMinMargin ? scored[0].Option : null;
    }
}
