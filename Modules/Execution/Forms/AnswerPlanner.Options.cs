using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>Answers read from a choice's options rather than its question.</summary>
internal static partial class AnswerPlanner
{
    /// <summary>
    /// A list its options tell the kind of: ways of working (<see cref="ArrangementChoices"/>), shifts or hours
    /// (<see cref="WorkHours"/>), tools used (<see cref="SkillChoices"/>). True when one recognises the field; its
    /// answer is then the only one, null when the data does not settle it (a person decides), since the question's
    /// words alone would take an answer on a neighbouring topic ("hybrid" for a shift, one skill for all).
    /// </summary>
    private static bool Listed(FormField field, ApplyInput input, out FieldAnswer? answer)
    {
        Func<FormField, ApplyInput, FieldAnswer?>? reader = ArrangementChoices.Claims(field) ? ArrangementChoices.Answer
            : WorkHours.Claims(field) ? WorkHours.Answer
            : SkillChoices.Claims(field) ? SkillChoices.Answer
            : null;
        answer = reader?.Invoke(field, input);
        return reader is not null;
    }

    /// <summary>
    /// A choice whose question says little ("How would you like to work?") but whose options tell: options naming a
    /// profile topic ("Remote", "Hybrid", "On-site") take the profile's answer on it; several options named by items
    /// of the applicant's skills or languages (as <see cref="OptionMatcher.Many"/> names them) take those items.
    /// Never for a question with legal weight.
    /// </summary>
    private static FieldAnswer? ByOptions(FormField field, ApplyInput input)
    {
        var real = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).ToList();
        if (field.Kind is not ("select" or "radio" or "multiselect" or "checkboxgroup" or "listbox" or "combobox") || real.Count < 2 || Topics.IsLegal(Topics.Of(field.Label)))
        {
            return null;
        }

        // Several choices take a screening answer on the topic ("Remote, Hybrid") before the profile's one value.
        var several = field.Kind is "multiselect" or "checkboxgroup";
        if (Topics.Of(string.Join(" ", real.Select(o => o.Text))) is { } topic && !Topics.IsLegal(topic)
            && new[] { several ? AnswerFinder.OnTopicAnswer(topic, input) : null, AnswerFinder.FromProfile(topic, field.Label, input) }
                .Select(a => a is null ? null : Fit(field, a)).FirstOrDefault(f => f is not null) is { } fit)
        {
            return fit;
        }

        if (field.Kind is not ("multiselect" or "checkboxgroup" or "listbox" or "combobox"))
        {
            return null;
        }

        var best = ProfileKeys.All.Where(k => k.Key is "skills" or "languages").Select(k => (k.Key, Value: input.User(k.Key))).Where(p => p.Value is not null)
            .Select(p => (p.Key, p.Value, Named: OptionMatcher.Many(p.Value!, real)))
            .MaxBy(p => p.Named.Count);
        return best.Named is { Count: >= 2 } ? Fit(field, new FieldAnswer(best.Value!, $"userData.{best.Key}", [])) : null;
    }
}
