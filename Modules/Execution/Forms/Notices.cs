using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms;

/// <summary>
/// Layers a page puts over its form when it loads that are no part of applying: a cookie notice, a newsletter or
/// job-alert offer, a choice between signing in and going on as a guest. Each is answered the way that commits the
/// applicant to nothing: only the cookies the site needs (or declining the optional ones, or closing the notice), no
/// thanks to the offer, on as a guest. Never "Accept all", never a subscription. A statement the application needs
/// accepted is no such notice (<see cref="ConsentGate"/>).
/// </summary>
internal static partial class Notices
{
    /// <summary>
    /// The button that dismisses the notice in <paramref name="layer"/> (its text in <see cref="PageInventory.Dialog"/>,
    /// its buttons in <see cref="PageInventory.Buttons"/>), or null when it is none of these notices or offers no such button.
    /// </summary>
    public static PageButton? Dismissal(PageInventory layer)
    {
        var text = layer.Dialog;
        if (text.Length == 0)
        {
            return null;
        }

        var usable = layer.Buttons.Where(b => !b.Disabled && b.Text.Length is > 0 and <= 60).ToList();
        if (usable.FirstOrDefault(b => Guest().IsMatch(b.Text)) is { } guest)
        {
            return guest;
        }

        if (CookieNotice().IsMatch(text))
        {
            return usable.FirstOrDefault(b => NecessaryOnly().IsMatch(b.Text))
                ?? usable.FirstOrDefault(b => Declining().IsMatch(b.Text))
                ?? usable.FirstOrDefault(b => Closing().IsMatch(b.Text));
        }

        return Offer().IsMatch(text) && ConsentGate.Accept(layer) is null ? usable.FirstOrDefault(b => Closing().IsMatch(b.Text)) : null;
    }

    /// <summary>True when a page that asks to sign in also lets one go on without an account.</summary>
    public static bool GuestAllowed(PageInventory inventory) => inventory.Buttons.Any(b => !b.Disabled && Guest().IsMatch(b.Text));

    // "We use cookies", "This site uses cookies", "Cookie preferences", "Your privacy choices".
    [GeneratedRegex(@"\b(we|this (web)?site|our (web)?site|site) (and our partners )?uses? cookies\b|\bcookie (settings|preferences|consent|policy|notice|choices)\b|\bcookies? (help|allow|enable)\b|\bprivacy (choices|preferences)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CookieNotice();

    // A newsletter, job alerts, a talent community: an offer to stay in touch, not the application.
    [GeneratedRegex(@"newsletter|subscribe|job alerts?\b|talent (community|network|pool)|stay (in touch|updated|connected)|keep (me|you) (updated|posted|informed)|never miss|sign up for (updates|alerts|emails)", RegexOptions.IgnoreCase)]
    private static partial Regex Offer();

    // Going on without an account or typing the application in by hand ("Apply manually") beside a sign-in or an import
    // from another site ("Apply with LinkedIn"): the way that hands nothing to a third party.
    [GeneratedRegex(@"^\s*(continue|apply|proceed|go on|carry on)( to (the )?application)? (as (a )?guest|without (an? )?(account|signing in|logging in|registering|registration))\b|^\s*(guest (checkout|application|apply)|apply as (a )?guest|i'?ll apply as a guest|skip sign[ -]?in)\s*$"
        + @"|^\s*(apply|continue|proceed|start( (the|my|your) application)?|enter (my|your) (details|information))( manually| by hand)\s*$|^\s*(fill (out|in)|complete) (the |my |your )?(form|application)( manually| by hand| myself| yourself)\s*$|^\s*manual (application|entry)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Guest();

    [GeneratedRegex(@"^\s*((reject|refuse|decline) all( cookies)?|(use |allow |accept |save )?(only )?(strictly )?(necessary|essential|required)( cookies)?( only)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NecessaryOnly();

    // On a cookie notice declining is declining the optional cookies, never the application.
    [GeneratedRegex(@"^\s*(decline|reject|refuse|deny|disagree)( optional| non-?essential| additional| analytics)?( cookies)?\s*$|^\s*(no,? thanks?|continue without accepting)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Declining();

    [GeneratedRegex(@"^\s*(close|dismiss|no,? thanks?|not now|not interested|maybe later|skip( for now)?|continue to (the )?(application|form|site)|[\u00d7\u2715x])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();
}
