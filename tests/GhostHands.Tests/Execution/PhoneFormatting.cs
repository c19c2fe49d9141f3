using GhostHands.Execution.Forms;

namespace GhostHands.Tests.Execution;

public sealed class WhenFormattingPhoneNumbers
{
    [Theory]
    [InlineData("+1 415 555 0134", "Phone must be in the format (555) 555-5555", "(415) 555-0134")]
    [InlineData("+1 415 555 0134", "Use 555-555-5555", "415-555-0134")]
    [InlineData("(415) 555-0134", "e.g. +1 555 555 5555", "+1 415 555 0134")]
    [InlineData("4155550134", "555.555.5555", "415.555.0134")]
    public void Uses_the_shape_the_field_asks_for(string phone, string hint, string expected) =>
        Assert.Equal(expected, PhoneFormat.Reformat(phone, hint));

    [Fact]
    public void Keeps_the_number_as_given_without_a_hint() =>
        Assert.Equal("+1 415 555 0134", PhoneFormat.Reformat("+1 415 555 0134", null, "", "This field is required"));

    [Fact]
    public void Keeps_the_number_when_the_digits_do_not_fit_the_template() =>
        Assert.Equal("+46 70 000 00 00 1", PhoneFormat.Reformat("+46 70 000 00 00 1", "(555) 555-5555"));
}
