using System.Globalization;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// The length of a career asked without the words "years" and "experience": "How long have you been shipping code
/// as a job?", "How long have you been a nurse?", "Time spent building products for pay", "How many years
/// have you been coding in industry?", "Years spent writing software professionally", "Time in a backend role". They
/// are <c>years_experience</c>. Time at the current employer, in the current
/// role or at an address is not a career, nor is time managing, leading or supervising (a part of one), and years with a named skill are <see cref="NamedSkills"/>' to answer.
/// </summary>
internal static partial class ExperienceLength
{
    /// <summary>
    /// The rule of <see cref="Topics"/> for these wordings, on normalised text: a career's length asked, and no time
    /// spent somewhere in particular.
    /// </summary>
    public static readonly Regex Question = new(
        $"^(?!.*{NotCareer})(.*{HowLong}|.*(?:{Label}))", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>True when the normalised <paramref name="text"/> asks how long the applicant has worked in their field.</summary>
    public static bool Asks(string text) => Question.IsMatch(text);

    /// <summary>
    /// <c>years_experience</c> in the question's unit: a bare number when the question counts years ("How many years
    /// ...?", "Years in industry"), months when it asks in months, else with its unit ("5 years"), which a free-text
    /// "How long ...?" needs and which range options in months or years read alike.
    /// </summary>
    public static string? Value(string question, ApplyInput input)
    {
        var given = input.User("years_experience");
        if (given is not null && CareerFields.Other(question, input))
        {
            return null;
        }

        if (given is null || question.Length == 0 || input.Number("years_experience") is not { } years)
        {
            return given;
        }

        var text = TextNorm.Normalize(question);
        return CountsYears().IsMatch(text) ? given
            : InMonths().IsMatch(text) ? (years * 12).ToString("0.#", CultureInfo.InvariantCulture)
            : !Asks(text) ? given
            : $"{years.ToString("0.#", CultureInfo.InvariantCulture)} {(years == 1 ? "year" : "years")}";
    }

    // What a career is spent doing, and where: "writing software", "building products", "coding", "as an engineer".
    private const string Doing = @"(writ|build|develop|ship|cod|programm|engineer|design|work|practi[sc]|teach|nurs|sell|do)\w*";
    private const string Where = @"(professionally|for a living|for pay|commercially|in (the |this )?(industry|field|profession|trade|tech|software|engineering)|full[ -]?time|as an? |" + InRole + ")";

    // What a career makes, with up to two words saying what kind: "writing software", "shipping production code",
    // "building consumer mobile apps". A named language or tool is no kind: "building React apps", "writing Python
    // code" ask years with one tool, which are not the career's length.
    private const string Making = Doing + @"( (and|or) " + Doing + @")? (" + Kind + @" ){0,2}(software|code|products?|apps?|applications|systems|websites?|services|apis?|back ?ends?)\b";
    private const string Kind = @"(production|commercial|consumer|mobile|web|back-?end|front-?end|full-?stack|enterprise|business|internal|server-side|client-side|desktop|native|embedded|distributed|cloud|large-scale|scalable|reliable|secure|real-world|high-quality|quality|new|open-source|saas|b2b|b2c|and|or)";

    // The kinds of software work whose years are the career's ("Years of hands-on backend development"), the phrase
    // ending the question. Business development is selling, quality, cloud, mobile or embedded engineering a part of
    // a career, and years "of development in healthcare" or "of engineering education" not its length.
    private const string WorkKind = @"(production|commercial|web|back-?end|front-?end|full-?stack|enterprise|server-side|client-side|desktop|distributed|saas)";

    // Any role of a kind, not the present one: "in a backend role", "in engineering positions"; never "in your role".
    private const string InRole = @"in (an? (\w+ ){0,3}(role|position|job)|(\w+ ){0,3}(roles|positions|jobs))\b";
    private const string Role = @"(engineer|developer|programmer|designer|analyst|scientist|architect|administrator|consultant|tester|nurse|teacher|accountant|technician|writer|marketer|recruiter|lawyer|electrician|mechanic|pharmacist|professional)s?";

    // "How long have you been developing apps commercially?", "How long have you been a software engineer?", "How
    // many years have you been coding?", "For how long have you worked in the industry?", "How much time have you spent
    // designing systems for pay?", "How many years have you spent writing and shipping backend services?".
    private const string HowLong = @"\b(how long|how many years|for how long|how much time)\b.*\b(have|had) you (been |spent )?(" + Doing + @"\b.*\b" + Where
        + "|" + Making + @"|(cod|programm)\w*\b|an? (\w+ ){0,3}" + Role
        + @"\b|in (the |this )?(industry|field|profession|trade|tech|software)\b|" + InRole + @"|(worked|spent) .*\b" + Where + ")";

    // Labels naming the length, a field or the work ending them ("Years in software development at a bank" is time in a
    // domain): "Years in industry", "Years coding professionally", "Time in the field", "Career length",
    // "Professional tenure", "Years as a software engineer", "Years of professional software development", "Years spent
    // writing code", "Time in a support role", "Length of professional experience".
    private const string Label = @"^((total|overall|professional|relevant) )?(years?|yrs?|time|length of time|number of years|no of years) (spent )?(in (the |this )?(industry|field|profession|trade|tech|software( development| engineering)?|engineering)( (in total|overall|so far|total))?$|"
        + Doing + @" .*\b" + Where + "|" + Making + "|" + InRole + "|as an? (\\w+ ){0,3}" + Role + @")\b|\bcareer length\b|\blength of (your |my )?(professional )?career\b|^(professional|industry) tenure$"
        + @"|^(.*\s)?years? (of ((hands[- ]on|practical|professional|commercial|industry) )?(" + WorkKind + @" )?(software )?(development|programming|engineering)|(of|in) (professional )?(software|engineering) (development|engineering|work))( experience)?( do you have)?$"
        + @"|^(length|duration|amount) of (your |my )?((total|overall|professional|relevant|work|industry) )*experience$";

    // Time with the present employer, in the present or a past role, in a remote or onsite one, at an address, or with
    // a tool ("using React"); time managing,
    // leading or supervising others, which is a part of a career ("Years as a team leader").
    private const string NotCareer = @"\b(current|present|previous|prior|last|former|remote|hybrid|on-?site|with us|manag\w*|supervis\w*|lead|leads|leading|leader\w*|head of|director\w*|foreman|forewoman|(at|for|with) (this|our|your|the) (company|employer|firm|organi[sz]ation|address|job|team)|lived|live|resid\w*|address|using|used|known|customer|member|married)\b";

    [GeneratedRegex(@"\bmonths?\b")]
    private static partial Regex InMonths();

    [GeneratedRegex(@"\byears?\b|\byrs?\b")]
    private static partial Regex CountsYears();
}
