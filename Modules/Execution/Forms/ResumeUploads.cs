using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Which of several file boxes takes the resume. Many application forms put a box at the top that only reads a resume
/// to fill the form from it ("Fill the form with my CV", "Import your CV", "Parse my resume") beside the plain box the
/// application keeps the resume in. The plain one is what the employer receives; the reading one is left alone when a
/// plain one exists, because what it writes into the fields (often wrong, often after the engine filled them) would
/// overwrite the applicant's answers. A reading box that is the only file box still gets the resume.
/// </summary>
internal static partial class ResumeUploads
{
    /// <summary>Whether <paramref name="field"/> is a reading box and another file box on the page takes the resume.</summary>
    /// <param name="takesResume">Whether the engine would put the resume into a file box.</param>
    public static bool LeftAlone(FormField field, PageInventory inventory, Func<FormField, bool> takesResume) =>
        field.Kind == "file" && ReadsResume(field)
        && inventory.Fields.Any(f => f.Kind == "file" && f.Key != field.Key && !ReadsResume(f) && takesResume(f));

    /// <summary>Whether the box is offered to fill the form from the resume rather than to attach it.</summary>
    public static bool ReadsResume(FormField field) =>
        Reading().IsMatch($"{field.Label} {Words(field.Hints)} {field.Group}");

    // Hints hold ids and names ("resumeAutofill", "cv_parse"): their parts are words too.
    private static string Words(string hints) => CamelCase().Replace(hints, " ").Replace('_', ' ').Replace('-', ' ');

    [GeneratedRegex(@"\b(auto ?fill|autofill|auto-fill|auto ?complete|pre ?fill|pre-fill|parse|parsing|parser|import|extract)\w*\b|\bfill (in |out )?(the |this |your )?(form|application|fields?) (from|with|using)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reading();

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex CamelCase();
}
