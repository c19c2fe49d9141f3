using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// A choice whose options are ways of working described by days and places, whatever the question calls them
/// ("Which schedule suits you?", "Preferred work model", "In-office days"): "Hybrid – 2 days a week in Austin",
/// "Boise office on Fridays, home the rest of the week", "Fully on-site", "Remote (US)". The applicant accepts the
/// profile's <c>work_arrangement</c> and any other a screening answer names ("Remote, Hybrid"); one choice takes the
/// profile's own when offered, else the one other accepted arrangement offered. An office or hybrid option naming
/// another place than the applicant's is out of reach when <c>willing_to_relocate</c> says no, a remote one naming
/// another country always. Options of one kind the data cannot tell apart leave the question open, as do yes/no
/// options ("Yes, on-site is fine"), which answer a question about one arrangement. Shifts and hours ("Day shift",
/// "Part-time") are another topic (<see cref="WorkHours"/>).
/// </summary>
internal static partial class ArrangementChoices
{
    /// <summary>True when the field is a choice among at least two different arrangements and not among shifts or hours.</summary>
    public static bool Claims(FormField field)
    {
        if (field.Kind is not ("select" or "radio" or "toggle" or "combobox" or "checkboxgroup" or "multiselect") || Topics.IsLegal(Topics.Of(field.Label)))
        {
            return false;
        }

        var real = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).ToList();
        var kinds = real.Select(o => Of(o.Text)).ToList();
        return kinds.Where(k => k is not null).Distinct().Count() >= 2 && !real.Where((o, i) => kinds[i] is null).Any(o => WorkHours.IsShift(o.Text))
            && !real.Any(o => YesNo.IsBare(o.Text) || YesNo.Opens(o.Text));
    }

    /// <summary>The option(s) for the applicant, or null when the data does not settle it (a person decides).</summary>
    public static FieldAnswer? Answer(FormField field, ApplyInput input)
    {
        var preferred = Accepted(input);
        if (preferred.Count == 0)
        {
            return null;
        }

        var real = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).ToList();
        var relocate = YesNo.Parse(input.User("willing_to_relocate") ?? AnswerFinder.OnTopicAnswer("willing_to_relocate", input)?.Value);
        var open = real.Where(o => Of(o.Text) is { } kind && preferred.Contains(kind) && Reachable(o.Text, kind, field.Label, relocate, input)).ToList();
        const string source = "userData.work_arrangement + userData.willing_to_relocate";
        if (field.Kind is "checkboxgroup" or "multiselect" || field.Multiple)
        {
            return open.Count == 0 ? null : new FieldAnswer(string.Join(", ", open.Select(o => o.Text)), source, open, field.Label);
        }

        // The profile's one arrangement when the options offer it within reach; else the one other accepted arrangement
        // they offer (several accepted and offered: one choice cannot say which). Among several options of the kind,
        // the one naming the applicant's own city.
        var own = OptionMatcher.SplitList(input.User("work_arrangement") ?? "").Select(Of).Where(k => k is not null).Distinct().ToList();
        var fit = own.Count == 1 && open.Any(o => Of(o.Text) == own[0]) ? [.. open.Where(o => Of(o.Text) == own[0])] : open;
        if (fit.Select(o => Of(o.Text)).Distinct().Count() != 1)
        {
            return null;
        }

        if (fit.Count > 1)
        {
            fit = [.. fit.Where(o => LocalOrRelocate.IsLocal(o.Text, input) == true)];
        }

        return fit.Count == 1 ? new FieldAnswer(fit[0].Text, source, [fit[0]], field.Label) : null;
    }

    /// <summary>The arrangement an option describes: "remote", "hybrid", "onsite", or null.</summary>
    /// <remarks>Some days at a place is hybrid even when the place is "the office" ("Tuesdays and Thursdays in the office").</remarks>
    public static string? Of(string option)
    {
        var text = TextNorm.Normalize(option);
        var kind = OptionMatcher.Arrangement(text);
        var someDays = (FewDays().IsMatch(text) || Weekdays().Matches(text).Count is > 0 and < 5) && !EveryDay().IsMatch(text) && !DayRange().IsMatch(text);
        return kind is null or "onsite" && someDays && (kind == "onsite" || Away().IsMatch(text) || OfficeWords().IsMatch(text)) ? "hybrid"
            : kind is not null ? kind
            : NoOffice().IsMatch(text) ? "remote"
            : EveryDay().IsMatch(text) && OfficeWords().IsMatch(text) ? "onsite"
            : null;
    }

    /// <summary>The arrangements the applicant accepts, the profile's own first.</summary>
    private static List<string> Accepted(ApplyInput input)
    {
        var said = new[] { input.User("work_arrangement") ?? "" }.Concat(
            input.QaOverrides.Where(p => Topics.Of(p.Key) == "work_arrangement" || p.Key == "work_arrangement").Select(p => p.Value));
        return [.. said.SelectMany(OptionMatcher.SplitList).Select(Of).Where(k => k is not null).Select(k => k!).Distinct()];
    }

    // An office in another city is out of reach for an applicant who would not move; remote work from another country
    // is out of reach. A place named nowhere is the job's own: the question asks how, not where.
    private static bool Reachable(string option, string kind, string question, bool? relocate, ApplyInput input)
    {
        if (kind == "remote")
        {
            var home = Countries.Find(input.User("country"));
            return !(Countries.NamedIn(option) is { } named && home is not null && named.Code != home.Code);
        }

        var local = LocalOrRelocate.IsLocal(option, input) ?? LocalOrRelocate.IsLocal(Leading(option), input) ?? LocalOrRelocate.IsLocal(question, input);
        return local != false || relocate != false;
    }

    // "Tulsa office on Fridays", "Reno lab Mondays and Thursdays": a place named first, before the kind of place it
    // is, is a name too (the sentence test skips a sentence's first word).
    private static string Leading(string option) => LeadingPlace().Match(option) is { Success: true } m ? $"Based at {m.Groups[1].Value}" : "";

    [GeneratedRegex(@"^(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\s+(?i:office|studio|site|hq|headquarters|campus|hub|cent(er|re)|lab|plant|facility|branch)\b")]
    private static partial Regex LeadingPlace();

    [GeneratedRegex(@"\b(mon|tues|wednes|thurs|fri)days?\b")]
    private static partial Regex Weekdays();

    [GeneratedRegex(@"\b(mon|tues|wednes|thurs|fri)days? (to|through|thru|-) (mon|tues|wednes|thurs|fri)days?\b")]
    private static partial Regex DayRange();

    // "Two days in the office", "1–2 days a week", "3 days on site": some days, fewer than five.
    [GeneratedRegex(@"\b(one|two|three|four|[1-4])( ?(-|to|or) ?(one|two|three|four|[1-4]))? (office |in-office |on-?site )?days?\b|\b(once|twice) (a|per|each) (week|month)\b|\bonce a month\b")]
    private static partial Regex FewDays();

    [GeneratedRegex(@"\b(home|remote\w*|wfh)\b")]
    private static partial Regex Away();

    [GeneratedRegex(@"\b(office|studio|site|hq|headquarters|campus|premises|workplace|in person|on-?site|hub|cent(er|re)|facility|lab)\b")]
    private static partial Regex OfficeWords();

    // "None – fully remote", "No office days", "0 days in office".
    [GeneratedRegex(@"^(none|no office days|0 days|zero days)\b|\bno (office|in-office|on-?site) days\b|\b(0|zero) days (in|at|on)\b")]
    private static partial Regex NoOffice();

    [GeneratedRegex(@"\b(five|5) days\b|every (working |work |week)?day|\bdaily\b|monday (to|through|thru|-) friday|\bfull week\b")]
    private static partial Regex EveryDay();
}
