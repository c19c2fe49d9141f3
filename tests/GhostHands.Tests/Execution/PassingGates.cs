using GhostHands.Execution.Forms;

namespace GhostHands.Tests.Execution;

/// <summary>Which button passes a statement or dialog that stands before the form, and which never does.</summary>
public sealed class WhenAStatementStandsBeforeTheForm
{
    private const string Notice =
        "Before you go on: we keep the personal information you send us for twelve months and use it only to consider you for this role.";

    private static PageButton Button(string text, string type = "button", string hint = "") => new("b" + text.Length, text, type, false) { Hint = hint };

    private static PageInventory Page(string text, string dialog, params PageButton[] buttons) =>
        new([], buttons, [], 0, false, false, [(null!, "https://jobs.example.test/apply", text)]) { Dialog = dialog };

    [Theory]
    [InlineData("I agree")]
    [InlineData("Accept")]
    [InlineData("I have read and accept")]
    [InlineData("Acknowledge")]
    public void The_acceptance_of_a_statement_in_an_open_dialog_is_chosen_and_never_the_refusal(string words)
    {
        var chosen = ConsentGate.Next(Page("Analyst (Remote)\nApply", Notice, Button("Apply"), Button("I do not agree"), Button(words), Button("Close")));

        Assert.Equal(words, chosen?.Text);
    }

    [Fact]
    public void A_statement_page_without_a_way_on_is_passed_by_its_acceptance() =>
        Assert.Equal("I Accept", ConsentGate.Next(Page($"Candidate privacy statement\n{Notice}", "", Button("Do Not Accept"), Button("I Accept")))?.Text);

    [Fact]
    public void A_page_that_moves_on_by_its_own_button_is_left_to_it() =>
        Assert.Equal("Continue", ConsentGate.Next(Page(Notice, "", Button("Accept"), Button("Continue")))?.Text);

    [Theory]
    [InlineData("Accept all")]
    [InlineData("Accept cookies")]
    [InlineData("I agree to receive news and offers")]
    [InlineData("Decline")]
    [InlineData("Disagree")]
    public void Agreeing_to_more_than_the_statement_or_refusing_it_is_never_chosen(string words) =>
        Assert.Null(ConsentGate.Accept(Page("", Notice, Button(words))));

    [Fact]
    public void An_accept_button_with_no_statement_in_sight_is_not_taken_for_one() =>
        Assert.Null(ConsentGate.Next(Page("Shift swap request from a colleague", "", Button("Accept"), Button("Decline"))));

    [Fact]
    public void An_accept_button_of_a_cookie_tool_is_not_taken_for_the_statement() =>
        Assert.Null(ConsentGate.Accept(Page(Notice, "", Button("Accept", hint: "onetrust-accept-btn-handler"))));

    [Fact]
    public void A_dialog_that_is_no_statement_and_offers_no_way_on_is_closed() =>
        Assert.Equal("No thanks", ConsentGate.Next(Page("", "Applying again later? Keep your details in a candidate account.", Button("Create account"), Button("No thanks")))?.Text);

    [Fact]
    public void A_cookie_dialog_is_closed_keeping_only_the_cookies_the_site_needs() =>
        Assert.Equal("Necessary only", ConsentGate.Next(Page("", "This site uses cookies to measure visits and to show you offers.", Button("Accept all"), Button("Necessary only")))?.Text);

    [Fact]
    public void An_acceptance_kept_disabled_is_a_statement_still_to_be_read_to_its_end()
    {
        var page = Page(Notice, "", Button("I do not agree"), new PageButton("b9", "I agree", "button", Disabled: true));

        Assert.Null(ConsentGate.Accept(page));
        Assert.True(ConsentGate.Locked(page));
        Assert.True(ConsentGate.StandsBefore(page));
    }

    [Fact]
    public void A_dialog_whose_acceptance_is_still_disabled_is_not_closed() =>
        Assert.Null(ConsentGate.Next(Page("", Notice, Button("Close"), new PageButton("b9", "I agree", "button", Disabled: true))));

    [Fact]
    public void A_disabled_refusal_locks_nothing() =>
        Assert.False(ConsentGate.Locked(Page(Notice, "", new PageButton("b1", "Decline", "button", Disabled: true))));

    [Fact]
    public void Without_a_dialog_nothing_is_closed() =>
        Assert.Null(ConsentGate.Close(Page("Applying again later?", "", Button("No thanks"))));
}

/// <summary>Why a click could not happen, read from the browser's account of its attempts.</summary>
public sealed class WhenSomethingCoversAButton
{
    [Fact]
    public void The_element_that_intercepts_the_pointer_is_named() =>
        Assert.Equal("<section id=\"consent-layer\" class=\"shade\"> covers it", BlockedClick.Reason("""
            Timeout 5000ms exceeded.
            Call log:
              - waiting for Locator("[data-gh-id='g7']")
              -   locator resolved to <button type="button" id="go">Start</button>
              - attempting click action
              -   waiting for element to be visible, enabled and stable
              -   element is visible, enabled and stable
              -   scrolling into view if needed
              -   done scrolling
              -   <section id="consent-layer" class="shade">…</section> intercepts pointer events
              - retrying click action
            """));

    [Fact]
    public void A_button_that_never_shows_is_said_to_be_not_visible() =>
        Assert.Equal("it is not visible", BlockedClick.Reason("Timeout 5000ms exceeded.\nCall log:\n  -   element is not visible\n  - retrying click action"));

    [Fact]
    public void Any_other_timeout_gives_its_first_line() =>
        Assert.Equal("Timeout 5000ms exceeded.", BlockedClick.Reason("Timeout 5000ms exceeded.\nCall log:\n  - waiting for Locator(\"x\")"));
}
