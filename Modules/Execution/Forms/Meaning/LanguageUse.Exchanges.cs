using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// A question that names no language but points at an exchange its statement puts in one: "Most of our growers keep
/// their records in Portuguese, and analysts visit them twice a year. Could you lead one of those visits?" asks about
/// the visits, which the same sentence ties to Portuguese. Only an exchange counts (calls, meetings, tickets, the people
/// served), and only a question about the exchange itself: "Are you comfortable with that rotation?", "Could you take
/// those calls on weekends?" or "... once a quarter?" ask about the schedule, the place or the frequency the statement
/// also mentions, which the applicant's languages do not answer.
/// </summary>
internal static partial class LanguageUse
{
    private enum Pointed { None, Exchange, Other }

    // What "this", "those" or "such a" names in the asked sentence: an exchange, something the languages do not decide
    // (a rotation, a schedule, travel), or nothing the language rule tells apart ("do you meet this?", "is that you?").
    private static Pointed PointedAt(string asked)
    {
        foreach (Match m in Pointer().Matches(asked))
        {
            var words = new[] { m.Groups["first"].Value, m.Groups["second"].Value }.Where(w => w.Length > 0).ToList();
            if (words.Any(w => Besides().IsMatch(w)))
            {
                return Pointed.Other;
            }

            if (words.Any(w => Exchange().IsMatch(w)))
            {
                return Besides().IsMatch(asked) ? Pointed.Other : Pointed.Exchange;
            }
        }

        return Pointed.None;
    }

    // The statement sentence that names both the exchange pointed at and a language; empty when none does.
    private static string Stating(string question, string sentence, string asked, IReadOnlySet<string> spoken)
    {
        var thing = Pointer().Matches(asked).Select(m => new[] { m.Groups["first"].Value, m.Groups["second"].Value })
            .SelectMany(w => w).First(w => Exchange().IsMatch(w));
        var stem = thing[..Math.Min(thing.Length, Math.Max(4, thing.Length - 3))];
        var statements = Statements().Matches(question.Replace(sentence, "", StringComparison.Ordinal)).Select(m => m.Value);
        return statements.FirstOrDefault(s => Regex.IsMatch(TextNorm.Normalize(s), $@"\b{Regex.Escape(stem)}") && LanguageMentions.In(s, spoken).Count > 0) ?? "";
    }

    [GeneratedRegex(@"\b(this|that|these|those|such)( an?)?( (?<first>[a-z]+))?( (?<second>[a-z]+))?")]
    private static partial Regex Pointer();

    // Exchanges held in a language, and the people they are held with.
    [GeneratedRegex(@"^(calls?|meetings?|reviews?|sessions?|demos?|conversations?|chats?|e?mails?|messages?|tickets?|briefings?|presentations?|interviews?|workshops?|trainings?|class(es)?|lessons?|documents?|reports?|letters?|enquir(y|ies)|inquir(y|ies)|quer(y|ies)|requests?|cases?|escalations?|visits?|appointments?|consultations?|customers?|clients?|patients?|callers?|famil(y|ies)|merchants?|users?|residents?|students?|members?|tenants?|guests?|visitors?|partners?|suppliers?|vendors?|crews?|speakers?|communit(y|ies)|audiences?|parents?|shoppers?|buyers?|growers?|farmers?|workers?|colleagues?|teams?)$")]
    private static partial Regex Exchange();

    // When, where and how often, not in which language: a rotation, on call, a schedule or shift, travel or a move.
    [GeneratedRegex(@"\b(rotat\w*|on.?call|schedul\w*|shifts?|weekends?|nights?|overnight|evenings?|holidays?|hours|overtime|quarter\w*|weekly|monthly|daily|yearly|annual\w*|once|twice|every|travel\w*|relocat\w*|commut\w*|on.?site|in person|office|remote\w*|hybrid|availab\w*|pager|standby|frequen\w*)\b")]
    private static partial Regex Besides();
}
