using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>Where an applicant stands towards a job's place: there already, would move there, not there (nothing said of moving), neither.</summary>
internal enum Whereabouts
{
    Local,
    Relocate,
    NotLocal,
    Neither,
}

/// <summary>
/// Questions asking whether the applicant already lives in or near a place, often with "or would you move there?":
/// "Do you currently live within commuting distance of our Austin office?", "Are you based near Raleigh, or would you
/// consider moving?". The applicant is local when the question names the applicant's city (or, for a question about a
/// state or country rather than an area, the applicant's state or country), and not local when it names another
/// place; a place not local then takes <c>willing_to_relocate</c>. Options that tell the situations apart ("I live
/// nearby already" / "Not yet, but I would relocate" / "No") take the one that fits; a yes/no takes yes when the
/// applicant is local or (when moving is asked too) would move.
/// </summary>
internal static partial class LocalOrRelocate
{
    /// <summary>True when <paramref name="question"/> asks yes or no whether the applicant lives in or near a place.</summary>
    public static bool Asks(string question)
    {
        var asked = Sentences.Asked(question);
        var words = TextNorm.Normalize(asked);
        return (YesNoAsk().IsMatch(words) && (LivesThere().IsMatch(words) || InNamedPlace().IsMatch(asked)) || AsksThoseElsewhere(question))
            && !Topics.IsLegal(Topics.Of(question));
    }

    /// <summary>
    /// True when the asked sentence asks about moving and first says whom it asks, those not living in the place: "If
    /// you live outside Tacoma, would you relocate?", "Unless you are already local, are you prepared to move here?".
    /// Asking about a commute or travel there is no question about moving, nor is asking about the move itself: help or
    /// costs, who comes along, when or how ("would you need help moving?", "would you be moving here alone?").
    /// </summary>
    public static bool AsksThoseElsewhere(string question)
    {
        var asked = Sentences.Asked(question);
        var comma = asked.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return false;
        }

        var condition = TextNorm.Normalize(asked[..comma]);
        var rest = TextNorm.Normalize(asked[(comma + 1)..]);
        return Condition().IsMatch(condition) && WillingToMove().IsMatch(rest) && !AboutTheMove().IsMatch(rest) && !CommuteOrTravel().IsMatch(rest);
    }

    /// <summary>
    /// The answer to a choice <see cref="Asks"/> recognises, or null when the data or the options do not settle it: the
    /// option for the applicant's situation, or yes/no carrying the situation for a list whose options show only once
    /// opened (<see cref="Pick"/> chooses among them then).
    /// </summary>
    public static FieldAnswer? Answer(FormField field, ApplyInput input)
    {
        // A screening answer written for this very question is the applicant's own word on it. Options that also speak of
        // a right to work or sponsorship make the question a legal one: not this rule.
        var label = TextNorm.Normalize(field.Label);
        if (field.Kind is not ("select" or "radio" or "toggle" or "combobox" or "listbox") || !(Asks(field.Label) || OffersSituations(field))
            || input.QaOverrides.Keys.Any(k => TextNorm.Normalize(k) == label)
            || field.Options.Any(o => LegalStanding().IsMatch(TextNorm.Normalize(o.Text))))
        {
            return null;
        }

        var relocate = YesNo.Parse(input.User("willing_to_relocate")
            ?? input.QaOverrides.Where(p => Topics.Of(p.Key) == "willing_to_relocate").Select(p => p.Value).FirstOrDefault());
        // Asked only of those living elsewhere, a place not known to be the applicant's is one they would move to.
        var situation = (IsLocal(UnnamedOffice.WithPosting(field.Label, input), input) ?? (AsksThoseElsewhere(field.Label) ? false : null)) switch
        {
            true => Whereabouts.Local,
            false when relocate == true => Whereabouts.Relocate,
            false when relocate == false => Whereabouts.Neither,
            _ => (Whereabouts?)null,
        };
        if (situation is not { } now)
        {
            return null;
        }

        const string source = "userData.city + userData.willing_to_relocate";
        if (Pick(now, field.Options) is { } option)
        {
            return new FieldAnswer(option.Text, source, [option], field.Label);
        }

        if (Distinguishes(field.Options))
        {
            return null;
        }

        // Plain yes/no: moving counts only when the question asks about it, also as living there by a time to come ("...
        // within a commute of Raleigh, or will you by your start date?").
        var asked = TextNorm.Normalize(Sentences.Asked(field.Label));
        var yes = now == Whereabouts.Local || (now == Whereabouts.Relocate && (Moving().IsMatch(asked) || ThereByThen().IsMatch(asked)));
        return new FieldAnswer(yes ? "yes" : "no", source, [], field.Label) { Whereabouts = now };
    }

    /// <summary>
    /// The one option that says <paramref name="situation"/> (one saying only "I do not live there" for a move or for
    /// neither, when no option says that), or null when the options do not tell the situations apart.
    /// </summary>
    public static FieldOption? Pick(Whereabouts situation, IReadOnlyList<FieldOption> options)
    {
        if (!Distinguishes(options))
        {
            return null;
        }

        var kinds = options.Where(o => !OptionMatcher.IsPlaceholder(o)).Select(o => (Option: o, Kind: Of(o.Text))).ToList();
        Whereabouts[] wanted = situation switch
        {
            Whereabouts.Local => [Whereabouts.Local],
            Whereabouts.Relocate => [Whereabouts.Relocate, Whereabouts.NotLocal],
            _ => [Whereabouts.Neither, Whereabouts.NotLocal],
        };
        foreach (var kind in wanted)
        {
            var fit = kinds.Where(k => k.Kind == kind).ToList();
            if (fit.Count > 0)
            {
                return fit.Count == 1 ? fit[0].Option : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A choice whose options tell living there from moving there ("I'm already based in or around Halifax" / "I'd
    /// relocate to Halifax for this job"), however its question is worded ("Which of the following describes you?"). A
    /// question asking which would be a problem (or which does not fit) wants the opposite of the applicant's situation:
    /// not this rule.
    /// </summary>
    private static bool OffersSituations(FormField field)
    {
        var kinds = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).Select(o => Of(o.Text)).ToList();
        return kinds.Contains(Whereabouts.Local) && kinds.Contains(Whereabouts.Relocate) && !Topics.IsLegal(Topics.Of(field.Label))
            && !AsksTheOpposite().IsMatch(TextNorm.Normalize(Sentences.Asked(field.Label)));
    }

    private static bool Distinguishes(IReadOnlyList<FieldOption> options) =>
        options.Any(o => !OptionMatcher.IsPlaceholder(o) && Of(o.Text) is Whereabouts.Local or Whereabouts.Relocate);

    /// <summary>
    /// True when the question names the applicant's city, or for a question that is not about an area or a commute the
    /// applicant's state or country; false when it names another place; null when it names none.
    /// </summary>
    public static bool? IsLocal(string question, ApplyInput input)
    {
        var text = $" {TextNorm.Normalize(question)} ";
        bool Named(string? place) => TextNorm.Normalize(place) is { Length: > 1 } p && text.Contains($" {p} ", StringComparison.Ordinal);
        if (Named(input.User("city")))
        {
            return true;
        }

        var nearby = Nearby().IsMatch(text);
        var home = Countries.Find(input.User("country"));
        // A state may be named by its postal code, in capitals ("Do you live in CA?").
        var state = input.User("state");
        var code = Regions.Code(state)?.ToUpperInvariant() ?? (state is { Length: 2 } ? state.ToUpperInvariant() : null);
        var stateNamed = Named(state) || (code is not null && Regex.IsMatch(question, $@"\b{code}\b"));
        if (!nearby && (stateNamed || (home is not null && Countries.NamedIn(question) == home)))
        {
            return true;
        }

        // Any other capitalised name within a sentence is a place the applicant is not in (or a company, which is not home either).
        return SentenceEnd().Split(question).Any(s => ProperName().Matches(s.Trim()).Any(m => m.Index > 0 && !NotAPlace().IsMatch(m.Value))) ? false : null;
    }

    /// <summary>What an option says of the applicant: lives there, would move there, neither, or only that they do not live there.</summary>
    public static Whereabouts? Of(string option)
    {
        var clauses = Clause().Split(option).Select(TextNorm.Normalize).Where(c => c.Length > 0).Select(c =>
        {
            var negated = Negation().IsMatch(c);
            return Moving().IsMatch(c) ? negated ? Whereabouts.Neither : Whereabouts.Relocate
                : LocalWords().IsMatch(c) ? negated ? Whereabouts.NotLocal : Whereabouts.Local
                : Regex.IsMatch(c, @"^(no|neither|none)\b") ? Whereabouts.Neither
                : (Whereabouts?)null;
        }).Where(k => k is not null).Select(k => k!.Value).ToList();
        return clauses.Contains(Whereabouts.Relocate) ? Whereabouts.Relocate
            : clauses.Contains(Whereabouts.Local) ? Whereabouts.Local
            : clauses.Contains(Whereabouts.Neither) ? Whereabouts.Neither
            : clauses.Count > 0 ? Whereabouts.NotLocal : null;
    }

    [GeneratedRegex(@"^(are|is|am|do|does|would|will|can|could|have)\b")]
    private static partial Regex YesNoAsk();

    // "Do you live in or near Austin?", "Are you based in the Raleigh area?", "Do you currently reside in Canada?",
    // "within commuting distance", "within 50 miles of".
    [GeneratedRegex(@"\byou (currently |already |now |presently )?(live|reside)\b|\byou (currently |already |now |presently )?(located|based|living|residing|local)\b|\bcommut|\bwithin \d* ?(miles|mi|km|kilometers|kilometres|minutes|an hour)\b|\bare you (currently |already |now |presently )?(in|near|around|close to) (the )?([a-z]+ ){0,3}(area|region|vicinity|metro\w*)\b")]
    private static partial Regex LivesThere();

    // "Are you in Boise at the moment?": a place named by its capitalised name right after "in" or "near".
    [GeneratedRegex(@"\b[Aa]re you (currently |already |now |presently )?(in|near|around|close to) (the )?\p{Lu}")]
    private static partial Regex InNamedPlace();

    // An area or a commute is a city's surroundings: the state or country around the city does not answer it.
    [GeneratedRegex(@"\b(area|region|vicinity|metro\w*|commut\w*|distance|near|nearby|close to|within|miles|km)\b")]
    private static partial Regex Nearby();

    [GeneratedRegex(@"relocat|\bmov(e|ing)\b|\bcome (to|here|there)\b")]
    private static partial Regex Moving();

    // "If you live outside the Tri-Cities", "If you're not local to Fresno", "Should you be based elsewhere", "Unless you
    // already reside nearby": a condition that the applicant lives away from the place (not "If you live in Boise").
    [GeneratedRegex(@"^(if|should)\b(?=.*\b(outside|elsewhere|away|beyond|not|dont|arent|other than)\b).*\b(home|live|living|reside|residing|based|located|local|outside|elsewhere|away|area|region|nearby|near|commut\w*|distance|already)\b|^unless\b.*\b(live|living|reside|residing|based|located|local|nearby|near|commut\w*|distance|area|region|already)\b")]
    private static partial Regex Condition();

    [GeneratedRegex(@"\b(commut\w*|travel\w*|visit\w*|trips?)\b")]
    private static partial Regex CommuteOrTravel();

    // Whether one would move: "would you relocate", "are you prepared to move here", "could you see yourself moving here",
    // "is relocation an option for you".
    [GeneratedRegex(@"^(are|would|will|could|can|do) you (be )?((willing|prepared|open|able|happy|ready|keen|consider\w*|see yourself) (to )?)?(relocat\w*|mov(e|ing))\b|^is (relocat\w*|moving)( here| there)? (an option|possible)\b")]
    private static partial Regex WillingToMove();

    // Something about the move rather than whether: help or costs, company, timing, a way of working instead, plans made.
    [GeneratedRegex(@"\b(need\w*|requir\w*|help|assist\w*|support|costs?|expenses?|pay\w*|cover\w*|reimburs\w*|housing|famil\w*|partner|spouse|children|kids|alone|remote\w*|instead|already|plans?|reasons?|when|how|why|what|which|where|back|temporar\w*)\b")]
    private static partial Regex AboutTheMove();

    // "..., or will you by your start date?", "..., or will you be before you begin?": living there later, so moving.
    [GeneratedRegex(@"\bor (will|would|could|can) you( be| do so| plan to)? (by|before|once|prior to|when|on)\b")]
    private static partial Regex ThereByThen();

    [GeneratedRegex(@"\balready\b|\b(live|living|reside|residing|based|located|local|locally|nearby|commut\w*)\b|\b(in|within) (the )?([a-z]+ ){0,3}(area|region|distance|vicinity)\b")]
    private static partial Regex LocalWords();

    // An option that speaks of the right to work, a visa or sponsorship.
    [GeneratedRegex(@"authori[sz]|sponsor|\bvisas?\b|citizen|eligib|\bwork permit|\bright to work|\bgreen card|\bimmigra|\bpermanent resident")]
    private static partial Regex LegalStanding();

    // "Which of these would be a problem for you?", "Which does not describe you?".
    [GeneratedRegex(@"\b(problem\w*|concern\w*|difficult\w*|obstacle\w*|challeng\w*|hard|not|dont|doesnt|cannot|cant|unable|none)\b")]
    private static partial Regex AsksTheOpposite();

    [GeneratedRegex(@"\b(no|not|unable|cannot|cant|neither|nor|wont|unwilling|dont|doesnt|am not)\b")]
    private static partial Regex Negation();

    // Clauses of an option: "Not yet, but I'm open to relocating" is a "not yet" and an "open to relocating".
    [GeneratedRegex(@"[,;:]|\b(but|and|however|though)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Clause();

    [GeneratedRegex(@"(?<=[.?!])\s+")]
    private static partial Regex SentenceEnd();

    // A capitalised word within a sentence (not its first): a place, a company or a day.
    [GeneratedRegex(@"\b\p{Lu}[\p{L}]+")]
    private static partial Regex ProperName();

    [GeneratedRegex(@"^(I|Im|I'm|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|January|February|March|April|May|June|July|August|September|October|November|December)$")]
    private static partial Regex NotAPlace();
}
