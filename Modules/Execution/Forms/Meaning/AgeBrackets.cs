using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// A choice asked only as "Age" or "What is your age?" whose options each state an age to reach or stay under
/// ("Under 18", "18 or older"): the option the applicant's age makes true, settled as <see cref="AgeThreshold"/>
/// settles a yes/no about one age. Anything else among the options (ranges such as "25-34", "Prefer not to say"), or
/// an option nothing settles, leaves the question to a person.
/// </summary>
internal static partial class AgeBrackets
{
    public static FieldAnswer? Answer(FormField field, ApplyInput input)
    {
        if (field.Kind is not ("select" or "radio" or "listbox" or "combobox") || !Bare().IsMatch(TextNorm.Normalize(field.Label)))
        {
            return null;
        }

        var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date);
        var real = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).ToList();
        FieldOption? chosen = null;
        string? source = null;
        foreach (var option in real)
        {
            if (AgeThreshold.Answer(option.Text, input, today) is not { } said)
            {
                return null;
            }

            if (said.Value == "yes")
            {
                if (chosen is not null)
                {
                    return null;
                }

                (chosen, source) = (option, said.Source);
            }
        }

        return real.Count >= 2 && chosen is not null ? new FieldAnswer(chosen.Text, source!, [chosen], field.Label) : null;
    }

    // "Age", "Your age", "What is your age?", "Age group", "Age range".
    [GeneratedRegex(@"^(what is )?(your )?age( (group|range|bracket))?$")]
    private static partial Regex Bare();
}
