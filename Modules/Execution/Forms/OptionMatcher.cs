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
    public static FieldOption? Best(string answer, IReadOnlyList<FieldOption> options)
    {
        var real = options.Where(o => !IsPlaceholder(o)).ToList();
        var a = TextNorm.Normalize(answer);
        if (a.Length == 0)
        {
            return null;
        }

        var scored = real.Select(o => (Option: o, Score: Score(answer, a, o))).Where(s => s.Score > 0).ToList();
        if (scored.Count > 0)
        {
            return scored.MaxBy(s => s.Score).Option;
        }

        return Statement(answer, real) ?? Similarity.BestOption(answer, real);
    }

    /// <summary>
    /// A yes/no answer against options written as statements ("I am authorized...", "I am not authorized..."): yes
    /// is the one affirmative statement, no the one negated statement; anything less clear-cut is no match.
    /// </summary>
    private static FieldOption? Statement(string answer, IReadOnlyList<FieldOption> options)
    {
        if (YesNo.Parse(answer) is not { } yes || options.Count < 2 || options.Any(o => TextNorm.Normalize(o.Text).Split(' ').Length < 3))
        {
            return null;
        }

        var wanted = options.Where(o => Negated().IsMatch(TextNorm.Normalize(o.Text)) != yes).ToList();
        return wanted.Count == 1 ? wanted[0] : null;
    }

    /// <summary>Each part of a list answer ("English, Spanish") matched separately; parts with no option are dropped.</summary>
    public static IReadOnlyList<FieldOption> Many(string answer, IReadOnlyList<FieldOption> options) =>
        [.. SplitList(answer).Select(part => Best(part, options)).OfType<FieldOption>().DistinctBy(o => o.Id + "|" + o.Value + "|" + o.Text)];

    public static IEnumerable<string> SplitList(string answer) =>
        ListSeparator().Split(answer).Select(p => p.Trim()).Where(p => p.Length > 0);

    public static bool IsPlaceholder(FieldOption o) =>
        (o.Value.Length == 0 && o.Id.Length == 0) || PlaceholderText().IsMatch(o.Text);

    private static int Score(string raw, string a, FieldOption o)
    {
        var text = TextNorm.Normalize(o.Text);
        var value = TextNorm.Normalize(o.Value);
        if (text == a)
        {
            return 100;
        }

        if (value == a && value.Length > 0)
        {
            return 95;
        }

        if (Decline().IsMatch(a))
        {
            return Decline().IsMatch(text) ? 88 : 0;
        }

        if (Gender(a) is { } gender)
        {
            return Gender(text) == gender ? 93 : 0;
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
            return 90;
        }

        if (double.TryParse(Digits().Match(raw).Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && Range(o.Text) is { } range && number >= range.Low && number <= range.High && Digits().Match(raw).Value.Length > 0)
        {
            return 85;
        }

        if (Regex.IsMatch(text, $@"(^|\s){Regex.Escape(a)}(\s|$)"))
        {
            return 80 - Math.Min(20, text.Length - a.Length);
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
    private static char? Gender(string normalized) => normalized switch
    {
        "male" or "man" or "m" or "cis man" or "cisgender man" or "cis male" or "cisgender male" => 'm',
        "female" or "woman" or "f" or "cis woman" or "cisgender woman" or "cis female" or "cisgender female" => 'f',
        _ => null,
    };

    /// <summary>The numbers an option stands for: "2-4 years", "5 to 9", "Less than 2", "10 or more", "11+".</summary>
    public static (double Low, double High)? Range(string text)
    {
        var t = TextNorm.Normalize(text);
        var numbers = Digits().Matches(t).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        if (numbers.Count == 0)
        {
            return null;
        }

        if (numbers.Count >= 2)
        {
            return (numbers[0], numbers[1]);
        }

        var n = numbers[0];
        if (Regex.IsMatch(t, @"less than|under|fewer than|below|<"))
        {
            return (double.MinValue, n - 0.0001);
        }

        if (Regex.IsMatch(t, @"\+|or more|more than|over|above|at least|plus"))
        {
            return (Regex.IsMatch(t, "more than|over|above") ? n + 0.0001 : n, double.MaxValue);
        }

        return (n, n);
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Digits();

    // A calling code: "+1", "(+44)", "+1-268" is not "+1".
    [GeneratedRegex(@"\+\s?(\d{1,3})(?![\d\-])")]
    private static partial Regex Dial();

    [GeneratedRegex(@"decline|prefer not|do not (wish|want)|dont (wish|want)|not (to )?(say|disclose|answer|specify|self-identify)|rather not")]
    private static partial Regex Decline();

    [GeneratedRegex(@"\b(not|no|dont|do not|wont|will not|cannot|cant|unable|never)\b")]
    private static partial Regex Negated();

    [GeneratedRegex(@"\s*(?:,|;|/|\band\b|\n)\s*")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^\s*(--+|select( one)?|choose( one)?|\(choose one\)|please select|select\.\.\.|select…)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceholderText();
}
