using GhostHands.Execution.Forms;

namespace GhostHands.Tests.Execution;

/// <summary>Dates the page wrote itself are kept, and a pause for controls the page would not let be answered names them.</summary>
public sealed class WhenThePageWritesADateOrLocksAControl
{
    private static FormField Box(string label, string value, string group = "", bool readOnly = false) =>
        new("g1", "text", "text", "d", label, "", true, value, [], "", null, null, null) { Group = group, ReadOnly = readOnly };

    [Theory]
    [InlineData("Date", "12/07/2026", "", true)]
    [InlineData("Date signed", "2026-12-07", "", false)]
    [InlineData("Today's date", "December 7, 2026", "Declaration", false)]
    [InlineData("Date of this declaration", "07/12/2026", "", true)]
    public void A_date_the_page_wrote_beside_a_question_not_about_starting_is_kept(string label, string value, string group, bool readOnly) =>
        Assert.True(PageDates.KeepsPageDate(Box(label, value, group, readOnly), filledByEngine: false));

    [Theory]
    [InlineData("Available from", "12/07/2026", "")]
    [InlineData("When could you start?", "2026-12-07", "")]
    [InlineData("Date", "12/07/2026", "Availability date")]
    [InlineData("Earliest date you could begin", "12/07/2026", "")]
    public void A_date_the_page_wrote_into_a_question_about_starting_is_replaced(string label, string value, string group) =>
        Assert.False(PageDates.KeepsPageDate(Box(label, value, group), filledByEngine: false));

    [Theory]
    [InlineData("Date", "")]
    [InlineData("Date", "MM/DD/YYYY")]
    [InlineData("Signature", "Jordan Rivera")]
    public void An_empty_box_or_one_not_holding_a_date_is_not_kept(string label, string value) =>
        Assert.False(PageDates.KeepsPageDate(Box(label, value), filledByEngine: false));

    [Fact]
    public void A_date_the_engine_wrote_itself_is_not_the_pages()
    {
        Assert.False(PageDates.KeepsPageDate(Box("Date", "01/15/2026"), filledByEngine: true));
        Assert.False(PageDates.KeepsPageDate(Box("Date", "12/07/2026") with { Kind = "select" }, filledByEngine: false));
    }

    [Fact]
    public void The_pause_names_each_control_and_why_in_plain_words()
    {
        var message = StuckControls.Message([("Which shift would you work?", "it is not enabled"), ("", "<div class=\"veil\"> covers it")]);

        Assert.Contains("\"Which shift would you work?\" (the page keeps it disabled)", message, StringComparison.Ordinal);
        Assert.Contains("\"an unlabelled control\" (<div class=\"veil\"> covers it)", message, StringComparison.Ordinal);
        Assert.Contains("nothing was submitted", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_label_or_reason_is_shortened()
    {
        var message = StuckControls.Message([(new string('q', 300), new string('r', 300))]);

        Assert.True(message.Length < 400, message);
        Assert.Contains("...", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_shadow_root_holding_a_control_is_found_with_its_element_and_an_open_one_is_not()
    {
        const string tree = """
            { "localName": "", "children": [ { "localName": "html", "children": [ { "localName": "body", "children": [
              { "localName": "x-open", "shadowRoots": [ { "shadowRootType": "open", "children": [ { "localName": "input" } ] } ] },
              { "localName": "x-badge", "shadowRoots": [ { "shadowRootType": "closed", "children": [ { "localName": "span" } ] } ] },
              { "localName": "iframe", "contentDocument": { "localName": "", "children": [ { "localName": "x-form",
                "shadowRoots": [ { "shadowRootType": "closed", "children": [ { "localName": "form", "children": [ { "localName": "select" } ] } ] } ] } ] } }
            ] } ] } ] }
            """;

        Assert.Equal("x-form", ShadowTree.ClosedHost(System.Text.Json.JsonDocument.Parse(tree).RootElement));
        Assert.Null(ShadowTree.ClosedHost(System.Text.Json.JsonDocument.Parse("""{ "localName": "x-open", "shadowRoots": [ { "shadowRootType": "open", "children": [ { "localName": "input" } ] } ] }""").RootElement));
    }
}
