using System.Globalization;
using System.Text.RegularExpressions;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>What to put in a field and where it came from (<c>userData</c>, <c>qaOverrides</c>, <c>savedAnswers</c>, <c>resumePath</c>, <c>default</c>).</summary>
internal sealed record FieldAnswer(string Value, string Source, IReadOnlyList<FieldOption> Choices, string? Question = null)
{
    /// <summary>For a phone widget showing another country: the country to choose in it before the number is typed.</summary>
    public Country? DialCountry { get; init; }

    /// <summary>For the applicant's city: the whole place, to choose among suggestions that share the city's name.</summary>
    public Place? Place { get; init; }

    /// <summary>For "how soon could you start?" on a list whose options show only once opened: days until the applicant could start.</summary>
    public int? DaysToStart { get; init; }

    /// <summary>For "do you live near the office, or would you move?" on a list whose options show only once opened: the applicant's situation.</summary>
    public Whereabouts? Whereabouts { get; init; }

    /// <summary>For "which time zone are you in?" on a list whose options show only once opened: the applicant's zone.</summary>
    public Zone? Zone { get; init; }
}

/// <summary>
/// Decides each field's answer from the applicant's profile, screening answers and saved answers (names, email and
/// phone by label here; everything else through <see cref="AnswerFinder"/>). Returns null for a field it has no
/// answer for: optional ones stay blank, required ones make the job ask a person.
/// </summary>
internal static partial class AnswerPlanner
{
    public static FieldAnswer? Plan(FormField field, ApplyInput input, string? resumeFile)
    {
        field = QuestionContext.Read(field, input);
        var label = field.Label;
        var all = $"{label} {field.Hints}";
        switch (field.Kind)
        {
            case "file":
                // A drop zone's input is often named only by the zone's group caption ("Resume" over "or").
                return resumeFile is not null && !CoverLetter().IsMatch($"{all} {field.Group}") && (Resume().IsMatch($"{all} {field.Group}") || field.Required)
                    ? new FieldAnswer(resumeFile, "resumePath", [])
                    : null;
            case "checkbox":
                if (Marketing().IsMatch(label))
                {
                    return new FieldAnswer("false", "default", []);
                }

                // A consent the form refused to go without (an error next to it) is as required as a marked one.
                if (Consent().IsMatch(label) && (field.Required || field.Error.Length > 0 || Privacy().IsMatch(label)))
                {
                    return new FieldAnswer("true", "default", []);
                }

                return QaAnswer(field, input) is { } qa ? Fit(field, qa) : null;
        }

        // "Are you unwilling to relocate?" shares every word of the plain question: it takes the plain answer turned round,
        // unless an answer was given to it as worded.
        if (PhoneKinds.IsExtension(field) || NegatedQuestions.Applies(field))
        {
            return PhoneKinds.IsExtension(field) ? null
                : NegatedQuestions.Given(field, input) is { } given ? Fit(field, given)
                : NegatedQuestions.Answer(field, plain => Plan(plain, input, resumeFile));
        }

        if (NameParts.IsAsked(field))
        {
            return NameParts.Answer(field, input);
        }

        if (field.Kind == "text" && (Profile(field, input) ?? PlaceParts.Answer(field, input)) is { } profile)
        {
            return profile;
        }

        if (PhoneKinds.Answer(field, input) is { } kind)
        {
            return kind;
        }

        if (Education.Answer(field, input) is { } education)
        {
            return education;
        }

        // "Are you in the Pacific time zone?" names a zone, not a place to live in or move to.
        if (TimeZoneAnswer.Answer(field, input) is { } zone)
        {
            return zone;
        }

        // An option chosen by what it says ("No, but I'd relocate") is not matched again by its words.
        if (LocalOrRelocate.Answer(field, input) is { } local && (local.Choices.Count > 0 ? local : Fit(field, local)) is { } whereabouts)
        {
            return whereabouts;
        }

        if (AuthorisationOptions.Answer(field, input) is { } authorised)
        {
            return authorised;
        }

        if (Listed(field, input, out var listed))
        {
            return listed;
        }

        var found = QaAnswer(field, input);
        if (StartTiming.Answer(field, found, input) is { } timing)
        {
            return timing;
        }

        if (found is { } answer && (Fit(field, answer) ?? ProfileInstead(field, answer, input) ?? SourceKinds.Fit(field, answer)) is { } fit)
        {
            return fit;
        }

        return SelfIdentification.Answer(field, input) ?? ByOptions(field, input) ?? ByTitle(field, input) ?? AgeBrackets.Answer(field, input) ?? HeardAbout.Default(field);
    }

    /// <summary>
    /// A choice whose label is the question of a group of controls ("Place of Residence" over a country select and a
    /// state select) and whose own <c>title</c> names its part ("Country/Region", "State/Province"): answered as the part.
    /// </summary>
    private static FieldAnswer? ByTitle(FormField field, ApplyInput input) =>
        field.Kind is "select" or "radio" or "listbox" && field.Title.Length > 0 && TextNorm.Normalize(field.Title) != TextNorm.Normalize(field.Label)
        && AnswerFinder.Find(field.Title, field.Hints, input) is { } answer ? Fit(field, answer) : null;

    /// <summary>
    /// A screening answer that fits no option ("Remote, Hybrid" for one choice) gives way to the profile's own value
    /// on the question's topic ("hybrid"), when it has a different one.
    /// </summary>
    private static FieldAnswer? ProfileInstead(FormField field, FieldAnswer unfit, ApplyInput input) =>
        Topics.Of(field.Label) is { } topic && AnswerFinder.FromProfile(topic, field.Label, input) is { } own && own.Value != unfit.Value
            ? Fit(field, own)
            : null;

    /// <summary>
    /// A free-form answer (a screening answer, or the language model's) in the shape the field takes: yes/no for a
    /// checkbox, the matching option(s) for choices, the field's format for text. Null when it does not fit.
    /// </summary>
    public static FieldAnswer? Fit(FormField field, FieldAnswer answer)
    {
        switch (field.Kind)
        {
            case "file":
                return null;
            case "checkbox":
                return YesNo.Parse(answer.Value) is { } yes ? answer with { Value = yes ? "true" : "false" } : null;
            case "select" or "radio" or "toggle" or "listbox" when !field.Multiple:
                if (field.Kind == "listbox")
                {
                    return answer; // Options are only known once the list is open, and whether it takes several.
                }

                // A list answer ("Remote, Hybrid") names several options; one choice cannot say all of it.
                var one = OptionMatcher.Best(answer.Value, field.Options);
                var named = OptionMatcher.SplitList(answer.Value).Count() > 1 ? OptionMatcher.Many(answer.Value, field.Options) : [];
                if (one is null || named.Count > 1)
                {
                    return null;
                }

                return answer with { Choices = [one] };
            case "multiselect" or "checkboxgroup" or "toggle":
                var many = OptionMatcher.Many(answer.Value, field.Options);
                return many.Count == 0 ? null : answer with { Choices = many };
            case "combobox" when field.Options.Any(o => o.Id.Length > 0):
                // Options read from the combobox's opened menu make it a choice like a select: the answer is typed as
                // the option's own words, and one that names no option does not fit. A profile list (skills) naming
                // several options picks each of them; any other answer naming several ("Remote, Hybrid") fits none.
                var items = OptionMatcher.SplitList(answer.Value).Count() > 1 ? OptionMatcher.Many(answer.Value, field.Options) : [];
                return items.Count > 1 ? (ScriptCombobox.IsList(answer) ? answer with { Value = string.Join(", ", items.Select(o => o.Text)), Choices = items } : null)
                    : OptionMatcher.Best(answer.Value, field.Options) is { } option ? answer with { Value = option.Text } : null;
            default:
                return answer with { Value = FormatText(field, answer.Value) };
        }
    }

    /// <summary>
    /// A text value in the field's format: ISO dates for date inputs, a duration in the unit the field names, bare
    /// numbers for number inputs.
    /// </summary>
    public static string FormatText(FormField field, string value)
    {
        value = Durations.InFieldUnit(field, value) ?? value;
        if (field.Type == "date" && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (field.Type == "number")
        {
            var number = Number().Match(value.Replace(",", "", StringComparison.Ordinal));
            return number.Success ? number.Value : value;
        }

        return value;
    }

    private static FieldAnswer? QaAnswer(FormField field, ApplyInput input) => AnswerFinder.Find(field.Label, field.Hints, input);

    private static FieldAnswer? Profile(FormField field, ApplyInput input)
    {
        var label = TextNorm.Normalize(field.Label);
        var hints = TextNorm.Normalize(Regex.Replace(field.Hints, "([a-z])([A-Z])", "$1 $2").Replace('_', ' '));
        string? Pick(string key) => input.User(key);
        FieldAnswer? From(string key, string? value = null) =>
            (value ?? Pick(key)) is { } v ? new FieldAnswer(v, $"userData.{key}", []) : null;
        if (!OwnContact.Asked(label, TextNorm.Normalize(field.Group), hints))
        {
            return null;
        }

        // The visible label decides first; name/id/autocomplete only when the label says nothing known.
        foreach (var text in new[] { label, hints })
        {
            if (text.Length == 0)
            {
                continue;
            }

            if (Regex.IsMatch(text, @"\blinked ?in\b"))
            {
                return From("linkedin_url");
            }

            if (Regex.IsMatch(text, @"e-?mail"))
            {
                return From("email");
            }

            if (Regex.IsMatch(text, @"phone|mobile|\bcell|\btel\b"))
            {
                return Pick("phone") is { } phone
                    ? new FieldAnswer(PhoneFormat.ForField(phone, field), "userData.phone", [])
                    : null;
            }

            if (Regex.IsMatch(text, @"first ?name|given ?name|\bfname\b|\bforename"))
            {
                return From("first_name");
            }

            if (Regex.IsMatch(text, @"last ?name|family ?name|surname|\blname\b"))
            {
                return From("last_name");
            }

            // "Full legal name", "Legal full name": an e-signature often asks for the name this way.
            if (Regex.IsMatch(text, @"^(full |your |legal |candidate )?name$|\bfull ?(legal )?name\b|\blegal full name\b"))
            {
                return input.FullName is { } full ? new FieldAnswer(full, "userData.first_name + userData.last_name", []) : null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"resume|\bcv\b|curriculum", RegexOptions.IgnoreCase)]
    private static partial Regex Resume();

    [GeneratedRegex(@"cover ?letter", RegexOptions.IgnoreCase)]
    private static partial Regex CoverLetter();

    [GeneratedRegex(@"privacy|consent|agree|terms|acknowledg|certify|data (protection|processing|notice)|\bgdpr\b|have read|read and underst|(data|information|details) (will be|is|are|being) (processed|used|stored|held|retained)", RegexOptions.IgnoreCase)]
    private static partial Regex Consent();

    // Consent to keeping and processing one's own details for the application is data-processing consent, whatever it is called;
    // accepting (or having read) the applicant disclaimer a career site shows before its form is part of applying too.
    [GeneratedRegex(@"privacy|data (protection|processing)|terms|\b(accept|acknowledg|agree to|read)\w*( and (accept|acknowledg|understand|agree to)\w*)? (the |this |that |our )?([\w-]+ ){0,2}disclaimer|\b(store|process|retain|hold|keep|use)\w* (my|your|the) (personal )?(data|details|information)", RegexOptions.IgnoreCase)]
    private static partial Regex Privacy();

    [GeneratedRegex(@"marketing|newsletter|talent (community|pool|network)|future (job|opening|opportunit|role)|promotion|keep me|job alerts|sign(ed)? in|^follow\b|e-?mails? about (new )?(jobs|openings|roles|opportunit)", RegexOptions.IgnoreCase)]
    private static partial Regex Marketing();

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Number();
}
