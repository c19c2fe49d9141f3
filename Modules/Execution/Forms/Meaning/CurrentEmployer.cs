using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// "Are you currently employed by Globex?", "Are you a current Globex employee?": whether the applicant works for the
/// named company now. The profile's current employer decides: yes when the question names it, no when it names another
/// company (the applicant works elsewhere). "Are you a current employee of this company?" names none: never having
/// worked for the hiring company (a screening answer on earlier employment) says no; otherwise a person decides.
/// "Are you currently employed?" or "employed by a government agency" names no employer and is not this question.
/// </summary>
internal static partial class CurrentEmployer
{
    /// <summary>True when <paramref name="question"/> (as the form writes it, capitals kept) asks whether the applicant works for an employer now.</summary>
    public static bool Asks(string? question) => Employer(question) is not null;

    /// <summary>The answer to a question <see cref="Asks"/> recognises, or null when the data does not settle it.</summary>
    public static FieldAnswer? Answer(string question, ApplyInput input)
    {
        if (Employer(question) is not { } employer || input.User("current_company") is not { } company)
        {
            return null;
        }

        var named = TextNorm.Normalize(employer);
        var own = TextNorm.Normalize(company);
        if (Named().IsMatch(employer))
        {
            var same = $" {named} ".Contains($" {own} ", StringComparison.Ordinal) || $" {own} ".Contains($" {Words(named)} ", StringComparison.Ordinal);
            return new FieldAnswer(same ? "yes" : "no", "userData.current_company", [], question);
        }

        // Never employed by the hiring company, so not now either.
        return AnswerFinder.OnTopicAnswer(FormerEmployment.Topic, input) is { } former && YesNo.Parse(former.Value) == false
            ? former with { Value = "no" }
            : null;
    }

    // The name's leading words up to a trailing aside: "Globex or any of its subsidiaries" is "Globex".
    private static string Words(string named) => Tail().Replace(named, "");

    private static string? Employer(string? question)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return null;
        }

        var text = question.Replace('\u2019', '\'');
        return Current().Match(text) is { Success: true } m && FormerEmployment.IsEmployer(m.Groups["employer"].Value) ? m.Groups["employer"].Value.Trim() : null;
    }

    // "you currently employed by <employer>", "you a current <Employer> employee", "you a current employee of <employer>":
    // the applicant, not a relative ("Are any of your relatives currently employed by ...?"). Working "with" something
    // is using it ("Are you currently working with Kubernetes?"), not an employer.
    [GeneratedRegex(@"\byou\s+(?:currently|presently|now)\s+(?:employed\s+(?:by|for|at|with)|(?:working|work)\s+(?:for|at))\s+(?<employer>[^?.,(]{1,40})|"
        + @"\byou\s+(?:a|an)\s+current\s+(?<employer>(?-i:[A-Z][\w&'.-]*)(?:\s+(?-i:[A-Z][\w&'.-]*))*)\s+(?:employee|staff member)\b|"
        + @"\byou\s+(?:a|an)\s+current\s+(?:employee|staff member)\s+(?:of|at|with)\s+(?<employer>[^?.,(]{1,40})", RegexOptions.IgnoreCase)]
    private static partial Regex Current();

    [GeneratedRegex(@"^[A-Z]")]
    private static partial Regex Named();

    [GeneratedRegex(@"\s+(or|and|including|inc|llc|ltd)\b.*$")]
    private static partial Regex Tail();
}
