using System.Globalization;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Yes/no questions that state how much the job travels before asking whether the applicant can: "The role involves
/// travel of about 10% to client sites. Are you able to travel?". The stated share is compared with the most the
/// applicant will travel (a screening answer or profile value on travel: "Up to 25%", "0-25%", "None"): yes when it is
/// within it, no when it is beyond it, null (a person decides) when either side gives no number to compare.
/// A question asking how much ("What percentage of your time could you travel?") or offering shares to choose from
/// ("Select your travel availability") is not one of these: its options take the screening answer as it is.
/// </summary>
internal static partial class TravelShare
{
    private const string Key = "willing_to_travel";

    /// <summary>True when <paramref name="question"/> states a share of travel and asks yes or no about it.</summary>
    public static bool Asks(string question) => Required(question) is not null && YesNoOrStatement().IsMatch(Words(Sentences.Asked(question)));

    /// <summary>The answer to a question <see cref="Asks"/> recognises, or null when the applicant's data does not settle it.</summary>
    public static FieldAnswer? Answer(string question, ApplyInput input)
    {
        if (Stated(question) is not { } required || Limit(input) is not { } said)
        {
            return null;
        }

        // Time in a period read from a question that also asks for much travel (frequent, extensive, weekly) is the
        // least the job travels, not all of it ("frequent international travel; twice a year the team meets for a
        // week"): beyond the limit is a no, within it says nothing. Where the trips go says nothing of how much.
        var within = WithinLimit(required.Share, said.Value);
        if (within is true && required.LowerBound && TravelAtAll.Much(Words(question)))
        {
            return null;
        }

        return within is { } yes ? new FieldAnswer(yes ? "yes" : "no", said.Source, [], question) : null;
    }

    /// <summary>
    /// Whether a job travelling <paramref name="required"/> percent of the time is within what <paramref name="limit"/>
    /// says the applicant will travel; null when the words give nothing to compare.
    /// </summary>
    public static bool? WithinLimit(double required, string limit)
    {
        var text = Words(limit);
        if (YesNo.Parse(limit) is { } plain && Percent().Matches(text).Count == 0)
        {
            return plain || required == 0;
        }

        if (Unlimited().IsMatch(text))
        {
            return true;
        }

        if (NotAtAll().IsMatch(text))
        {
            return required == 0;
        }

        var numbers = Shares(text);
        if (numbers.Count == 0)
        {
            return null;
        }

        // "More than 50%", "at least 25%": a floor; a share above it may or may not be accepted.
        if (Floor().IsMatch(text))
        {
            return required <= numbers.Max() ? true : null;
        }

        // "Up to 25%", "0-25%", "25%": the most the applicant travels; "less than 25%" leaves exactly 25% open.
        var most = numbers.Max();
        return required < most || (required == most && !Below().IsMatch(text)) ? true : required > most ? false : null;
    }

    /// <summary>
    /// The share of time a question says the job travels, in percent (the top of a range), or null: from a clause
    /// about travel, from a clause after one that speaks of it ("Some weeks the role visits depots; overall that comes
    /// to 20% of working time"), or from the statement before a question about travel ("Consultants spend 15% of their
    /// time at client sites. Are you able to travel?"). Time away in a period counts too ("one week a month").
    /// </summary>
    public static double? Required(string question) => Stated(question)?.Share;

    // The share and whether it was worked out from time in a period rather than stated whole.
    private static (double Share, bool LowerBound)? Stated(string question)
    {
        var clauses = Regex.Split(question, @"(?<=[.?!;])\s+").Select(Words).ToList();
        var asksTravel = Travel().IsMatch(Words(Sentences.Asked(question)));
        foreach (var clause in AboutTravel(clauses).Concat(asksTravel ? clauses : []))
        {
            if (Shares(clause) is { Count: > 0 } numbers)
            {
                return (numbers.Max(), false);
            }

            if (Fraction().Match(clause) is { Success: true } fraction)
            {
                return (fraction.Groups["f"].Value switch { "half" => 50, "a third" or "one third" => 100.0 / 3, _ => 25 }, false);
            }

            if (PeriodShare(clause) is { } share)
            {
                return (share, true);
            }
        }

        return null;
    }

    // Time in a period is taken from the part of a clause that names travel: in "the role is on call one week a month
    // and travels occasionally" the week is on call, not away. A clause that names no travel (one before a question
    // about it) is taken whole. Time off or on call in it is never time away (TravelPeriods leaves it out).
    private static double? PeriodShare(string clause) =>
        Travel().IsMatch(clause)
            ? Parts().Split(clause).Where(p => Travel().IsMatch(p)).Select(TravelPeriods.Share).Max()
            : TravelPeriods.Share(clause);

    // A clause speaks of travel when it names it, or when it follows one that does and sums it up ("that comes to",
    // "overall", "in total", "all told"): a clause of its own ("The role is 80% remote", "That said, 70% of the role is
    // hands-on", "It pays 20% above market") is about something else.
    private static IEnumerable<string> AboutTravel(List<string> clauses)
    {
        var previous = false;
        foreach (var clause in clauses)
        {
            previous = Travel().IsMatch(clause) || (previous && RefersBack().IsMatch(clause));
            if (previous)
            {
                yield return clause;
            }
        }
    }

    public static (string Value, string Source)? Limit(ApplyInput input) =>
        input.User(Key) is { } own ? (own, $"userData.{Key}")
        : input.QaOverrides.Where(p => Topics.Of(p.Key) == Key)
            .Select(p => ((string Value, string Source)?)(p.Value, $"qaOverrides[{p.Key}]")).FirstOrDefault();

    private static List<double> Shares(string text) =>
        [.. Percent().Matches(text).Select(m => double.Parse(m.Groups[m.Groups["m"].Success ? "m" : "n"].Value, CultureInfo.InvariantCulture))];

    // Normalising drops punctuation, so "%" is spelled out first: "about 10%" reads "about 10 percent".
    private static string Words(string text) => TextNorm.Normalize(text.Replace("%", " percent", StringComparison.Ordinal));

    // "10 percent", "10-20 percent" and "10 to 20 percent" (the top counts).
    [GeneratedRegex(@"(?<n>\d{1,3})( ?(-|to) ?(?<m>\d{1,3}))? ?(percent|pct)\b")]
    private static partial Regex Percent();

    // Travel in other words: "on the road", "away from home", trips, visits (not visitors), time at customers' or
    // partners' sites, work in the field (not "in the field of analytics"), nights away (not overnight shifts).
    // Travelling to or visiting an office ("our San Francisco office") is where the job is worked, not travel; nor is
    // visiting a web page.
    [GeneratedRegex(@"\btravel\w*\b(?!" + AnOffice + @")|\bvisit(s|ed|ing)?\b(?!" + AnOffice + @")(?! (to )?(the |our |your |an? )?(office|offices|hq|headquarters|campus|website|site|page|careers|workplace)\b)"
        + @"|\bon the road\b|\baway from (home|base|the office)\b|\bout of town\b|\b(business )?trips?\b"
        + @"|\b(at|to) (the |our |their )?(client|customer|partner|supplier|vendor)s?( s)? (sites?|premises|offices?|locations?|facilit(y|ies)|plants?|warehouses?|stores?|branch(es)?|depots?)\b"
        + @"|(?<!\b(experience|expertise|experts?|leaders?|background|career|years) )\bin the field\b(?! of\b)|\bfield ?work\b|\bovernight stays?\b|\bstay\w* overnight\b|\bovernights\b|\bnights away\b")]
    private static partial Regex Travel();

    // " to our San Francisco office", " the London HQ": an office, named or not (a client's office is travel).
    private const string AnOffice = @" (in |to |into )?(the |our |your |an? )((?!client|customer|partner|supplier|vendor)[a-z]+ ){0,3}(office|offices|hq|headquarters|campus|workplace)\b";

    [GeneratedRegex(@"^(and |so |but )?((overall|all told|in total|altogether|all in all|on average|in all)\b|(that|this|which|it|these|those) (\w+ )?(adds? up|comes? to|amounts? to|works? out|totals?|equals?|makes? up|accounts? for)\b)")]
    private static partial Regex RefersBack();

    [GeneratedRegex(@"\b(?:and|but|while|whereas|although)\b")]
    private static partial Regex Parts();

    [GeneratedRegex(@"\b(?<f>half|a third|one third|a quarter|one quarter) of (the|your|my) time\b")]
    private static partial Regex Fraction();

    // "Are you able to travel?", "Can you take that on?", or a box to tick: "I can travel up to 30% of the time".
    [GeneratedRegex(@"^(are|is|am|can|could|would|will|do|does|have|i)\b")]
    private static partial Regex YesNoOrStatement();

    [GeneratedRegex(@"\b(any amount|unlimited|no limit|whenever|as (much|often) as (needed|required|necessary)|100 percent|fully)\b")]
    private static partial Regex Unlimited();

    [GeneratedRegex(@"^(none|not at all|no travel|not willing|unable|cannot travel|0 percent)\b")]
    private static partial Regex NotAtAll();

    [GeneratedRegex(@"\b(more than|over|at least|above|minimum)\b|\d\+")]
    private static partial Regex Floor();

    [GeneratedRegex(@"\b(less than|under|below)\b")]
    private static partial Regex Below();
}
