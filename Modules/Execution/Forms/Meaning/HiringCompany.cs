using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Forms name themselves where a screening answer says "this company": "Are any of your relatives employed by Globex
/// Health?" against a key "... who works at this company?". A name the model has never seen pulls the two apart in
/// meaning (0.59 against 0.76 for the same question saying "this company"), so the similarity pass also scores the
/// question with the employer's name, where an employment word introduces it, read as "this company".
/// </summary>
internal static partial class HiringCompany
{
    /// <summary><paramref name="question"/> with the company it names as an employer read as "this company"; unchanged when it names none.</summary>
    public static string AsThisCompany(string question) => Named().Replace(question, "${verb} this company");

    // "employed by Globex Health", "work at Initech", "join Hooli", "employees of Acme Corp": capitalised words after an
    // employment word; "experience with Kubernetes" or "relocate to Berlin" introduce no employer.
    [GeneratedRegex(@"(?<verb>\b(?i:employed (?:by|at|with)|work(?:s|ed|ing)? (?:for|at)|join(?:ing)?|employees? (?:of|at)|staff (?:of|at)|(?:career|job|position|role|opening) at))\s+[A-Z][\w&'-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w&'-]*)*")]
    private static partial Regex Named();
}
