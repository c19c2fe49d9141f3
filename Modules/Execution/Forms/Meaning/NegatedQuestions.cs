using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Questions that ask the opposite of a plain one, which every rule and the model read as the plain one ("Are you
/// unwilling to relocate?" shares all the words of "Are you willing to relocate?"). A question negated at its verb
/// ("Do you not require sponsorship?", "Have you never worked for us?") is never answered: English answers it either
/// way ("Yes, I don't" and "No, I do"). A negation that leaves yes and no plain ("Are you unwilling to ...?", "Do you
/// object to ...?", "Are you free of ...?", or a statement to confirm: "I am not bound by a non-compete") takes the
/// plain question's yes or no turned round, and nothing when the plain answer is not a yes or no.
/// </summary>
internal static partial class NegatedQuestions
{
    /// <summary>True when <paramref name="field"/> is a question this class answers (or keeps open) instead of the planner.</summary>
    public static bool Applies(FormField field) =>
        field.Kind is not ("checkbox" or "file") && Negated(field.Label);

    /// <summary>True when <paramref name="question"/> is negated, at its verb or in its words.</summary>
    public static bool Negated(string question) => Ambiguous(question) || Plain(question) is not null;

    /// <summary>
    /// The screening or saved answer given to <paramref name="field"/>'s question exactly as worded (a person's answer
    /// on resuming is stored under it), as given: it already answers the negated question.
    /// </summary>
    public static FieldAnswer? Given(FormField field, ApplyInput input)
    {
        var question = TextNorm.Normalize(ControlText.Strip(field.Label));
        return input.QaOverrides.Where(p => TextNorm.Normalize(p.Key) == question).Select(p => new FieldAnswer(p.Value, $"qaOverrides[{p.Key}]", [], p.Key)).FirstOrDefault()
            ?? input.SavedAnswers.Where(a => TextNorm.Normalize(a.Question) == question).Select(a => new FieldAnswer(a.Answer, "savedAnswers", [], a.Question)).LastOrDefault();
    }

    /// <summary>
    /// The answer to a negated question: null for one negated at its verb; otherwise the plain question's answer
    /// (<paramref name="plan"/> plans a field) turned round, in the field's shape. Null too when that answer came from
    /// an entry that is itself negated (its yes already says the opposite of the plain question's), or is an option
    /// chosen by what it says ("No, I'm willing to relocate"), whose yes or no turned round would pick the wrong one.
    /// </summary>
    public static FieldAnswer? Answer(FormField field, Func<FormField, FieldAnswer?> plan)
    {
        if (Ambiguous(field.Label) || Plain(field.Label) is not { } plain || plan(field with { Label = plain }) is not { } answer
            || (answer.Question is { } entry && Negated(entry)))
        {
            return null;
        }

        var typed = answer.Choices.Count == 0 && field.Options.Count == 0 && field.Kind is not ("listbox" or "combobox");
        var text = answer.Choices.Count == 1 ? answer.Choices[0].Text : answer.Choices.Count == 0 ? answer.Value : null;
        var said = typed || YesNo.IsBare(text) ? YesNo.Parse(text) : null;
        return said is { } yes ? AnswerPlanner.Fit(field, new FieldAnswer(yes ? "no" : "yes", answer.Source, [], answer.Question)) : null;
    }

    /// <summary>True when the asked sentence of <paramref name="question"/> is negated at its verb ("Are you NOT ...?", "Don't you ...?").</summary>
    public static bool Ambiguous(string question) => VerbNegated().IsMatch(Asked(question));

    /// <summary>
    /// <paramref name="question"/> with its unambiguous negation taken out ("Are you unwilling to relocate?" reads "Are
    /// you willing to relocate?"; "I do not require sponsorship." reads "I do require sponsorship."), or null when it has none.
    /// </summary>
    public static string? Plain(string question)
    {
        var asked = Sentences.Asked(question);
        var prefix = Conditional().Match(asked).Length;
        var body = asked[prefix..];
        foreach (var (pattern, plain) in Turns)
        {
            if (pattern.Match(body) is { Success: true } m)
            {
                var turned = asked[..prefix] + body[..m.Index] + m.Result(plain) + body[(m.Index + m.Length)..];
                return question.Replace(asked, turned, StringComparison.Ordinal);
            }
        }

        return null;
    }

    // "If offered the role, ..." before the question: the question is what follows.
    private static string Asked(string question)
    {
        var asked = Sentences.Asked(question);
        return TextNorm.Normalize(asked[Conditional().Match(asked).Length..]);
    }

    private static readonly (Regex Pattern, string Plain)[] Turns =
    [
        (Rule(@"^(?<q>(are|would|will|is|were) you (be )?)un(?<w>willing|able)\b"), "${q}${w}"),
        (Rule(@"^(?<q>(do|would|will) you )(object|have (any )?objections?) to\b"), "${q}agree to"),
        (Rule(@"^(?<q>(are|would|will) you (be )?)free (of|from)\b"), "${q}subject to"),
        (Rule(@"^I(?<a> (am|do|will|have|would|can|could|shall)) (not|never)\b"), "I${a}"),
        (Rule(@"^I['\u2019]m not\b"), "I am"),
        (Rule(@"^I (don['\u2019]?t|do not)\b"), "I do"),
        (Rule(@"^I won['\u2019]?t\b"), "I will"),
        (Rule(@"^I (can['\u2019]?t|cannot)\b"), "I can"),
        (Rule(@"^I haven['\u2019]?t\b"), "I have"),
    ];

    private static Regex Rule(string pattern) => new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^(are|is|am|was|were|do|does|did|have|has|had|will|would|can|could|should|shall|may|must)( you| there)? (not|never)\b|^(arent|isnt|dont|doesnt|didnt|havent|hasnt|wont|wouldnt|cant|couldnt|shouldnt)\b")]
    private static partial Regex VerbNegated();

    [GeneratedRegex(@"^\s*(if|when|once|should)\b[^,?]{0,80},\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Conditional();
}
