using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Yes/no screening questions about one fact of the applicant's situation, which forms word in many ways and which
/// sit close together in meaning: relatives working for the hiring company, a referral, an earlier application,
/// consent to a background check, a drug test or a credit check, a criminal record, a non-compete. Each fact is read
/// from the words any wording of it must use, so a screening answer keyed by one wording ("Do you have a relative who
/// works at this company?") answers another ("Is any member of your immediate family employed by Globex?"), and
/// never a question on a neighbouring fact (a background check is not a drug test; relatives at the company are not
/// having worked there). The asked sentence decides first ("We screen every hire. Have you been convicted of a
/// felony?" is a conviction); the whole text only when that sentence names no fact ("Offers depend on a background
/// check. Will you consent to one?"). A question naming two facts at once is <see cref="Several"/>, which no entry
/// answers by rule. Questions asking for a detail ("Who referred you?", "If yes, list their names") are none of these.
/// </summary>
internal static partial class ScreeningFacts
{
    public const string Relatives = "relatives_employed";

    public const string AppliedBefore = "applied_before";

    /// <summary>A question on two facts at once ("Were you referred by a relative who works here?").</summary>
    public const string Several = "several_screening_facts";

    private static readonly (string Fact, Regex Pattern)[] Facts =
    [
        // "Were you referred by an employee?", "Did someone here refer you?"; not "Referral source" (how one heard of the job).
        ("referral", Rule(@"\b(were|was|have|has|had|did|are|is)\b.*\b(referred|refer you)\b|\breferred by\b|\bemployee referral\b")),
        ("background_check", Rule(@"\bbackground (check|screen|investigation|verification|search)|\b(criminal|police) (records? |history |background )?(check|screen|search)|\bdbs\b|\bdisclosure and barring\b")),
        ("drug_test", Rule(@"\bdrugs? (and alcohol )?(test|screen)|\b(test|screen)\w* for drugs|\bsubstance (abuse )?(test|screen)|\b(urine|hair|saliva) (test|sample|screen)|\btoxicology")),
        ("credit_check", Rule(@"\bcredit (check|history|report|score|screen)")),
        ("criminal_record", Rule(@"\bconvict|\bfelon|\bmisdemean|\bpleaded (guilty|no contest)|\bcriminal (record|history|offen[cs]e|charge|conviction)s?\b(?! (check|screen|search))")),
        // "Are you party to any agreement that would restrict you in this role?": an agreement that restricts is one.
        ("non_compete", Rule(@"\bnon-? ?(compet|solicit)|\bnoncompet|\bnonsolicit|\brestrictive covenant|\b(agreements?|contracts?|covenants?|clauses?)\b[^?]{0,60}\b(restrict|prevent|prohibit|limit)\w*\b|\b(restrict|prevent|prohibit)\w* [^?]{0,40}\b(by|under) (an? |any )?(agreements?|contracts?|covenants?|clauses?)\b")),
    ];

    /// <summary>The fact <paramref name="question"/> (as the form writes it) asks about, <see cref="Several"/>, or null.</summary>
    public static string? Of(string? question)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return null;
        }

        var asked = Sentences.Asked(question);
        if (Detail().IsMatch(TextNorm.Normalize(asked)))
        {
            return null;
        }

        var found = In(asked);
        return found.Count > 0 || asked == question ? One(found) : One(In(question));
    }

    /// <summary>
    /// The employer when <paramref name="question"/> asks at once whether the applicant and whether someone close to
    /// them works there ("Are you or any of your relatives employed by Globex?", "Are you a current employee or related
    /// to one?"): its name as the form writes it, or "this company" when it names none; null for any other question.
    /// </summary>
    public static string? SelfAndRelatives(string? question)
    {
        var asked = Sentences.Asked(question ?? "");
        var found = In(asked);
        if (found.Count != 2 || !found.Contains(Relatives) || !found.Contains(OwnEmployment))
        {
            return null;
        }

        return RelativeAt().Match(asked.Replace('\u2019', '\'')) is { Success: true } m && TheCompany(m.Groups["employer"].Value)
            ? m.Groups["employer"].Value.Trim()
            : "this company";
    }

    /// <summary>True for the topics of this class and the earlier-employment one: their entries answer only their own fact.</summary>
    public static bool IsFact(string? topic) =>
        topic is Relatives or AppliedBefore or Several or FormerEmployment.Topic || Facts.Any(f => f.Fact == topic);

    /// <summary>
    /// True when normalised <paramref name="text"/> uses "authorize" as the verb of consent ("Do you authorize us to
    /// run a background check?") and says nothing of being authorised to work or of a visa.
    /// </summary>
    public static bool GrantsConsent(string text) => ConsentVerb().IsMatch(text) && !LegalWords().IsMatch(text);

    private static string? One(List<string> found) => found.Count switch { 0 => null, 1 => found[0], _ => Several };

    private static List<string> In(string text)
    {
        var raw = text.Replace('\u2019', '\'');
        var normal = TextNorm.Normalize(text);
        var found = Facts.Where(f => f.Pattern.IsMatch(normal)).Select(f => f.Fact).ToList();
        if (!References().IsMatch(raw)
            && (RelativeAt().Match(raw) is { Success: true } m && TheCompany(m.Groups["employer"].Value)
                || RelativeHere().IsMatch(raw) || RelativeNamedEmployee().Match(raw) is { Success: true } n && !OtherParty().IsMatch(n.Groups["employer"].Value)
                || RelativeEmployee().IsMatch(raw)
                || EmployeeThenKin().Match(raw) is { Success: true } e && (!e.Groups["employer"].Success || TheCompany(e.Groups["employer"].Value))))
        {
            found.Add(Relatives);

            // "Are you a current employee or related to one?" asks two things.
            if (YouEmployed().IsMatch(raw))
            {
                found.Add(OwnEmployment);
            }
        }

        if (Applied().Match(raw) is { Success: true } a && (FormerEmployment.IsEmployer(a.Groups["employer"].Value) || Opening().IsMatch(a.Groups["employer"].Value))
            || EarlierApplication().IsMatch(raw))
        {
            found.Add(AppliedBefore);
        }

        return found;
    }

    // The hiring company, not a third party it names: "one of our customers", "Acme's competitors", "a government agency".
    private static bool TheCompany(string employer) => FormerEmployment.IsEmployer(employer) && !OtherParty().IsMatch(employer);

    private const string OwnEmployment = "own_employment";

    private static Regex Rule(string pattern) => new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Who: a relative, a member of the family or household, a close friend; "related to" anyone, "a close personal
    // relationship with" anyone (a relationship unqualified, or a business or working one, is no tie of kin).
    private const string Kin = @"\b(?:relatives?|related to|(?:immediate |close )?family(?: members?| ties?)?|household|spouse|husband|wife|domestic partner|life partner|"
        + @"parents?|siblings?|brothers?|sisters?|sons?|daughters?|child(?:ren)?|cousins?|in-laws?|\w+-in-law|(?:close )?friends?|significant other|"
        + @"(?:(?:close|personal|romantic|intimate|family) )+relationships? with)\b";

    // A list of the kin and employees side by side is not kin employed ("Are any of your references relatives or current employees?").
    private const string Coordinated = @"(?!\s*,?\s*(?:or|and|nor)\s+(?:an?\s+|any\s+|our\s+)?(?:(?:current|existing|present|active)\s+)?(?:employees?|staff|team members?|colleagues?|personnel)\b)";

    // Between the person and the employment a form may set a clause ("related to, or in a close personal relationship
    // with, anyone currently employed by ..."), so the gap is a sentence's length; but the one employed is not the
    // applicant ("family obligations that would keep you from working at ...").
    private const string Gap = Coordinated + @"[^?.]{0,100}?(?<!\byou\s+(?:from\s+)?)";

    // "... relatives currently employed by <employer>", "... a close friend who works at <employer>", "... family at <employer>";
    // a clause may close before the employer ("related to anyone employed by, Acme").
    [GeneratedRegex(Kin + Gap + @"\b(?:employed|works?|working|employees?|staff(?: members?)?|on staff)\s+(?:by|at|for|with|of),?\s+(?<employer>.{1,40})|"
        + Kin + @"\s+(?:\w+\s+)?at\s+(?<employer>.{1,40})", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeAt();

    // "... relatives who work here", "... family members employed with us".
    [GeneratedRegex(Kin + Gap + @"\b(?:employed|works?|working)\s+(?:here|with us|for us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeHere();

    // "Are any of your relatives Globex employees?", "... a current Globex team member".
    [GeneratedRegex(Kin + @"[^?.]{0,30}?\b(?<employer>(?-i:[A-Z][\w&'.-]*)(?:\s+(?-i:[A-Z][\w&'.-]*))*)\s+(?:employees?|staff|team members?|associates?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeNamedEmployee();

    // "Are you related to a current employee?", "Is your spouse one of our staff members?": the employee named by the
    // role, "current" or "our" making it the hiring company's; "government employees" or "employees of a supplier" are not.
    [GeneratedRegex(Kin + Coordinated + @"[^?.]{0,60}?\b(?:(?:an?|any|one of our|our)\s+(?:(?:current|existing|present|active)\s+)?|(?:current|existing|present|active)\s+)"
        + @"(?:employees?|staff(?: members?)?|team members?|colleagues?|personnel)\b(?!\s+(?:of|at|for|with|in)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeEmployee();

    // The one employed first, the tie after: "Does anyone employed at Globex share a family tie with you?", "Do you know
    // anyone who works here? (family member, spouse)", the tie in that question or in brackets right after it; not "Do you
    // know anyone who works at Globex?" (any acquaintance).
    [GeneratedRegex(@"\b(?:anyone|anybody|someone|somebody)\b[^?.]{0,20}?\b(?:(?:employed|works?|working)\s+(?:here\b|with us\b|for us\b|(?:by|at|for|with)\s+(?<employer>[^?(]{1,40}))|at\s+(?<employer>[^?(]{1,40}))"
        + @"(?:\?\s*\(|[^?.]){0,60}?" + Kin, RegexOptions.IgnoreCase)]
    private static partial Regex EmployeeThenKin();

    // A third party named where the employer stands, in its first words.
    [GeneratedRegex(@"^[^,;?]{0,25}?\b(?:competitors?|rivals?|customers?|clients?|suppliers?|vendors?|contractors?|partners?|agenc(?:y|ies)|government|federal|state|county|city|municipal|public|civil|military|postal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherParty();

    // The question is about the applicant's references ("Is your reference related to a current employee?").
    [GeneratedRegex(@"\b(?:references?|referees?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex References();

    // The applicant's own employment asked beside: "Are you a current or former employee ...", "Are you currently employed by ...",
    // or the applicant named beside the kin: "Are you or any of your relatives ...", "Do you, or anyone in your household, ...".
    [GeneratedRegex(@"\b(?:are|were|have|did) you\s+(?:(?:currently|presently|now|ever|previously|been|a|an|current|former|past|existing|or|yourself|also)\s+)*(?:employees?|employed|worked|working)\b|"
        + @"\b(?:are|were|do|did|have|is) you\s*,?\s+(?:or|and)\s+(?:(?:is|are|any|anyone|anybody|someone|a|an|one|member|members|of|in)\s+){0,4}your\b", RegexOptions.IgnoreCase)]
    private static partial Regex YouEmployed();

    [GeneratedRegex(@"\bauthori[sz]e\b")]
    private static partial Regex ConsentVerb();

    [GeneratedRegex(@"\bauthori[sz](ed|ation)\b|\beligib|sponsor|\bvisa\b|immigration|right to work|permit")]
    private static partial Regex LegalWords();

    // "Have you applied to Globex before?", "... previously applied for a position with us?"; not "applied for a
    // security clearance" nor "applied machine learning".
    [GeneratedRegex(@"^(?=.*\b(?:ever|previously|before|in the past|in the last|already|prior|recently)\b).*\b(?:applied|interviewed|submitted an application)\s+(?:to|for|with|at)\s+(?<employer>.{1,40})", RegexOptions.IgnoreCase)]
    private static partial Regex Applied();

    [GeneratedRegex(@"^(?:(?:a|an|any|another|one of our|this|the same|other) )?(?:positions?|roles?|jobs?|openings?|vacanc(?:y|ies)|opportunit(?:y|ies)|internships?|requisitions?)\b|^here\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"\b(?:previous|prior|earlier) application (?:to|with|for|at)\b|\bapplied (?:here|with us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierApplication();

    // The question asks for a name, a list or a description, not yes or no.
    [GeneratedRegex(@"^(who|whom|whose|what|which|where|when|why|how|names?|list|provide|describe|explain|specify|give|tell us|please (list|provide|give|name|describe|explain|specify|state|tell|enter|share)|if (yes|so))\b")]
    private static partial Regex Detail();
}
