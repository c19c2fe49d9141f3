using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Yes/no questions about travel that state no share of it: "Are you willing to travel?", "Are you comfortable with
/// occasional travel?", "Travel?". Any travel is within what the applicant said unless that was none ("Up to 25%" is
/// a yes, "No travel" a no). A question whose share cannot be known (much travel: "extensive", "frequent"; travel
/// far: "international", "abroad"; or travel told only by how often it happens, with no length of stay: "Travel is
/// scheduled quarterly", "Monthly visits to client sites") is settled only by a limit every share meets or none does
/// ("As much as needed" is a yes, "No travel" a no); under a limit in percent a person decides.
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

    /// <summary>The answer to a question <see cref="Asks"/> recognises, or null when the applicant's limit does not settle it.</summary>
    public static FieldAnswer? Answer(string question, ApplyInput input)
    {
        if (TravelShare.Limit(input) is not { } said)
        {
            return null;
        }

        var text = TextNorm.Normalize(question);
        // Some travel, the least there is: within any limit but none. A share that cannot be known: any share at all.
        var yes = Much(text) || Far().IsMatch(text) || Recurring().IsMatch(text)
            ? TravelShare.WithinLimit(100, said.Value) is true ? true : TravelShare.WithinLimit(1, said.Value) is false ? false : null
            : TravelShare.WithinLimit(1, said.Value);
        return yes is { } y ? new FieldAnswer(y ? "yes" : "no", said.Source, [], question) : null;
    }

    /// <summary>True when the normalised <paramref name="words"/> ask for much travel without saying how much ("frequent", "extensive", "weekly").</summary>
    public static bool Much(string words) => MuchTravel().IsMatch(words);

    [GeneratedRegex(@"^\s*(willing(ness)? to )?travel\s*\?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Terse();

    [GeneratedRegex(@"\b(extensive\w*|frequent\w*|regular\w*|significant\w*|heav(y|ier|ily)|constant\w*|weekly|every week|most of|majority|much of|a lot)\b")]
    private static partial Regex MuchTravel();

    // Travel far, whose length a share does not tell: "international", "overseas", "abroad".
    [GeneratedRegex(@"\b(international\w*|overseas|abroad)\b")]
    private static partial Regex Far();

    // How often, with no length of stay: "quarterly", "every month", "twice a year", "a few times a year", "three trips a quarter".
    [GeneratedRegex(@"\b(daily|bi ?weekly|fortnightly|monthly|bi ?monthly|quarterly|yearly|annually|semi ?annually|bi ?annually|every (other )?(day|fortnight|month|quarter|year)|(once|twice|thrice|\w+ times|\w+ trips?|\w+ visits?) (a|an|per|each|every) (week|fortnight|month|quarter|year))\b")]
    private static partial Regex Recurring();
}
