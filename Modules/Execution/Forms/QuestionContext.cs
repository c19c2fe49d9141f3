using System.Text.RegularExpressions;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A question written apart from the statements it refers to: "Are you able to keep to that schedule?" as a label, the
/// schedule in a paragraph or help line beside it. The page reading keeps the question as the label and the statements
/// as the field's <see cref="FormField.Context"/>; the answer is planned from both, read as one label ("statement.
/// question?"), which the rules already take apart (<see cref="Sentences.Asked"/>). A question with legal weight
/// (authorisation, sponsorship, EEO), or a statement that has it, is answered from the question's own words only: a
/// visa remark beside "Are you authorised to work here?" must not turn it into a sponsorship question. Nor does the
/// context give a question another topic: it is read only when the question keeps its own topic that way, or has none
/// and the context's is no screening fact (a background check, a criminal record, a drug test or a credit check is
/// consented to only when asked, never because a note beside a certification question mentions one). Nor is a
/// screening answer given to the question as worded overruled by its context. The one exception is a question that
/// consents to the check its statement describes and names only by pointing at it ("Will you agree to this screening?"
/// after "Offers depend on a background check of your work history."): it is that check's question, and the check's
/// own answer (<see cref="ScreeningFacts"/>, <see cref="CheckCoverage"/>) or none decides.
/// </summary>
internal static partial class QuestionContext
{
    /// <summary><paramref name="field"/> with its context read into its label when the question refers to it; else as it is.</summary>
    public static FormField Read(FormField field, ApplyInput input) =>
        field.Context.Length > 0 && Applies(field.Label, field.Context, input)
            ? field with { Label = $"{Sentence(field.Context)} {field.Label}", Context = "" }
            : field;

    /// <summary>True when <paramref name="question"/> is answered together with <paramref name="context"/>.</summary>
    public static bool Applies(string question, string context, ApplyInput input)
    {
        var asked = TextNorm.Normalize(question);
        if (asked.Length == 0 || context.Trim().Length == 0 || input.QaOverrides.Keys.Any(k => TextNorm.Normalize(k) == asked))
        {
            return false;
        }

        var own = Topics.Of(question);
        var said = Topics.Of(context);
        var read = Topics.Of($"{Sentence(context)} {question}");
        return !Topics.IsLegal(own) && !Topics.IsLegal(said) && !Topics.IsLegal(read)
            && (read == own || (own is null && !ScreeningFacts.IsFact(said) && !ScreeningFacts.IsFact(read)) || ConsentsToStatedCheck(question, own, said, read));
    }

    // "Every hire completes a drug screen." then "Do you agree to this screening?": the question has no topic of its own,
    // the statement and the two read together are one check, and the question consents to it and points at it.
    private static bool ConsentsToStatedCheck(string question, string? own, string? said, string? read)
    {
        var asked = TextNorm.Normalize(question);
        return own is null && said == read && said is "background_check" or "drug_test" or "credit_check"
            && Consents().IsMatch(asked) && !Past().IsMatch(asked) && PointsBack().IsMatch(asked);
    }

    [GeneratedRegex(@"\b(consent|agree|authori[sz]e|willing|prepared|ready|happy|okay|ok with|fine with|comfortable with|submit|undergo|comply|complete|accept|permit|allow)")]
    private static partial Regex Consents();

    // "Have you completed this check before?" asks what happened, not whether the applicant consents.
    [GeneratedRegex(@"^(have|has|had|did|were|was) you\b|\b(before|ever|previously|already|in the past)\b")]
    private static partial Regex Past();

    // "this check", "such a screening", "the above", "to it", "one": the statement's check, not one the question names.
    [GeneratedRegex(@"\b(this|that|the|such an?|said)( \w+)? (checks?|screenings?|screens?|tests?|testing|verifications?|reviews?|investigations?|requirements?|conditions?|process|step)\b|\bthe above\b|\b(to|with|undergo|complete|authori[sz]e|accept|permit|allow) (it|one|this|that)\b")]
    private static partial Regex PointsBack();

    // "The team meets in Leeds on Tuesdays" has no full stop of its own; without one it would run into the question.
    private static string Sentence(string context)
    {
        var t = context.Trim().TrimEnd(';', ':', ',', ' ');
        return t.EndsWith('.') || t.EndsWith('!') ? t : $"{t}.";
    }
}
