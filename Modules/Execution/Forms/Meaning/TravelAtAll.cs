using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Yes/no questions about travel that state no share of it: "Are you willing to travel?", "Are you comfortable with
/// occasional travel?", "Travel?". Any travel is within what the applicant said unless that was none ("Up to 25%" is
/// a yes, "No travel" a no). A question asking for much travel ("extensive", "frequent", "international") without
/// saying how much is compared with nothing the applicant gave: a person decides.
/// </summary>
internal static partial class TravelAtAll
{
    /// <summary>True when <paramref name="question"/> asks yes or no whether the applicant would travel, naming no share of time.</summary>
    public static bool Asks(string question)
    {
        var asked = TextNorm.Normalize(Sentences.Asked(question));
        return TravelShare.Required(question) is null
            && (Terse().IsMatch(question) || (Topics.Of(question) == "willing_to_travel" && (Sentences.AsksYesNo(asked) || asked.StartsWith("i ", StringComparison.Ordinal))));
    }

    /// <summary>The answer to a question <see cref="Asks"/> recognises, or null when much travel is asked or the applicant gave no limit.</summary>
    public static FieldAnswer? Answer(string question, ApplyInput input)
    {
        if (Much().IsMatch(TextNorm.Normalize(question)) || TravelShare.Limit(input) is not { } said)
        {
            return null;
        }

        // Some travel, the least there is: within any limit but none.
        return TravelShare.WithinLimit(1, said.Value) is { } yes ? new FieldAnswer(yes ? "yes" : "no", said.Source, [], question) : null;
    }

    [GeneratedRegex(@"^\s*(willing(ness)? to )?travel\s*\?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Terse();

    [GeneratedRegex(@"\b(extensive\w*|frequent\w*|regular\w*|significant\w*|heav\w+|constant\w*|international\w*|overseas|abroad|weekly|every week|most of|majority|much of|a lot)\b")]
    private static partial Regex Much();
}
