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

public sealed class WhenReadingPhoneMasks
{
    [Theory]
    [InlineData("Please use the format ###.###.####", "415.555.0134")]
    [InlineData("Mobile: XXX XXX XXXX", "415 555 0134")]
    [InlineData("+1 ### ### ####", "+1 415 555 0134")]
    [InlineData("+1-(XXX)-XXX-XXXX", "+1-(415)-555-0134")]
    [InlineData("Format: 999/999-9999", "415/555-0134")]
    [InlineData("000 000 0000", "415 555 0134")]
    [InlineData("(###) ###-#### ext. ####", "(415) 555-0134")]
    [InlineData("xxx-xxx-xxxx x####", "415-555-0134")]
    [InlineData("1 (###)###-####", "1 (415)555-0134")]
    public void Writes_the_number_in_the_mask(string hint, string expected) =>
        Assert.Equal(expected, PhoneFormat.Reformat("+1 415 555 0134", hint));

    [Theory]
    [InlineData("+44 #### ######", "+44 20 7946 0958", "+44 2079 460958")]
    [InlineData("+## ## #### ####", "+44 20 7946 0958", "+44 20 7946 0958")]
    public void Writes_numbers_of_other_countries_in_the_mask(string hint, string phone, string expected) =>
        Assert.Equal(expected, PhoneFormat.Reformat(phone, hint));

    [Theory]
    [InlineData(@"^\(\d{3}\) \d{3}-\d{4}$", "(###) ###-####")]
    [InlineData(@"\+1 [0-9]{3}\.[0-9]{3}\.[0-9]{4}", "+1 ###.###.####")]
    [InlineData(@"\d{3}[-. ]?\d{3}[-. ]?\d{4}", "##########")]
    public void Reads_the_mask_a_pattern_spells_out(string pattern, string expected) =>
        Assert.Equal(expected, PhoneTemplate.FromPattern(pattern));

    [Theory]
    [InlineData(@"[0-9]+")]
    [InlineData(@"\+?\d{10,15}")]
    [InlineData(@"[A-Z]{2}\d{6}")]
    public void Reads_no_mask_from_a_pattern_of_no_fixed_shape(string pattern) =>
        Assert.Null(PhoneTemplate.FromPattern(pattern));

    [Fact]
    public void Reads_a_mask_but_not_a_number_to_call_from_help_text()
    {
        Assert.Equal(["(###) ###-####"], PhoneTemplate.In("Questions? Call (800) 555-0199. Write yours as (999) 999-9999.", masksOnly: true));
    }

    [Fact]
    public void Keeps_the_number_when_no_mask_fits_it() =>
        Assert.Equal("+1 415 555 0134", PhoneFormat.Reformat("+1 415 555 0134", "Reference ###-####-####-##", "max 40 characters"));
}
