using System.Globalization;
using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Yes/no questions about reaching an age: "Are you at least 21 years of age?", "Are you 16 or older?", "Are you over
/// the age of 19?", "Are you under 18?". The applicant's date of birth (<c>date_of_birth</c>, also <c>birth_date</c>,
/// <c>birthdate</c>, <c>dob</c>; ISO) or age (<c>age</c>) decides. Without them, an answer given to an age question
/// decides only what it implies: at least 18 implies at least 16, not at least 21; not 18 implies not 21. Anything
/// else stays open for a person: an answer about one age is never the answer about another.
/// </summary>
internal static partial class AgeThreshold
{
    private static readonly string[] BirthKeys = ["date_of_birth", "birth_date", "birthdate", "dob"];

    /// <summary>The age a question asks about and whether it asks "under" it, or null when it names no age to reach.</summary>
    public static (int Years, bool Under)? Of(string? question)
    {
        var text = TextNorm.Normalize(question);
        // "Are you over 18 and authorized to work here?" is a legal question first: a person answers it.
        if (Experience().IsMatch(text) || Topics.IsLegal(Topics.Of(question)))
        {
            return null;
        }

        var m = Before().Match(text);
        if (!m.Success)
        {
            m = After().Match(text);
        }

        if (!m.Success || !int.TryParse(m.Groups["n"].Value, CultureInfo.InvariantCulture, out var years) || years is < 12 or > 99)
        {
            return null;
        }

        return (years, m.Groups["under"].Success);
    }

    /// <summary>True when <paramref name="question"/> asks whether the applicant has reached a stated age.</summary>
    public static bool Asks(string question) => Of(question) is not null;

    /// <summary>Yes or no from the applicant's birth date, age or an answer that implies it; null when nothing settles it.</summary>
    public static FieldAnswer? Answer(string question, ApplyInput input, DateOnly today)
    {
        if (Of(question) is not { } asked)
        {
            return null;
        }

        if (Age(input, today) is { } known)
        {
            var reached = known.Years >= asked.Years;
            return new FieldAnswer(reached != asked.Under ? "yes" : "no", known.Source, [], question);
        }

        foreach (var (key, value) in Answered(input))
        {
            if (Of(key) is not { } given || YesNo.Parse(value) is not { } said)
            {
                continue;
            }

            // What the given answer says about the applicant: reached (or not) the age it names.
            var reached = said != given.Under;
            bool? implied = reached && asked.Years <= given.Years ? true : !reached && asked.Years >= given.Years ? false : null;
            if (implied is { } r)
            {
                return new FieldAnswer(r != asked.Under ? "yes" : "no", $"qaOverrides[{key}]", [], key);
            }
        }

        return null;
    }

    /// <summary>The applicant's birth date as given (ISO), under any of the keys read for it; null when none.</summary>
    public static string? BirthDate(ApplyInput input) => BirthKeys.Select(input.User).FirstOrDefault(v => v is not null);

    private static (int Years, string Source)? Age(ApplyInput input, DateOnly today)
    {
        foreach (var key in BirthKeys)
        {
            if (input.Date(key) is { } born)
            {
                var years = today.Year - born.Year - (today < born.AddYears(today.Year - born.Year) ? 1 : 0);
                return (years, $"userData.{key}");
            }
        }

        return input.Number("age") is { } age && age >= 0 ? ((int)Math.Floor(age), "userData.age") : null;
    }

    private static IEnumerable<(string Key, string Value)> Answered(ApplyInput input) =>
        input.QaOverrides.Select(p => (p.Key, p.Value)).Concat(input.SavedAnswers.Select(a => (a.Question, a.Answer)));

    // "18 years of age or older", "16 or older", "21+", "19 years old or over", "18 and above".
    [GeneratedRegex(@"\b(?<n>\d{2})(\+(?= years? (of age|old)\b|$| (at|as of|by|on|when|before|upon|prior)\b)| ?(years?|yrs?) (of age|old)\b| (or|and) (older|over|above|up)\b)")]
    private static partial Regex After();

    // "at least 21", "over the age of 19", "older than 17", "under 18", "aged 18", "minimum age of 18": the age ends
    // the question or is followed by years of age or a time ("by your start date"), never by a unit ("over 50 pounds").
    [GeneratedRegex(@"\b((at least|over|above|older than|aged?|(minimum|legal) age( of)?|(?<under>under|below|younger than|less than))( the age of| age)?) (?<n>\d{2})(?=$| (years? (of age|old)|yrs? old|or (older|over|above))\b| (at|as of|by|on|when|before|upon|prior)\b)")]
    private static partial Regex Before();

    // Years of something else: "10+ years of experience", "at least 15 years in the industry".
    [GeneratedRegex(@"\b\d{1,2}\+? ?(years?|yrs?) (of )?(experience|professional|work|relevant|in\b|as\b|with\b|managing|leading)")]
    private static partial Regex Experience();
}
