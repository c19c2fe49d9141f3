using System.Text.RegularExpressions;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A source question ("How did you find this job?") when nothing the applicant gave answers it. A required one gets the one answer true of
/// every application the engine makes: the company's own careers site, where the application is being made ("Company
/// website", "Careers page"), else "Other". Never a particular job board, person, agency or event: that would be a
/// claim the applicant did not make, and a referral can matter to someone else. An optional one stays blank, and a
/// list offering neither answer stays open for a person.
/// </summary>
internal static partial class HeardAbout
{
    /// <summary>What a text field is answered with.</summary>
    public const string CompanySite = "Company website";

    public static FieldAnswer? Default(FormField field)
    {
        if (!(field.Required || field.Error.Length > 0) || Topics.Of(field.Label) != "source")
        {
            return null;
        }

        // A custom list not yet opened has no options to choose from: none here, so the engine opens it to read them.
        if (field.Kind == "text")
        {
            return new FieldAnswer(CompanySite, "default", []);
        }

        // A read-only combobox ("Select...") offers a closed list, like a dropdown; a typed one suggests what it is given.
        var list = field.Kind == "listbox" || (field.Kind == "combobox" && field.ReadOnly);
        if (field.Kind is not ("select" or "radio") && !list)
        {
            return null;
        }

        var real = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).ToList();
        var choice = real.FirstOrDefault(o => Careers().IsMatch(TextNorm.Normalize(o.Text)))
            ?? real.FirstOrDefault(o => Other().IsMatch(TextNorm.Normalize(o.Text)));
        return choice is null ? null : new FieldAnswer(choice.Text, "default", list ? [] : [choice]);
    }

    // "Company website", "Careers site", "Our career page", "Corporate website", "Website", "Careers", "Company careers page".
    [GeneratedRegex(@"^(the |our )?(companys? |corporate |careers? )?(web ?site|site|page|portal|careers? (site|page))$|^careers?$|\b(companys?|corporate|careers?) (web ?site|site|page|portal)\b")]
    private static partial Regex Careers();

    [GeneratedRegex(@"^other\b")]
    private static partial Regex Other();
}
