using System.Globalization;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>An option of a select, radio group, checkbox group, toggle or listbox, as the page shows it.</summary>
internal sealed record FieldOption(string Id, string Value, string Text, bool Selected);

/// <summary>
/// Picks the option(s) an answer means: by text, by value, yes/no spellings, a number inside a range
/// ("5" is "5-7 years", "5 to 9"), or containment ("LinkedIn" is "Job Board - LinkedIn"). Returns nothing rather
/// than a poor guess.
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
        return scored.Count == 0 ? null : scored.MaxBy(s => s.Score).Option;
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

    [GeneratedRegex(@"\s*(?:,|;|/|\band\b|\n)\s*")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^\s*(--+|select( one)?|choose( one)?|\(choose one\)|please select|select\.\.\.|select…)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceholderText();
}
