using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// "Have you ever been employed by Globex or any of its subsidiaries?", "Have you worked for us before?": whether the
/// applicant worked for the hiring company before. Forms name the company (or say "us", "this company"), so a
/// screening answer keyed "Have you previously worked for this company?" answers all of them; the topic is
/// <see cref="Topic"/>. "Have you worked at a startup before?" or "with Kubernetes" is not this question: the
/// employer must be a name (a capitalised word on the form) or the hiring company in other words.
/// </summary>
internal static partial class FormerEmployment
{
    public const string Topic = "former_employee";

    /// <summary>True when <paramref name="question"/> (as the form writes it, capitals kept) asks about earlier work for the hiring company.</summary>
    public static bool Asks(string? question)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return false;
        }

        var text = question.Replace('\u2019', '\'');
        return Former().Match(text) is { Success: true } m && Employer().IsMatch(m.Groups["employer"].Value)
            || FormerWord().IsMatch(text);
    }

    /// <summary>True when <paramref name="text"/> begins with an employer: a name, or the hiring company in other words ("us", "this company").</summary>
    public static bool IsEmployer(string text) => Employer().IsMatch(text);

    /// <summary>
    /// Yes when the question names the applicant's current employer; null otherwise: a profile with no employment
    /// history cannot say the applicant never worked for another company, so only a screening answer does.
    /// </summary>
    public static string? FromProfile(string question, ApplyInput input) =>
        input.User("current_company") is { } company && TextNorm.Normalize(company) is { Length: > 0 } name
            && $" {TextNorm.Normalize(question)} ".Contains($" {name} ", StringComparison.Ordinal)
            ? "yes"
            : null;

    // "ever/previously/before ... employed/worked/on the payroll ... by/for/at/of <employer>" or "worked for <employer> before"; "held a
    // position at <employer>" after the same words; "Previous employment with <employer>".
    [GeneratedRegex(@"\b(?:ever|previously|formerly|before|in the past|prior)\b.*?\b(?:employed|worked|work|been an? (?:employee|contractor|intern)|on (?:the|its|their) payroll)\s+(?:by|for|at|of)\s+(?<employer>.{1,40})|"
        + @"\b(?:ever|previously|formerly|before|in the past|prior)\b.*?\b(?:held|had|occupied)\s+(?:a |an |any )?(?:position|role|job|post)s?\s+(?:at|with|in)\s+(?<employer>.{1,40})|"
        + @"\b(?:previous|prior|past|former)\s+employment\s+(?:with|at|by|for)\s+(?<employer>.{1,40})|\b(?:employed|worked)\s+(?:by|for|at)\s+(?<employer>.{1,40}?)\s+(?:before|previously|in the past)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Former();

    // A name ("Globex", "Hooli Travel") or the company in other words; not "a startup", "the public sector".
    [GeneratedRegex(@"^(?:[A-Z][\w'&.-]*|us\b|this (?:company|organi[sz]ation|employer|firm|business)|our (?:company|organi[sz]ation|group|firm)|the company\b|one of (?:our|its) )")]
    private static partial Regex Employer();

    // "former employee of", "a former Globex employee", "worked here before".
    [GeneratedRegex(@"\b(?:former|previous|past|ex-)\s*(?:employee|contractor|intern) of\b|\b(?:former|previous|past|ex-)\s*(?-i:[A-Z][\w&'.-]*)(?:\s+(?-i:[A-Z][\w&'.-]*))*\s+(?:employee|staff member|contractor|intern)\b|"
        + @"\brehire\b|\bboomerang\b|\b(?:ever|previously|before)\b.*\b(?:employed|worked)\s+(?:here|with us)\b|\b(?:employed|worked)\s+(?:here|with us|for us)\s+(?:before|previously|in the past)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FormerWord();
}
