using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Pages that stand before the form: a privacy or terms statement to accept before applying (a page of its own or a
/// modal dialog over the job posting), and other modal dialogs that cover what the engine has to use. Accepting a
/// statement the application cannot go on without is part of applying; declining never is, and neither is agreeing to
/// anything beyond the application (marketing, news, all cookies).
/// </summary>
internal static partial class ConsentGate
{
    /// <summary>
    /// The button to click next. While a modal dialog is open: its acceptance of a statement, else what moves on inside
    /// it, else what closes it, unless its acceptance is only disabled (then nothing: the statement is read to its end
    /// first). Otherwise what moves the form on, else the acceptance of a statement standing before it.
    /// </summary>
    public static PageButton? Next(PageInventory inventory) => inventory.Dialog.Length > 0
        ? Accept(inventory) ?? PageReading.NextButton(inventory) ?? (Locked(inventory) ? null : Close(inventory))
        : PageReading.NextButton(inventory) ?? Accept(inventory);

    /// <summary>
    /// The button that accepts the statement the open dialog, or else the page, shows: worded as accepting or agreeing
    /// ("Accept", "I agree", "Accept and continue"), never declining, never naming more than the statement (cookies,
    /// marketing, news), on a text about personal data, privacy or terms. Null when there is no such statement.
    /// </summary>
    public static PageButton? Accept(PageInventory inventory)
    {
        var text = inventory.Dialog.Length > 0 ? inventory.Dialog : string.Join("\n", inventory.Documents.Select(d => d.Text));
        return Statement().IsMatch(text)
            ? inventory.Buttons.FirstOrDefault(b => !b.Disabled && b.Text.Length is > 0 and <= 40 && Accepting().IsMatch(b.Text)
                && !Refusing().IsMatch(b.Text) && !Beyond().IsMatch(b.Text) && !Cookies().IsMatch(b.Hint))
            : null;
    }

    /// <summary>Whether a dialog or a statement to accept (enabled or not yet) stands before the form.</summary>
    public static bool StandsBefore(PageInventory inventory) => inventory.Dialog.Length > 0 || Accept(inventory) is not null || Locked(inventory);

    /// <summary>
    /// Whether the statement's acceptance is there but disabled: pages often enable it only once the statement was
    /// scrolled to its end.
    /// </summary>
    public static bool Locked(PageInventory inventory) =>
        Accept(inventory) is null && Accept(inventory with { Buttons = [.. inventory.Buttons.Select(b => b with { Disabled = false })] }) is not null;

    /// <summary>
    /// The button that closes an open dialog that is no statement to accept and offers no way on ("Close", "No thanks",
    /// an "×" named Close), or, on a cookie notice, the one that keeps only the cookies the site needs. Never "Decline".
    /// </summary>
    public static PageButton? Close(PageInventory inventory)
    {
        if (inventory.Dialog.Length == 0)
        {
            return null;
        }

        var cookies = Cookies().IsMatch(inventory.Dialog);
        return inventory.Buttons.FirstOrDefault(b => !b.Disabled && (Closing().IsMatch(b.Text) || (cookies && NecessaryOnly().IsMatch(b.Text))));
    }

    [GeneratedRegex(@"privacy|personal (data|information|details)|data protection|\bgdpr\b|terms (of use|and conditions|& conditions)|\bterms\b.{0,40}\b(agree|accept)|(statement|notice|policy|agreement|consent)\b.{0,200}\b(accept|agree)|\b(accept|agree)\b.{0,200}\b(statement|notice|policy|agreement)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Statement();

    [GeneratedRegex(@"^\s*(i\s+)?(have read\b.{0,30}\b)?(accept|agree|consent|acknowledge|understand)\b|^\s*(ok|okay)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Accepting();

    [GeneratedRegex(@"\b(decline|disagree|reject|refuse|not|don'?t|do not|cancel)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Refusing();

    [GeneratedRegex(@"cookie|\ball\b|marketing|newsletter|news|promot|offers?\b|subscribe|alerts?\b|talent (community|pool|network)|\bsms\b|text messages", RegexOptions.IgnoreCase)]
    private static partial Regex Beyond();

    [GeneratedRegex(@"^\s*(close|dismiss|no,? thanks?|not now|maybe later|skip( for now)?|[\u00d7\u2715x])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    // A cookie tool's own buttons say so in their id or class even when their words do not ("onetrust-accept-btn").
    [GeneratedRegex(@"cookie|onetrust", RegexOptions.IgnoreCase)]
    private static partial Regex Cookies();

    [GeneratedRegex(@"^\s*((reject|refuse|decline) all( cookies)?|(use |allow |accept )?(only )?(strictly )?(necessary|essential|required)( cookies)?( only)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NecessaryOnly();
}
