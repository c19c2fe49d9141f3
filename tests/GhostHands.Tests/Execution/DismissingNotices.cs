using GhostHands.Execution.Forms;

namespace GhostHands.Tests.Execution;

/// <summary>
/// Which button answers a notice laid over the form on load (cookies, an offer to subscribe, signing in or going on as
/// a guest), and that the ones committing the applicant to more are never chosen. None is from a fixture form.
/// </summary>
public sealed class WhenANoticeCoversTheFormOnLoad
{
    private static PageButton Button(string text, string type = "button") => new("b" + text.Length + text[0], text, type, false);

    private static PageInventory Layer(string text, params PageButton[] buttons) =>
        new([], buttons, [], 0, false, false, [(null!, "https://careers.example.test/jobs/7/apply", text)]) { Dialog = text };

    [Theory]
    [InlineData("This website uses cookies to personalise content and ads.", "Allow all|Use necessary cookies only|Show details", "Use necessary cookies only")]
    [InlineData("We use cookies for analytics and advertising. See our privacy policy.", "Accept|Decline|Settings", "Decline")]
    [InlineData("Cookie preferences: we and our partners store information on your device.", "Accept all cookies|Reject all|Customise", "Reject all")]
    [InlineData("We use cookies so the site works and to measure visits.", "Accept all|Close", "Close")]
    public void A_cookie_notice_keeps_only_the_cookies_the_site_needs(string text, string buttons, string chosen) =>
        Assert.Equal(chosen, Notices.Dismissal(Layer(text, [.. buttons.Split('|').Select(b => Button(b))]))?.Text);

    [Fact]
    public void A_cookie_notice_offering_only_acceptance_is_left_alone() =>
        Assert.Null(Notices.Dismissal(Layer("We use cookies to improve your experience.", Button("Accept all cookies"), Button("Cookie settings"))));

    [Theory]
    [InlineData("Never miss an opening: subscribe to job alerts for roles like this one.", "Subscribe|Not now")]
    [InlineData("Join our talent network and stay in touch with news from the team.", "Sign me up|No thanks")]
    [InlineData("Get our newsletter every month.", "Keep me posted|\u00d7")]
    public void An_offer_to_subscribe_is_closed_never_accepted(string text, string buttons)
    {
        var chosen = Notices.Dismissal(Layer(text, [.. buttons.Split('|').Select(b => Button(b, b.StartsWith('S') ? "submit" : "button"))]));

        Assert.Equal(buttons.Split('|')[1], chosen?.Text);
    }

    [Theory]
    [InlineData("Sign in to apply faster, or continue without an account.", "Sign in|Continue without an account", "Continue without an account")]
    [InlineData("Have an account? Log in. New here?", "Log in|Create account|Apply as guest", "Apply as guest")]
    [InlineData("Welcome back", "Sign in with LinkedIn|Continue as guest", "Continue as guest")]
    public void A_choice_between_signing_in_and_a_guest_goes_on_as_a_guest(string text, string buttons, string chosen) =>
        Assert.Equal(chosen, Notices.Dismissal(Layer(text, [.. buttons.Split('|').Select(b => Button(b))]))?.Text);

    [Theory]
    [InlineData("Start your application", "Apply with LinkedIn|Apply with Indeed|Apply manually", "Apply manually")]
    [InlineData("How would you like to apply?", "Sign in with Google|Apply with LinkedIn|Fill out the form manually", "Fill out the form manually")]
    [InlineData("Save time applying", "Import from Indeed|Enter my details manually|Apply with LinkedIn", "Enter my details manually")]
    public void A_choice_of_third_party_sign_ins_and_applying_by_hand_applies_by_hand(string text, string buttons, string chosen) =>
        Assert.Equal(chosen, Notices.Dismissal(Layer(text, [.. buttons.Split('|').Select(b => Button(b))]))?.Text);

    [Theory]
    [InlineData("Apply manually|Apply with LinkedIn|Apply with Indeed")]
    [InlineData("Continue as guest|Sign in with Google|Apply using LinkedIn")]
    [InlineData("Apply manually|Import from Indeed|Autofill with LinkedIn")]
    public void The_way_on_in_a_dialog_is_never_a_third_party_sign_in_or_import(string buttons) =>
        Assert.Equal(buttons.Split('|')[0], ConsentGate.Next(Layer("Apply for this role", [.. buttons.Split('|').Select((b, i) => new PageButton("b" + i, b, "button", false))]))?.Text);

    [Fact]
    public void A_statement_the_application_needs_is_no_notice_to_dismiss() =>
        Assert.Null(Notices.Dismissal(Layer(
            "Before you apply: we keep your personal data for twelve months to consider you for this role. Please accept the privacy notice.",
            Button("I accept"), Button("Close"))));

    [Fact]
    public void A_sign_in_wall_with_a_guest_way_is_no_blocker_to_stop_at()
    {
        var page = new PageInventory([], [Button("Sign in"), Button("Continue as guest")], [], 0, false, true, [(null!, "https://careers.example.test/login", "Sign in")]);

        Assert.True(Notices.GuestAllowed(page));
        Assert.False(Notices.GuestAllowed(page with { Buttons = [Button("Sign in"), Button("Create an account")] }));
    }
}
