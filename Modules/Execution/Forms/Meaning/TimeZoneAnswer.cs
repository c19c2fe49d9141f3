using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// "In what time zone are you based?", "Your time zone", "Standups start at 10am Central. Which time zone do you live
/// in?": the zone the applicant lives in (<see cref="TimeZones.Of(ApplyInput)"/>), or the one a screening
/// answer on the topic names ("PST", a key <c>time_zone</c>). Options are read as zones whatever their shape: names
/// ("Pacific Time", "Eastern (ET)"), offsets ("UTC-5", "(GMT-08:00) Pacific Time (US &amp; Canada)"), IANA ids
/// ("America/New_York"), parts of the world ("Americas", "EMEA") and a last "Somewhere else". A yes/no naming zones
/// ("Are you in the Central or Eastern time zone?") is yes when the applicant's is among them. Whether one can work
/// another zone's hours is not asked here.
/// </summary>
internal static partial class TimeZoneAnswer
{
    private const string PlaceSource = "userData.city + userData.state + userData.country";

    /// <summary>
    /// The rule of <see cref="Topics"/>: the applicant's own zone asked ("which/what time zone", "your time zone", "time zone
    /// are you in", a bare "Time zone", "are you based in the ... time zone"), also after a sentence of context; not
    /// working or overlapping with a zone, nor experience across zones.
    /// </summary>
    public static readonly Regex Question = new(
        @"^(?!.*\b(((able|willing|comfortable|happy|open|ok|okay|prepared|available) to|(can|could|will|would) you) (work|overlap|accommodate|adjust|commit|collaborate|support)\w*)\b.{0,60}\btime ?zones?\b)"
        + @"(?!.*\btime ?zones?\b.{0,20}\b((can|could|would) you|are you (able|willing|comfortable|happy|open|prepared|available)( to)?) (work|overlap|accommodate|adjust|commit|collaborate|support|cover)\w*\b)"
        + @"(.*\b(which|what) (" + Qualifier + @" ){0,3}(time ?zone|timezone)\b(?! (overlap|difference))|.*" + NotAUnit + @"\b(your|my) ((current|home|local|usual|primary|present|own|preferred|normal|main|typical|working|work|base) ){0,2}(time ?zone|timezone)\b(?! (overlap|difference))"
        + @"|.*(?<!" + Unit + @" (your|my|our|the|local) )\b(time ?zone|timezone) ((are|do) you|you (are|re|live|work))\b"
        + @"|.*\bwhich of (these|the following) (time ?zones|timezones)\b(?!.*\b(can|could|would|able|willing|comfortable|happy|open|prepared|available|overlap|cover|support|experience)\b)"
        + @"|^((current|home|local|usual|primary|present|preferred) )?(time ?zone|timezone|tz)( of residence| for .*)?$|.*" + WhereYouAre + ")",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "Which US time zone", "What local time zone", "Which US or Canadian time zone": up to three words narrowing the
    // zone asked, but not "Which of", "What is the", nor hours ("Which core hours time zone").
    // Nor another's zone: "Which customer time zone will you support?", "What other time zone could you cover?".
    private const string Qualifier = @"(?!(of|in|with|across|for|is|are|was|the|core|hours?|overlap\w*|other|another|different|additional|second|target|teams?|customers?|clients?|company|office|our|their|shift|coverage|support\w*)\b)\w+";

    // "What hours (in your time zone) are you available?": the zone as the unit of another answer, not the one asked.
    private const string Unit = @"\b(in|per|using|within|to|on|across)";

    private const string NotAUnit = "(?<!" + Unit + " )";

    // "Are you based in the Central or Eastern time zone?": where the applicant is, which a yes or no answers.
    private const string WhereYouAre = @"\bare you (currently |now |presently )?(in|based in|located in|living in|residing in|working from|working in) (the |a |one of the )?.{0,60}\b(time ?zones?|timezones?)\b";

    /// <summary>The answer to a time-zone question, or null when it is not one or nothing known decides it.</summary>
    public static FieldAnswer? Answer(FormField field, ApplyInput input)
    {
        // Asked of the label itself: "Which time zone do you work from remotely?" is the arrangement's topic by its words.
        var question = ControlText.Strip(field.Label);
        if (!Asks(question) || Topics.Of(question) is not (null or TimeZones.Topic or "work_arrangement")
            || Given(question, input) is not { } given)
        {
            return null;
        }

        var (zone, source) = given;
        var real = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).ToList();
        if (real.Count == 0)
        {
            // A text box takes the zone's name; a list whose options show only once opened picks by the zone then.
            return new FieldAnswer(zone.Name, source, [], field.Label) { Zone = zone };
        }

        if (real.All(o => YesNo.Parse(o.Text) is not null))
        {
            // Only where the applicant is: "Is your time zone within 3 hours of ET?" is a distance, which a person judges.
            if (!YesNoWhere.IsMatch(TextNorm.Normalize(Sentences.Asked(question))))
            {
                return null;
            }

            var named = TimeZones.Named(Sentences.Asked(question));
            return named.Count == 0 || OptionMatcher.Best(named.Any(n => n == zone || n.Key == zone.Instead) ? "yes" : "no", real) is not { } yesNo
                ? null : new FieldAnswer(yesNo.Text, source, [yesNo], field.Label);
        }

        return Pick(zone, real) is { } option
            ? new FieldAnswer(option.Text, source, field.Kind is "listbox" or "combobox" ? [] : [option], field.Label) { Zone = zone }
            : null;
    }

    /// <summary>
    /// Whether <paramref name="question"/> asks the applicant's own zone: the sentence that asks decides when a statement
    /// comes first, so "We are happy to work across time zones. Which time zone are you in?" still asks it.
    /// </summary>
    public static bool Asks(string question) =>
        Question.IsMatch(TextNorm.Normalize(Sentences.Asked(question))) || Question.IsMatch(TextNorm.Normalize(question));

    private static readonly Regex YesNoWhere = new($"^{WhereYouAre}", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The zone to answer with: a screening answer naming one, on this question or the topic, else the applicant's
    /// place's. An answer on the topic naming no zone ("Yes" to working across zones) is passed over; one to this very
    /// question naming none is the applicant's own words, which no zone replaces.
    /// </summary>
    private static (Zone Zone, string Source)? Given(string question, ApplyInput input)
    {
        var text = TextNorm.Normalize(question);
        var exact = input.QaOverrides.FirstOrDefault(p => TextNorm.Normalize(p.Key) == text);
        if (exact.Key is not null)
        {
            return TimeZones.Parse(exact.Value) is { } said ? (said, $"qaOverrides[{exact.Key}]") : null;
        }

        foreach (var (key, value) in input.QaOverrides.Where(p => Topics.Of(p.Key) == TimeZones.Topic))
        {
            if (TimeZones.Parse(value) is { } said)
            {
                return (said, $"qaOverrides[{key}]");
            }
        }

        return TimeZones.Of(input) is { } zone ? (zone, PlaceSource) : null;
    }

    /// <summary>
    /// The option that is <paramref name="zone"/>: one naming it (by id, name, abbreviation or city) first, then one
    /// naming the zone it may be listed as, one at its standard offset, at its summer offset, naming its part of the
    /// world; "Other" only when every other option is a zone or part of the world and none is the applicant's.
    /// </summary>
    public static FieldOption? Pick(Zone zone, IReadOnlyList<FieldOption> options)
    {
        var real = options.Where(o => !OptionMatcher.IsPlaceholder(o)).ToList();
        var scored = real.Select(o => (Option: o, Score: Score(zone, o.Text), Known: Known(o.Text))).ToList();
        var best = scored.Where(s => s.Score > 0).OrderByDescending(s => s.Score).FirstOrDefault();
        if (best.Option is not null)
        {
            return best.Option;
        }

        var other = scored.Where(s => Elsewhere().IsMatch(TextNorm.Normalize(s.Option.Text))).ToList();
        return other.Count == 1 && scored.Count(s => s.Known) >= 2 && scored.All(s => s.Known || other.Contains(s)) ? other[0].Option : null;
    }

    private static int Score(Zone zone, string text)
    {
        var named = TimeZones.Named(text);
        if (named.Count > 0)
        {
            return named.Contains(zone) ? 100 : named.Any(n => n.Key == zone.Instead) ? 90 : 0;
        }

        var offsets = Offsets.Of(text);
        if (offsets.Count > 0)
        {
            return offsets.Contains(zone.Standard) ? 80 : offsets.Contains(zone.Summer ?? int.MinValue) ? 70 : 0;
        }

        return RegionOf(text) == zone.Region ? 50 : 0;
    }

    /// <summary>Whether an option is some zone or part of the world (not "Other", nor something else entirely).</summary>
    private static bool Known(string text) => TimeZones.Named(text).Count > 0 || Offsets.Of(text).Count > 0 || RegionOf(text) is not null;

    private static string? RegionOf(string text)
    {
        var t = TextNorm.Normalize(text);
        return Americas().IsMatch(t) ? "americas" : Europe().IsMatch(t) ? "europe" : Asia().IsMatch(t) ? "asia" : null;
    }

    [GeneratedRegex(@"\b(americas?|north america|south america|latin america|latam|us|canada|us canada)\b")]
    private static partial Regex Americas();

    [GeneratedRegex(@"\b(europe|emea|africa|middle east|uk)\b")]
    private static partial Regex Europe();

    [GeneratedRegex(@"\b(apac|asia|asia pacific|oceania|australia|australasia)\b")]
    private static partial Regex Asia();

    [GeneratedRegex(@"^(other|others|somewhere else|elsewhere|none of (the|these)( above)?|outside( of)? (these|the above|us|north america|the us)|another( time)? zone|different( time)? zone)\b")]
    private static partial Regex Elsewhere();
}
