using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Education asked in parts: the level of a degree ("Degree": High School / Bachelor's / Master's...), the field of
/// study ("Discipline", "Major") and the school. The profile holds <c>highest_education</c> ("Bachelors"),
/// <c>degree</c> ("B.S. Computer Science", "Bachelor of Science in Computer Science") and <c>school</c>; a degree
/// text answers both the level and the field of study. Levels are compared by rank, not by words: "Bachelors" is
/// "Bachelor's Degree", "BA" and "Undergraduate degree", never "Master's Degree" (which shares more letters).
/// </summary>
internal static partial class Education
{
    private const int Doctorate = 50, Professional = 45, Master = 40, Bachelor = 30, Associate = 20, SomeCollege = 15, HighSchool = 10, BelowHighSchool = 5;

    /// <summary>
    /// The answer for an education part in the field's shape, or null when the field asks none, the profile does not
    /// say, or no option has the applicant's level or field.
    /// </summary>
    public static FieldAnswer? Answer(FormField field, ApplyInput input)
    {
        if (field.Kind is "checkbox" or "checkboxgroup" or "multiselect" or "file")
        {
            return null;
        }

        var label = TextNorm.Normalize(field.Label);
        var choice = field.Kind is "select" or "radio" or "listbox" or "combobox" or "toggle";
        var real = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).ToList();
        if (DisciplineQuestion().IsMatch(label))
        {
            return Discipline(input.User("degree")) is not { } subject ? null
                : !choice || real.Count == 0 ? new FieldAnswer(subject, "userData.degree", [], field.Label)
                : OptionMatcher.Best(subject, real) is { } option ? Chosen(field, option, subject, "userData.degree")
                : null;
        }

        // A degree level is asked by its options: "Degree" over High School / Bachelor's / Master's, not over majors.
        var levels = real.Where(o => Level(o.Text) is not null).ToList();
        if (!choice || !LevelQuestion().IsMatch(label) || levels.Count < Math.Max(2, (real.Count + 1) / 2))
        {
            return null;
        }

        var (source, own) = input.User("highest_education") is { } highest && Level(highest) is { } h ? ("userData.highest_education", (Text: highest, Rank: h))
            : input.User("degree") is { } degree && Level(degree) is { } d ? ("userData.degree", (Text: degree, Rank: d))
            : (null, default);
        if (source is null)
        {
            return null;
        }

        // Options of one level told apart by the field of study when they name one, then by kind ("BA", "BS").
        var same = levels.Where(o => Level(o.Text) == own.Rank).ToList();
        var kind = Kind(own.Text) ?? Kind(input.User("degree"));
        var studied = TextNorm.Normalize(Discipline(input.User("degree")));
        var pick = same.OrderBy(o => studied.Length > 0 && $" {TextNorm.Normalize(o.Text)} ".Contains($" {studied} ", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(o => Kind(o.Text) is not { } k ? 1 : k == kind ? 0 : 2)
            .FirstOrDefault();
        return pick is null ? null : Chosen(field, pick, own.Text, source);
    }

    /// <summary>The rank of the degree a text names (a doctorate above a master's above a bachelor's...), or null.</summary>
    public static int? Level(string? text)
    {
        var t = Plain(text);
        return t.Length == 0 ? null
            : Below().IsMatch(t) ? BelowHighSchool
            : Doctoral().IsMatch(t) ? Doctorate
            : Professionals().IsMatch(t) ? Professional
            : Masters().IsMatch(t) ? Master
            : Bachelors().IsMatch(t) ? Bachelor
            : Associates().IsMatch(t) ? Associate
            : College().IsMatch(t) ? SomeCollege
            : School().IsMatch(t) ? HighSchool
            : null;
    }

    /// <summary>Whether a question asks the field of study ("Field of study", "Major", "Discipline"), not the degree.</summary>
    public static bool AsksDiscipline(string? question) => DisciplineQuestion().IsMatch(TextNorm.Normalize(question));

    /// <summary>
    /// The field of study a degree text names: "Computer Science" for "B.S. Computer Science", "Bachelor of Science
    /// in Computer Science", "BSc (Hons) Computer Science" and "Computer Science (BS)"; "Business Administration" for
    /// "Master of Business Administration". Null when it names only a level.
    /// </summary>
    public static string? Discipline(string? degree)
    {
        if (degree is null)
        {
            return null;
        }

        var text = Regex.Replace(degree, @"(?<=\b\p{L}{1,2})\.", "").Trim();
        var named = Named().Match(text);
        var subject = named.Success
            ? named.Groups["subject"].Success ? named.Groups["subject"].Value
            : named.Groups["kind"].Success && !Generic().IsMatch(named.Groups["kind"].Value) ? named.Groups["kind"].Value : ""
            : Trailing().Replace(Leading().Replace(text, ""), "");
        subject = subject.Trim(' ', ',', '-', ':', '(', ')');
        return subject.Length == 0 ? null : subject;
    }

    private static FieldAnswer Chosen(FormField field, FieldOption option, string said, string source) =>
        new(field.Kind is "listbox" or "combobox" ? option.Text : said, source, field.Kind is "listbox" or "combobox" ? [] : [option], field.Label);

    /// <summary>Science, arts, engineering or business: what sets apart options of one level ("B.A.", "B.S.").</summary>
    private static string? Kind(string? text)
    {
        var t = Plain(text);
        return Regex.IsMatch(t, @"\b(mba|bba|business)\b") ? "business"
            : Regex.IsMatch(t, @"\b(bs|bsc|ms|msc|bse|science|sciences)\b") ? "science"
            : Regex.IsMatch(t, @"\b(ba|ma|arts)\b") ? "arts"
            : Regex.IsMatch(t, @"\b(beng|meng|engineering)\b") ? "engineering"
            : null;
    }

    /// <summary>Normalised, with the dots of abbreviations dropped first: "B.S." is "bs", "Ph.D." is "phd".</summary>
    private static string Plain(string? text) => TextNorm.Normalize(Regex.Replace(text ?? "", @"(?<=\p{L})\.(?=\p{L}|\s|$|\))", ""));

    // "Degree", "Degree type", "Highest qualification", "Education level", "Credential earned".
    [GeneratedRegex(@"\b(degree|education|qualification|diploma|credential)s?\b")]
    private static partial Regex LevelQuestion();

    // "Discipline", "Field of study", "Major", "Area of concentration", "What did you study?", "Subject".
    [GeneratedRegex(@"\bdiscipline\b|\b(field|area|subject|course|program|programme) of (study|studies|concentration|specialization|specialisation)\b|^(your |academic |primary )?(major|subject|concentration|specialization|specialisation)( area| field)?$|\bmajor\b.*\b(study|subject|field)\b|what did you (study|major)|field of (degree|education)")]
    private static partial Regex DisciplineQuestion();

    [GeneratedRegex(@"less than (a )?high school|some high school|no (formal )?(education|schooling)|primary school")]
    private static partial Regex Below();

    [GeneratedRegex(@"\b(phd|dphil|edd|doctorate|doctoral|doctor of (philosophy|education|science|engineering))\b")]
    private static partial Regex Doctoral();

    [GeneratedRegex(@"\b(jd|juris doctor|doctor of (medicine|law|dental|veterinary|pharmacy)|dds|dvm|pharmd|professional degree)\b|^md\b")]
    private static partial Regex Professionals();

    [GeneratedRegex(@"\b(master|masters|mba|ms|msc|meng|mfa|mph|mpa|mphil|mres|llm|postgraduate|post-graduate)\b|\bgraduate (degree|diploma|studies)\b|^(ma|med)\b")]
    private static partial Regex Masters();

    [GeneratedRegex(@"\b(bachelor|bachelors|baccalaureate|bs|bsc|ba|beng|bba|bfa|bse|bcom|ab)\b|\b(undergraduate|college|university|4 year|four year) degree\b|^undergraduate$")]
    private static partial Regex Bachelors();

    [GeneratedRegex(@"\b(associate|associates|aas|foundation degree|hnd)\b|\b(2 year|two year) degree\b|^(aa|as)$|^(aa|as) (in|of|degree)\b")]
    private static partial Regex Associates();

    [GeneratedRegex(@"\bsome (college|university)\b|college coursework|no degree")]
    private static partial Regex College();

    [GeneratedRegex(@"\bhigh school\b|\bsecondary (school|education)\b|\bged\b|\bhs diploma\b|\ba levels?\b")]
    private static partial Regex School();

    // "Bachelor of Science in Computer Science", "Master's degree in Physics", "Master of Business Administration".
    [GeneratedRegex(@"^(bachelor|master|doctor|associate)(?:'?s|’s)?(?: degree)?(?: of (?<kind>.+?))?(?:\s+(?:degree\s+)?(?:in|:|-|,)\s+(?<subject>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Named();

    [GeneratedRegex(@"^(science|sciences|arts|applied science|philosophy)$", RegexOptions.IgnoreCase)]
    private static partial Regex Generic();

    // "BS Computer Science", "BSc (Hons) Mathematics", "PhD in Physics": the abbreviation and any "in" after it.
    [GeneratedRegex(@"^(BS|BSc|BA|BEng|BBA|BFA|BSE|BCom|AB|MS|MSc|MA|MEng|MBA|MFA|MPhil|PhD|DPhil|AA|AS|AAS)\b\s*(\(hons?\)|hons?)?\s*(in\b|:|-|,)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();

    // "Computer Science (BS)", "Computer Science, B.S.", "Computer Science degree".
    [GeneratedRegex(@"\s*(\((BS|BSc|BA|BEng|MS|MSc|MA|MEng|MBA|PhD)\)|,\s*(BS|BSc|BA|BEng|MS|MSc|MA|MEng|MBA|PhD)|\s+degree)$", RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();
}
