using GhostHands.Execution.Forms;
using Microsoft.Playwright;

namespace GhostHands.Tests.Execution;

/// <summary>
/// Playwright's errors about a page that changed under a call (a frame removed, a navigation, a replaced element, the
/// page closed) are told apart from a control that refused or timed out, and said in the page's terms.
/// </summary>
public sealed class WhenAPageChangesUnderACall
{
    [Theory]
    [InlineData("Frame was detached", "its frame was removed")]
    [InlineData("Execution context was destroyed, most likely because of a navigation", "the page navigated")]
    [InlineData("Target page, context or browser has been closed", "the page was closed")]
    [InlineData("Error: Element is not attached to the DOM", "the page replaced it")]
    public void A_change_of_the_page_is_recognised_and_named(string message, string said)
    {
        var e = new PlaywrightException(message);
        Assert.True(PageChanges.Detached(e));
        Assert.Equal(said, PageChanges.Describe(e));
    }

    [Theory]
    [InlineData("Error: strict mode violation: locator('#a') resolved to 2 elements")]
    [InlineData("Element is not a <select> element")]
    public void A_control_that_refuses_is_not_a_change_of_the_page(string message) =>
        Assert.False(PageChanges.Detached(new PlaywrightException(message)));

    [Fact]
    public void A_timeout_is_said_as_the_check_that_failed()
    {
        var e = new System.TimeoutException("Timeout 5000ms exceeded.\n  - waiting for element to be visible\n  - element is not visible");
        Assert.Equal("it is not visible", PageChanges.Describe(e));
    }

    [Theory]
    [InlineData(false, "")]
    [InlineData(true, "")]
    [InlineData(false, "Your country")]
    public void A_failure_before_any_submit_pauses_saying_nothing_was_sent(bool closed, string operating)
    {
        var outcome = GuardedFailure.Outcome(false, closed, operating, "\"Next\" (click 2)", "its frame was removed", []);
        var blocked = Assert.IsType<FormOutcome.Blocked>(outcome);
        Assert.Contains(operating.Length > 0 && !closed ? operating : "nothing was sent", blocked.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "")]
    [InlineData(true, "")]
    [InlineData(false, "Your country")]
    public void A_failure_after_the_final_submit_went_out_is_not_confirmed_and_never_a_pause(bool closed, string operating)
    {
        var outcome = GuardedFailure.Outcome(true, closed, operating, "\"Submit\" (click 3)", "the page navigated", []);
        Assert.Contains("no confirmation was seen", Assert.IsType<FormOutcome.NotConfirmed>(outcome).Message, StringComparison.Ordinal);
    }
}
