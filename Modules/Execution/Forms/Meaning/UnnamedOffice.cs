using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Yes/no questions about the job's own workplace that do not say where it is: "Do you live within commuting distance
/// of the office?", "Are you able to work from our office?". The place is the posting's (<see
/// cref="ApplyInput.PostingLocation"/>, read from the page); the question is then answered as if it named it (<see
/// cref="LocalOrRelocate"/>). Without a posting place, or with a remote one, no answer: the applicant's city is not the
/// office's, and a person decides.
/// </summary>
internal static partial class UnnamedOffice
{
    /// <summary>True when <paramref name="question"/> asks about living near or working at a workplace it does not name.</summary>
    public static bool Asks(string question, ApplyInput input)
    {
        var asked = Sentences.Asked(question);
        var words = TextNorm.Normalize(asked);
        return YesNoAsk().IsMatch(words) && TheOffice().IsMatch(words) && (Commute().IsMatch(words) || WorkThere().IsMatch(words))
            && !Topics.IsLegal(Topics.Of(question)) && LocalOrRelocate.IsLocal(question, input) is null;
    }

    /// <summary><paramref name="question"/> naming the posting's place when it refers to an unnamed workplace; else unchanged.</summary>
    public static string WithPosting(string question, ApplyInput input) =>
        Asks(question, input) && Place(input) is { } place ? $"{question.TrimEnd().TrimEnd('?', '.', ' ', '*')} in {place}?" : question;

    /// <summary>The answer to a question <see cref="Asks"/> recognises, or null when the posting's place or the data does not settle it.</summary>
    public static FieldAnswer? Answer(string question, ApplyInput input)
    {
        if (Place(input) is not { } place || LocalOrRelocate.IsLocal(WithPosting(question, input), input) is not { } local)
        {
            return null;
        }

        const string source = "page job location + userData.city";
        if (local)
        {
            return new FieldAnswer("yes", source, [], question);
        }

        // Not there: one who would move can work there; living within a commute is a plain no.
        var relocate = YesNo.Parse(input.User("willing_to_relocate")
            ?? input.QaOverrides.Where(p => Topics.Of(p.Key) == "willing_to_relocate").Select(p => p.Value).FirstOrDefault());
        var commute = Commute().IsMatch(TextNorm.Normalize(Sentences.Asked(question)));
        return commute ? new FieldAnswer("no", $"page job location ({place}) + userData.city", [], question)
            : relocate is { } r ? new FieldAnswer(r ? "yes" : "no", source + " + userData.willing_to_relocate", [], question) : null;
    }

    private static string? Place(ApplyInput input) =>
        input.PostingLocation is { Length: > 1 } place && !Remote().IsMatch(TextNorm.Normalize(place)) ? place : null;

    [GeneratedRegex(@"^(are|is|am|do|does|would|will|can|could|have)\b")]
    private static partial Regex YesNoAsk();

    // "the office", "our office", "this location", "our site", "the workplace": the job's place, not named.
    [GeneratedRegex(@"\b(the|our|this|that|your|its|company|companys) (main |local |nearest |primary )?(office|offices|site|workplace|location|premises|campus|headquarters|hq|facility|studio|branch|store|warehouse|plant)\b|\b(in|at|from) (the )?office\b|\bon-?site\b|\bin-?office\b")]
    private static partial Regex TheOffice();

    [GeneratedRegex(@"\bcommut|\b(live|living|reside|residing|based|located)\b.*\b(near|close to|within|around)\b|\bwithin \d* ?(miles|mi|km|minutes|an hour)\b|\breasonable distance\b|\b(get|travel) to\b")]
    private static partial Regex Commute();

    [GeneratedRegex(@"\b(work|working|report|reporting|attend|be present|come in|come into|be)\b.*\b(from|at|in|on|into|to)\b")]
    private static partial Regex WorkThere();

    [GeneratedRegex(@"\b(remote|anywhere|work from home|multiple locations|various locations|flexible)\b")]
    private static partial Regex Remote();
}
