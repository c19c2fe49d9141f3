using System.Text.RegularExpressions;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A source question that lists kinds of source rather than sites ("Online job board", "Social network", "Staff
/// Referral"), often the first of two lists whose second names the sites of the kind chosen ("Source" then "Source
/// Name"). The applicant's answer names a site ("LinkedIn"); the option for the kind of site it is answers the first
/// list, so that the second offers the site itself. Only well-known sites are placed, each in the kinds it is listed
/// under (LinkedIn is a job board, or else a social network); a list with no such kind, or with two options of one
/// kind, stays open.
/// </summary>
internal static partial class SourceKinds
{
    private static readonly (Regex Site, Regex[] Kinds)[] Sites =
    [
        (JobBoardSite(), [JobBoard(), Online()]),
        (ProfessionalNetwork(), [JobBoard(), Social(), Online()]),
        (SocialSite(), [Social(), Online()]),
        (SearchEngine(), [Search(), Online()]),
    ];

    /// <summary>The option for the kind of site <paramref name="answer"/> names, on a source question's list; null otherwise.</summary>
    public static FieldAnswer? Fit(FormField field, FieldAnswer answer) =>
        Choices(field, answer.Value) is [var first, ..] ? answer with { Choices = [first] } : null;

    /// <summary>
    /// The options of a source question's list that may hold <paramref name="site"/>, most likely first (for LinkedIn:
    /// the job board, then the social network); empty when the list names no kind of site or names one kind twice.
    /// </summary>
    public static IReadOnlyList<FieldOption> Choices(FormField field, string site)
    {
        if (field.Kind is not ("select" or "radio") || field.Multiple || Topics.Of(field.Label) != "source")
        {
            return [];
        }

        var name = TextNorm.Normalize(site);
        var real = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).ToList();
        var choices = new List<FieldOption>();
        foreach (var kind in Sites.Where(s => s.Site.IsMatch(name)).SelectMany(s => s.Kinds))
        {
            var offered = real.Where(o => kind.IsMatch(TextNorm.Normalize(o.Text))).ToList();
            if (offered.Count > 1)
            {
                break;
            }

            if (offered.Count == 1 && !choices.Contains(offered[0]))
            {
                choices.Add(offered[0]);
            }
        }

        return choices;
    }

    [GeneratedRegex(@"^(indeed|glassdoor|ziprecruiter|monster|dice|careerbuilder|simplyhired|built ?in( \w+)?|wellfound|angel ?list|hired|handshake|idealist|snagajob|otta|seek|reed|totaljobs|stepstone|naukri|jobserve|hacker news)( com)?$")]
    private static partial Regex JobBoardSite();

    [GeneratedRegex(@"^(linked ?in|xing)( com)?$")]
    private static partial Regex ProfessionalNetwork();

    [GeneratedRegex(@"^(facebook|instagram|twitter|x|x twitter|tiktok|youtube|reddit|mastodon|threads)( com)?$")]
    private static partial Regex SocialSite();

    [GeneratedRegex(@"^(google|bing|duckduckgo|yahoo)( search)?$")]
    private static partial Regex SearchEngine();

    // "Job Board / Website", "Online job board", "Job site", "Internet job posting", "Job posting website".
    [GeneratedRegex(@"\bjob ?(board|site|posting|listing|search (site|engine)|portal|website)s?\b|\b(online|internet|web) (job|posting|advert\w*|ad)s?\b")]
    private static partial Regex JobBoard();

    [GeneratedRegex(@"\bsocial (media|network\w*|sites?)\b|^social$")]
    private static partial Regex Social();

    [GeneratedRegex(@"\bsearch engine\b|\b(internet|online|web) search\b")]
    private static partial Regex Search();

    // A plain "Internet" or "Online" kind; not the company's own website, which is a different source.
    [GeneratedRegex(@"^(the )?(internet|online|web|other (web ?)?sites?|other online)$")]
    private static partial Regex Online();
}
