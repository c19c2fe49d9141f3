using System.Globalization;
using System.Text.RegularExpressions;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>An option of a select, radio group, checkbox group, toggle or listbox, as the page shows it.</summary>
internal sealed record FieldOption(string Id, string Value, string Text, bool Selected);

/// <summary>
/// Picks the option(s) an answer means: by text, by value, yes/no spellings, the same country ("US" is "United
/// States"), the same calling code ("+1" is "United States (+1)"), a number inside a range ("5" is "5-7 years",
/// "5 to 9"), a decline option for a declined answer, the same gender ("Male" is "Man"), a yes/no answer against statements ("I am authorized to
/// work..."), containment ("LinkedIn" is "Job Board - LinkedIn") and, when no rule applies, the meaning of the
/// option's text (<see cref="Similarity.BestOption"/>). Returns nothing rather than a poor guess.
/// </summary>
internal static partial class OptionMatcher
{
    private const int YesNoScore = 90;

    public static FieldOption? Best(string answer, IReadOnlyList<FieldOption> options)
    {
        var real = options.Where(o => !IsPlaceholder(o)).ToList();
        var a = TextNorm.Normalize(answer);
        if (a.Length == 0)
        {
            return null;
        }

        if (IsPronouns(answer, real, out var pronouns))
        {
            return pronouns;
        }

        var scored = real.Select(o => (Option: o, Score: Score(answer, a, o))).Where(s => s.Score > 0).ToList();
        if (scored.Count > 0)
        {
            // Two options that both say yes ("Yes, I am a citizen", "Yes, with a work visa") are a choice a plain yes
            // does not make: no match, so a person decides.
            var top = scored.MaxBy(s => s.Score);
            return top.Score == YesNoScore && scored.Count(s => s.Score == YesNoScore) > 1 ? null : top.Option;
        }

        return Statement(answer, real) ?? (AsDate(answer) is { } day ? LaterBucket(day, real) : null) ?? DurationBucket(answer, real)
            ?? (Similarity.BestOption(answer, real) is { } near && !JoinsAnother(near.Text, a) && !OtherCountry(answer, near.Text) ? near : null);
    }

    /// <summary>
    /// A yes/no answer against options written as statements ("I am authorized...", "I am not authorized..."): yes
    /// is the one affirmative statement, no the one negated statement; anything less clear-cut is no match. A pair
    /// may be short ("Eligible", "Not eligible"); longer lists only of statements of three words or more.
    /// </summary>
    private static FieldOption? Statement(string answer, IReadOnlyList<FieldOption> options)
    {
        if (YesNo.Parse(answer) is not { } yes || options.Count < 2 || (options.Count > 2 && options.Any(o => TextNorm.Normalize(o.Text).Split(' ').Length < 3)))
        {
            return null;
        }

        var wanted = options.Where(o => Negated().IsMatch(TextNorm.Normalize(o.Text)) != yes).ToList();
        return wanted.Count == 1 ? wanted[0] : null;
    }

    /// <summary>
    /// Each part of a list answer ("English, Spanish") matched separately, in the options' order; parts with no option
    /// are dropped. Stricter than <see cref="Best"/>: a part names an option when it is the option, its value or one of
    /// the names the option lists ("C#" is "C# / .NET", "English" is "English (fluent)"), or when a rule says they are
    /// the same (a country, a range, an arrangement). Containment and meaning are left out: "React" is not
    /// "React Native", and a skill missing from the list must not tick its nearest neighbour.
    /// </summary>
    public static IReadOnlyList<FieldOption> Many(string answer, IReadOnlyList<FieldOption> options)
    {
        var real = options.Where(o => !IsPlaceholder(o)).ToList();
        var chosen = new HashSet<FieldOption>();
        foreach (var part in SplitList(answer))
        {
            var a = TextNorm.Normalize(part);
            var named = real.Where(o => Names(o.Text).Any(n => SameName(n, a))).ToList();
            if (named.Count == 0 && a.Length > 0)
            {
                var best = real.Select(o => (Option: o, Score: Score(part, a, o))).MaxBy(s => s.Score);
                named = best.Score >= 85 ? [best.Option] : [];
            }

            chosen.UnionWith(named);
        }

        return [.. real.Where(chosen.Contains)];
    }

    /// <summary>
    /// One name written two ways: the same letters without spaces and dots, a "js" suffix aside ("React" is "ReactJS"
    /// and "React.js"), or a long name with at most two more letters ("Postgres" is "PostgreSQL"). Short names must be
    /// equal: "Java" is not "JavaScript".
    /// </summary>
    internal static bool SameName(string x, string y)
    {
        if (x == y)
        {
            return true;
        }

        var (cx, cy) = (Compact(x), Compact(y));
        var (shorter, longer) = cx.Length <= cy.Length ? (cx, cy) : (cy, cx);
        return cx == cy || (shorter.Length >= 6 && longer.StartsWith(shorter, StringComparison.Ordinal) && longer.Length - shorter.Length <= 2);
    }

    private static string Compact(string normalized)
    {
        var c = new string([.. normalized.Where(ch => char.IsLetterOrDigit(ch) || ch == '+')]);
        return c.Length > 4 && c.EndsWith("js", StringComparison.Ordinal) ? c[..^2] : c;
    }

    /// <summary>The whole text of an option and each name it lists: "C# / .NET (Core)" is "csharp dotnet core", "csharp", "dotnet", "core".</summary>
    private static HashSet<string> Names(string text) =>
        [TextNorm.Normalize(text), .. OptionParts().Split(text).Select(TextNorm.Normalize).Where(p => p.Length > 0)];

    public static IEnumerable<string> SplitList(string answer) =>
        ListSeparator().Split(answer).Select(p => p.Trim()).Where(p => p.Length > 0);

    public static bool IsPlaceholder(FieldOption o) =>
        (o.Value.Length == 0 && o.Id.Length == 0) || PlaceholderText().IsMatch(o.Text);

    public static bool IsDecline(string? text) => Decline().IsMatch(TextNorm.Normalize(text));

    /// <summary>Whether a text names a mobile phone ("Mobile", "Cell", "Cellular phone").</summary>
    public static bool IsMobilePhone(string text) => MobilePhone().IsMatch(TextNorm.Normalize(text));

    private static int Score(string raw, string rawA, FieldOption o)
    {
        var a = Fold(rawA);
        var text = Fold(TextNorm.Normalize(o.Text));
        var value = TextNorm.Normalize(o.Value);
        if (text == a)
        {
            return 100;
        }

        // A number against options that are ranges is read as a number: option values are often ids ("5" may be "10+ years").
        if (value == a && value.Length > 0 && !(NumberOnly().IsMatch(a) && Range(o.Text) is not null))
        {
            return 95;
        }

        if (Decline().IsMatch(a))
        {
            return Decline().IsMatch(text) ? 88 : 0;
        }

        if (Gender(raw) is { } gender)
        {
            return Gender(o.Text) == gender ? 93 : 0;
        }

        if (Kind(a) is { } kind && a.Split(' ').Length <= 4 && Kind(text) == kind)
        {
            return 89;
        }

        // Degrees by rank: "Bachelors" is "BA/BS" and "Bachelor's Degree", never "Master's Degree" (more shared letters).
        if (Education.Level(raw) is { } level && Education.Level(o.Text) is { } rank)
        {
            return level == rank ? 87 : 0;
        }

        if (Countries.Find(raw) is { } country && Countries.Find(o.Text) is { } other)
        {
            return country.Code == other.Code ? 92 : 0;
        }

        if (Dial().Match(raw) is { Success: true } dial)
        {
            var offered = Dial().Match(o.Text);
            var sameCountry = Countries.NamedIn(raw) is { } named && Countries.NamedIn(o.Text)?.Code == named.Code;
            return offered.Success && offered.Groups[1].Value == dial.Groups[1].Value ? (sameCountry ? 91 : 86) : 0;
        }

        var yes = YesNo.Parse(raw);
        if (yes is not null && (YesNo.Parse(o.Text) ?? YesNo.Parse(o.Value)) == yes)
        {
            return YesNoScore;
        }

        if (AsDate(raw) is { } date)
        {
            return DateScore(date, o.Text);
        }

        if (Range(raw) is { } asked && asked.Low == asked.High && Range(o.Text) is { } range)
        {
            // Both in days when both name a unit ("2 weeks" is "Less than 1 month"); else as written ("5" is "5-7 years").
            var (number, low, high) = asked.Days > 0 && range.Days > 0
                ? (asked.Low * asked.Days, range.Low * range.Days, range.High * range.Days)
                : (asked.Low, range.Low, range.High);
            return asked.Days > 0 && range.Days > 0 ? LengthScore(number, low, high) : number >= low && number <= high ? (number == low ? 86 : 85) : 0;
        }

        // A range answer ("Up to 25%") is the option with the same upper bound ("0-25%", "Occasionally (up to 25%)").
        if (Range(raw) is { High: < double.MaxValue } span && Range(o.Text) is { } bounds && span.High == bounds.High
            && (span.Low == double.MinValue || span.Low == bounds.Low))
        {
            return 84;
        }

        if (Regex.IsMatch(text, $@"(^|\s){Regex.Escape(a)}(\s|$)"))
        {
            // "Not Hispanic or Latino" holds "Hispanic or Latino" and means the opposite; "Sales and Marketing" claims more than "Marketing".
            return Regex.IsMatch(text, $@"\b(not|non|no)[\s-]+{Regex.Escape(a)}(\s|$)") || JoinsAnother(o.Text, a) ? 0 : 80 - Math.Min(20, text.Length - a.Length);
        }

        // Shared words are no evidence when one side denies what the other says: "I am not a veteran" shares as many
        // words with "I am a protected veteran" as with "I am not a protected veteran".
        if (Negated().IsMatch(a) != Negated().IsMatch(text))
        {
            return 0;
        }

        if (text.Length > 2 && Regex.IsMatch(a, $@"(^|\s){Regex.Escape(text)}(\s|$)"))
        {
            return 60;
        }

        return TextNorm.Overlap(raw, o.Text) >= 0.5 ? 40 : 0;
    }

    /// <summary>
    /// The gender a whole answer or option names, in its usual spellings ("Male" is "Man"): forms word the same
    /// choice both ways, and the two words are too short and too close for similarity to tell apart from "Woman".
    /// </summary>
    private static char? Gender(string raw) => TextNorm.Normalize(Parenthesis().Replace(raw, " ")) switch
    {
        "male" or "man" or "m" or "cis man" or "cisgender man" or "cis male" or "cisgender male" or "male man" or "man male" => 'm',
        "female" or "woman" or "f" or "cis woman" or "cisgender woman" or "cis female" or "cisgender female" or "female woman" or "woman female" => 'f',
        _ => null,
    };

    /// <summary>
    /// Answers that forms word many ways and that similarity confuses because the words are short: the work
    /// arrangement ("Hybrid (2-3 days in office)", "Office-based", "Work from home") and the phone kind ("Cell" is
    /// "Mobile"). Hybrid is tested first: its options often mention the office.
    /// </summary>
    private static string? Kind(string normalized) =>
        Hybrid().IsMatch(normalized) ? "hybrid"
        : Remote().IsMatch(normalized) ? "remote"
        : Onsite().IsMatch(normalized) ? "onsite"
        : MobilePhone().IsMatch(normalized) ? "mobile"
        : null;

    /// <summary>The work arrangement a normalised text names ("hybrid", "remote", "onsite"), or null.</summary>
    internal static string? Arrangement(string normalized) => Kind(normalized) is { } kind && kind != "mobile" ? kind : null;

    /// <summary>Spellings of one origin folded together: "Latinx", "Latina", "Latine" are "Latino".</summary>
    private static string Fold(string normalized) => Latino().Replace(normalized, "latino");

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex NumberOnly();

    [GeneratedRegex(@"\s*(?:/|,|;|&|\(|\)|\s-\s)\s*")]
    private static partial Regex OptionParts();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"\blatin[aoxe]\b")]
    private static partial Regex Latino();

    // Also an option that names the office days and sends the rest home ("Tuesdays and Fridays in the office, home otherwise",
    // "Wednesdays at the Leeds studio, otherwise remote", "On site Monday to Wednesday, remote the other days").
    [GeneratedRegex(@"\bhybrid\b|\bmix\w*\b|\bflexib|\bpartly\b|\bpart remote|combination|\b(a few|some|a couple of|one|two|three|four|[1-4]([ -][1-4])?) days (a|per|each) week|\bpart of the week|\b(mon|tues|wednes|thurs|fri)days? and (mon|tues|wednes|thurs|fri)days?\b.*\bhome\b|\b(the )?rest (of the (week|time) )?(from home|at home|remote(ly)?)\b|\b(home|remote(ly)?) (otherwise|the rest|the other (\w+ )?days|on (the )?other days)\b|\botherwise (remote(ly)?|from home|at home)\b|\bsplit (between|across)\b")]
    private static partial Regex Hybrid();

    [GeneratedRegex(@"\bremote\w*|work(ing)? from home|\b(entirely|fully|completely|always|only) (from|at) home\b|\bwfh\b|home-?based|telecommut|\bdistributed\b")]
    private static partial Regex Remote();

    // Also a place named by the kind of workplace it is ("At the Raleigh hub full time", "Full-time at our Leeds studio").
    [GeneratedRegex(@"on-?site|\bon site\b|\bin[- ]?office\b|in the office|\bin (our|an?) (\w+ ){0,3}office\b|\b(five|5) days (a|per|each) week\b|office-?based|in-?person|at (the|our) office|^office$|\boffice full ?time\b|\bfull ?time in (the |our )?office\b|\b(at|in|from) (the |our )?(\w+ ){0,2}(hub|campus|studio|headquarters|hq|plant|cent(er|re)|facility|branch)\b.*\bfull[ -]?time\b|\bfull[ -]?time (at|in|from) (the |our )?(\w+ ){0,2}(hub|campus|studio|headquarters|hq|plant|cent(er|re)|facility|branch)\b")]
    private static partial Regex Onsite();

    [GeneratedRegex(@"\b(mobile|cell|cellular|cellphone|smartphone)\b")]
    private static partial Regex MobilePhone();

    // A calling code: "+1", "(+44)", "+1-268" is not "+1".
    [GeneratedRegex(@"\+\s?(\d{1,3})(?![\d\-])")]
    private static partial Regex Dial();

    [GeneratedRegex(@"decline|prefer not|do not (wish|want)|dont (wish|want)|not (to )?(say|disclose|answer|specify|self-identify)|rather not|choose not|\bno answer\b|not (disclosed|specified)|undisclosed|withhold")]
    private static partial Regex Decline();

    [GeneratedRegex(@"\b(not|no|dont|do not|wont|will not|cannot|cant|unable|never)\b")]
    private static partial Regex Negated();

    [GeneratedRegex(@"\s*(?:,|;|/|\band\b|\n)\s*")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^\s*(--+|select( one)?|choose( one)?|\(choose one\)|please select|select\.\.\.|select…|\(?(no selection|nothing selected|none selected)\)?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceholderText();
}
