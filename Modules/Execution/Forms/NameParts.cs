using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Boxes for a part of the name that no other entry answers: a middle name or initial, a maiden, former or previous
/// name. Only the applicant's own entry for that part fills one (<c>middle_name</c>, <c>maiden_name</c>,
/// <c>previous_name</c>); a neighbouring entry never does (a preferred name is not a middle name), and without one the
/// box stays empty: where forms ask for these parts they leave them optional.
/// </summary>
internal static partial class NameParts
{
    /// <summary>True for a text box asking for one of these parts; a question about them ("Have you used other names?") is not one.</summary>
    public static bool IsAsked(FormField field) =>
        field.Kind == "text" && !field.Label.Contains('?', StringComparison.Ordinal) && Part().IsMatch(TextNorm.Normalize(field.Label));

    public static FieldAnswer? Answer(FormField field, ApplyInput input)
    {
        var label = TextNorm.Normalize(field.Label);
        if (label.Contains("middle", StringComparison.Ordinal))
        {
            return input.User("middle_name") is not { } middle ? null
                : label.Contains("initial", StringComparison.Ordinal) ? new FieldAnswer(middle[..1].ToUpperInvariant(), "userData.middle_name", [])
                : new FieldAnswer(middle, "userData.middle_name", []);
        }

        // A maiden name is a former name, and a former name may be recorded as the maiden one: the box's own kind first.
        string[] keys = label.Contains("maiden", StringComparison.Ordinal) ? ["maiden_name", "previous_name"] : ["previous_name", "maiden_name"];
        return keys.FirstOrDefault(k => input.User(k) is not null) is { } key ? new FieldAnswer(input.User(key)!, $"userData.{key}", []) : null;
    }

    [GeneratedRegex(@"\bmiddle ?(name|initial)s?\b|\bmaiden ?(name|surname)\b|\b(former|previous|prior|other) (last |family |sur)?names?\b")]
    private static partial Regex Part();
}
