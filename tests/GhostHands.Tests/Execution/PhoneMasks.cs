using GhostHands.Execution.Forms;

namespace GhostHands.Tests.Execution;

public sealed class WhenTypingIntoMaskedPhoneBoxes
{
    [Theory]
    [InlineData("+1 415 555 0134", "+1 ", "", "415 555 0134")]
    [InlineData("+44 20 7946 0958", "+44", "", "20 7946 0958")]
    [InlineData("+1 415 555 0134", "", "(___) ___-____", "4155550134")]
    [InlineData("+1 415 555 0134", "+1 (___) ___-____", "", "4155550134")]
    [InlineData("+1 415 555 0134", "", "XXX-XXX-XXXX", "4155550134")]
    public void Types_the_national_number_where_the_box_supplies_the_rest(string phone, string shown, string placeholder, string expected) =>
        Assert.Equal(expected, PhoneMask.Typed(phone, shown, placeholder));

    [Theory]
    [InlineData("+1 415 555 0134", "", "")]
    [InlineData("+1 415 555 0134", "+44 ", "")]
    [InlineData("+1 415 555 0134", "", "Mobile number")]
    [InlineData("+1 415 555 0134", "", "(555) 555-5555")]
    [InlineData("+46 70 123 45 67", "", "(___) ___-____")]
    [InlineData("(415) 555-0134", "+1 ", "")]
    public void Types_the_number_as_planned_when_the_box_supplies_nothing_of_it(string phone, string shown, string placeholder) =>
        Assert.Equal(phone, PhoneMask.Typed(phone, shown, placeholder));

    [Theory]
    [InlineData("+1 (415) 555-0134", true)]
    [InlineData("(415) 555-0134", true)]
    [InlineData("14155550134", true)]
    [InlineData("+1 +1 415 555 0134", false)]
    [InlineData("(141) 555-5501", false)]
    [InlineData("+1 ", false)]
    [InlineData("", false)]
    public void Reads_back_whether_the_box_holds_the_number(string shown, bool holds) =>
        Assert.Equal(holds, PhoneMask.Holds(shown, "+1 415 555 0134"));

    [Theory]
    [InlineData("(___) ___-____", 10)]
    [InlineData("+1 ### ### ####", 10)]
    [InlineData("(555) 555-5555", 0)]
    [InlineData("Phone number", 0)]
    [InlineData("___", 0)]
    public void Counts_the_slots_of_a_template(string template, int slots) =>
        Assert.Equal(slots, PhoneMask.Slots(template));
}

public sealed class WhenSearchingPlainSuggestions
{
    [Fact]
    public void Searches_the_whole_answer_then_its_part_before_the_comma() =>
        Assert.Equal(["San Francisco, California", "San Francisco"], PlainSuggestions.Queries("San Francisco, California"));

    [Fact]
    public void Searches_a_one_part_answer_once() =>
        Assert.Equal(["LinkedIn"], PlainSuggestions.Queries("LinkedIn"));
}
