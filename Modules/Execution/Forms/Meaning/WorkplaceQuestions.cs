using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Yes/no questions that describe where and when the job is done before asking whether that suits the applicant:
/// "The team is in our Leeds office Mondays and Fridays. Can you commit to that?". The schedule described (remote,
/// hybrid: some days in a named place; on-site: every day) is compared with the arrangements the applicant accepts
/// (<c>work_arrangement</c> and any screening answer on that topic); a place that is not the applicant's city also
/// needs <c>willing_to_relocate</c>. No when the arrangement is not one the applicant accepts, yes when it is and the
/// place is reachable, null (a person decides) when the data does not settle it.
/// </summary>
internal static partial class WorkplaceQuestions
{
    /// <summary>True when <paramref name="question"/> describes a schedule or workplace and asks yes or no about it.</summary>
    public static bool Asks(string question) => Schedule(question) is not null;

    /// <summary>The answer to a question <see cref="Asks"/> recognises, or null when the applicant's data does not settle it.</summary>
    public static FieldAnswer? Answer(string question, ApplyInput input)
    {
        if (Schedule(question) is not { } described)
        {
            return null;
        }

        var accepted = Accepted(input);
        if (accepted.Count == 0)
        {
            return null;
        }

        const string source = "userData.work_arrangement + userData.willing_to_relocate";
        if (!accepted.Contains(described))
        {
            return new FieldAnswer("no", source, [], question);
        }

        var text = TextNorm.Normalize(question);
        var city = TextNorm.Normalize(input.User("city"));
        var here = described == Arrangement.Remote || (city.Length > 0 && $" {text} ".Contains($" {city} ", StringComparison.Ordinal));
        var relocate = YesNo.Parse(input.User("willing_to_relocate")
            ?? input.QaOverrides.Where(p => Topics.Of(p.Key) == "willing_to_relocate").Select(p => p.Value).FirstOrDefault());
        return here || relocate == true ? new FieldAnswer("yes", source, [], question) : null;
    }

    // Relocation questions that mention the office ("Our office is in Oslo. Would you relocate?") are relocation questions.
    // One that asks about keeping to the schedule as well ("Can you be in the office on that schedule, relocating if
    // needed?") is a schedule question whose place may need a move: relocating alone does not make it a yes.
    private static Arrangement? Schedule(string question)
    {
        var asked = TextNorm.Normalize(Sentences.Asked(question));
        return !YesNoAsk().IsMatch(asked) || Topics.IsLegal(Topics.Of(question)) || (Topics.Of(asked) == "willing_to_relocate" && !Attending().IsMatch(asked))
            ? null
            : Described(TextNorm.Normalize(question));
    }

    /// <summary>The arrangement a question describes, or null when it describes none (it names no workplace and no remote work).</summary>
    private static Arrangement? Described(string text) =>
        Remote().IsMatch(text) ? Arrangement.Remote
        : !Workplace().IsMatch(text) ? null
        : EveryDay().IsMatch(text) ? Arrangement.OnSite
        : SomeDays().IsMatch(text) ? Arrangement.Hybrid
        : null;

    private static HashSet<Arrangement> Accepted(ApplyInput input)
    {
        var said = input.QaOverrides.Where(p => Topics.Of(p.Key) == "work_arrangement").Select(p => p.Value).Prepend(input.User("work_arrangement") ?? "");
        var accepted = new HashSet<Arrangement>();
        foreach (var item in said.SelectMany(OptionMatcher.SplitList).Select(TextNorm.Normalize))
        {
            if (Regex.IsMatch(item, @"hybrid|mix|flexib|partly|part remote"))
            {
                accepted.Add(Arrangement.Hybrid);
            }
            else if (Regex.IsMatch(item, @"remote|home|distributed"))
            {
                accepted.Add(Arrangement.Remote);
            }
            else if (Regex.IsMatch(item, @"on-?site|office|in person|onsite"))
            {
                accepted.Add(Arrangement.OnSite);
            }
        }

        return accepted;
    }

    private enum Arrangement
    {
        Remote,
        Hybrid,
        OnSite,
    }

    // "Does that schedule work for you?", "Are you able to do this?", "Can you commit to that?", "Is this OK for you?"
    [GeneratedRegex(@"^(are|is|can|could|would|will|do|does|did|have|has|am)\b")]
    private static partial Regex YesNoAsk();

    // The job itself is remote ("This is a fully remote role"), not a remote team one has led.
    [GeneratedRegex(@"\b(role|position|job|this|it) (is|will be) (a )?(fully |entirely |100 |completely )?remote\b|\b(role|position|job|team|work) is (fully|entirely|100|completely) remote|remote-first|work from anywhere")]
    private static partial Regex Remote();

    // The ask itself is about being at the workplace or keeping to the schedule, not only about moving. Days are the
    // workplace's days ("on those days"), not a deadline ("within 30 days of an offer").
    [GeneratedRegex(@"\b(schedule|rota|rhythm|pattern|arrangement|set-?up|(those|these|the same|office|on-?site|in-?office) days|in the office|on-?site|in person|at the office|commute)\b")]
    private static partial Regex Attending();

    // Workplaces by the kind of place they are: "our Tulsa support centre", "the Denver hub", "the lab".
    [GeneratedRegex(@"\b(office|studio|site|hq|headquarters|campus|premises|workplace|in person|on-?site|in-?office|plant|warehouse|store|branch|hub|cent(er|re)|facility|lab|clinic|depot)\b")]
    private static partial Regex Workplace();

    [GeneratedRegex(@"\b(five|5) days\b|every (working |work |week)?day|\bdaily\b|monday (to|through|thru|-) friday|full-?time (in|at|on)|fully (on-?site|in office|in person)")]
    private static partial Regex EveryDay();

    // Named weekdays ("Tuesday to Thursday", "on Mondays and Fridays"), a count under five, or remote the rest of the time.
    [GeneratedRegex(@"\b(one|two|three|four|[1-4]) (days?|times) (a|per|each|every) week|\b(mon|tues|wednes|thurs|fri)days?\b|\bremote(ly)?\b|rest of the week|hybrid|part of the week|some days|(twice|once) (a|per) week")]
    private static partial Regex SomeDays();
}
