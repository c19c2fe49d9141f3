using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// A pay question in terms the applicant's figure is not in: "Salary expectations (GBP per annum)" for an applicant
/// who gave US dollars, "Expected hourly rate" for a yearly salary (docs/execution.md: the salary expectation is a
/// yearly figure in <c>salary_currency</c>). The figure would be wrong there, so no entry answers it and a person
/// decides. A question naming the applicant's currency among others ("USD, EUR or GBP") is in its terms.
/// </summary>
internal static partial class PayTerms
{
    private static readonly (string Code, Regex Pattern)[] Currencies =
    [
        ("USD", Rule(@"\busd\b|us\$|\bus dollars?\b")),
        ("GBP", Rule(@"\bgbp\b|£|\bpounds?( sterling)?\b|\bsterling\b")),
        ("EUR", Rule(@"\beur\b|€|\beuros?\b")),
        ("CAD", Rule(@"\bcad\b|c\$|\bcanadian dollars?\b")),
        ("AUD", Rule(@"\baud\b|a\$|\baustralian dollars?\b")),
        ("INR", Rule(@"\binr\b|₹|\brupees?\b")),
        ("JPY", Rule(@"\bjpy\b|¥|\byen\b")),
        ("CHF", Rule(@"\bchf\b|\bswiss francs?\b")),
    ];

    /// <summary>True when <paramref name="question"/> asks for pay in another currency or per another period than the applicant's yearly figure.</summary>
    public static bool Differ(string question, ApplyInput input)
    {
        var text = question.ToLowerInvariant();
        if (!Pay().IsMatch(text) || Topics.Of(question) == "salary_currency")
        {
            return false;
        }

        var named = Currencies.Where(c => c.Pattern.IsMatch(text)).Select(c => c.Code).ToList();
        var own = input.User("salary_currency")?.Trim().ToUpperInvariant();
        return NotYearly().IsMatch(text) || (named.Count > 0 && own is not null && !named.Contains(own));
    }

    private static Regex Rule(string pattern) => new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // A rate of pay, not "How would you rate your Excel skills? (used daily)".
    [GeneratedRegex(@"salary|compensation|remuneration|\bpay\b|\brate of pay\b|\b(hourly|daily|day|weekly|monthly|pay|bill(ing)?|contract(or)?) rates?\b|\b(what|your|expected|desired|target|minimum|preferred) (\w+ )?rate\b|^rate\b(?!\s+(your|yourself|the|each|these|this|how|our)\b)|\bwages?\b|\b(to|you) earn\b|\bearnings?\b")]
    private static partial Regex Pay();

    [GeneratedRegex(@"\bhourly\b|\bper hour\b|\ban hour\b|/ ?(hr|hour)\b|\bday rate\b|\bdaily\b|\bper day\b|\bmonthly\b|\bper month\b|/ ?(mo|month)\b|\bweekly\b|\bper week\b")]
    private static partial Regex NotYearly();
}
