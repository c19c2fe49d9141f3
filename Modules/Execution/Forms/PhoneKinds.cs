using System.Text.RegularExpressions;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>The kind of phone asked beside the applicant's one number.</summary>
internal static partial class PhoneKinds
{
    /// <summary>
    /// "Phone type" (Mobile / Home / Work) beside the one number the applicant gave: a personal mobile, the usual
    /// number on an application and the only kind that reaches the applicant wherever they are. Null when the
    /// applicant gave no phone or no option is a mobile.
    /// </summary>
    public static FieldAnswer? Answer(FormField field, ApplyInput input)
    {
        // "Type" inside a "Phone" group, or a control named phoneType, says the same as a "Phone type" label.
        var said = new[] { field.Label, $"{field.Group} {field.Label}", Regex.Replace(field.Hints, "([a-z])([A-Z])", "$1 $2").Replace('_', ' ') };
        if (field.Kind is not ("select" or "radio" or "listbox") || input.User("phone") is null || !said.Any(t => PhoneType().IsMatch(TextNorm.Normalize(t))))
        {
            return null;
        }

        if (field.Kind == "listbox" && field.Options.Count == 0)
        {
            return new FieldAnswer("Personal mobile", "default", []);
        }

        var mobiles = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o) && OptionMatcher.IsMobilePhone(o.Text)).ToList();
        var personal = mobiles.Where(o => !WorkPhone().IsMatch(o.Text)).ToList();
        var choice = (personal.Count > 0 ? personal : mobiles).OrderByDescending(o => Regex.IsMatch(o.Text, "personal", RegexOptions.IgnoreCase)).FirstOrDefault();
        return choice is null ? null : new FieldAnswer(choice.Text, "default", field.Kind == "listbox" ? [] : [choice]);
    }

    /// <summary>
    /// A box for the extension of a phone number ("Phone Extension", "Ext."): the applicant's number is not its answer,
    /// and no profile entry holds one.
    /// </summary>
    public static bool IsExtension(FormField field) =>
        field.Kind == "text" && Extension().IsMatch($"{field.Label} {Regex.Replace(field.Hints, "([a-z])([A-Z])", "$1 $2")}");

    [GeneratedRegex(@"\bext(ension)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Extension();

    // "Phone type", "Phone device type", "Type of phone number", "What kind of phone is this?"; and which of the kinds
    // is the one to call ("Preferred phone", "Primary telephone"), asked as a choice among them.
    [GeneratedRegex(@"\b(phone|telephone|number)\b.*\b(type|kind|device)\b|\b(type|kind) of (phone|telephone|number)\b|^device( type)?$|\b(preferred|primary|main) (phone|telephone|contact number)\b")]
    private static partial Regex PhoneType();

    [GeneratedRegex(@"\b(work|business|office|company)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkPhone();
}
