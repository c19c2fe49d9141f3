using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A self-identification question worded only as an instruction ("Please check one of the boxes below:", "Select the
/// option that describes you.") under a heading the control does not carry: its options say what it asks. When every
/// option other than the decline names the same EEO topic ("Yes, I have a disability", "No, I do not have a
/// disability"), the profile's answer on that topic (or the decline, as for any EEO question) is chosen. Options on
/// several topics, or on none, leave the question as it was (as do a drawn list's options not read yet).
/// </summary>
internal static class SelfIdentification
{
    public static FieldAnswer? Answer(FormField field, ApplyInput input)
    {
        if (field.Kind is not ("select" or "radio" or "checkboxgroup" or "toggle" or "multiselect" or "listbox" or "combobox") || Topics.Of(field.Label) is not null)
        {
            return null;
        }

        var stated = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o) && !OptionMatcher.IsDecline(o.Text)).ToList();
        if (stated.Count < 2 || stated.Select(o => Topics.Of(o.Text)).Distinct().ToList() is not [{ } topic] || !ProfileKeys.DeclineByDefault.Contains(topic))
        {
            return null;
        }

        return AnswerFinder.FromProfile(topic, field.Label, input) is { } answer ? AnswerPlanner.Fit(field, answer) : null;
    }
}
