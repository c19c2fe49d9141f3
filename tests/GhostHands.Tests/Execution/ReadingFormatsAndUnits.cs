using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution;

/// <summary>A date written in the format a field names by tokens or shows by an example.</summary>
public sealed class WhenAFieldNamesADateFormat
{
    private static readonly DateTime Date = new(2026, 1, 15);

    [Theory]
    [InlineData("Enter the date in the format DD-MMM-YYYY.", "15-Jan-2026")]
    [InlineData("dd/mm/yyyy", "15/01/2026")]
    [InlineData("Date (D MMM YYYY)", "15 Jan 2026")]
    [InlineData("YYYY-MM-DD", "2026-01-15")]
    [InlineData("Use MMM D, YYYY", "Jan 15, 2026")]
    [InlineData("Format: MMMM D, YYYY", "January 15, 2026")]
    [InlineData("Month DD, YYYY", "January 15, 2026")]
    [InlineData("DD-MON-YYYY", "15-Jan-2026")]
    [InlineData("d.m.yyyy", "15.1.2026")]
    [InlineData("mm/yy", "01/26")]
    [InlineData("MMM YYYY", "Jan 2026")]
    [InlineData("DD / MM / YYYY", "15 / 01 / 2026")]
    public void Tokens_in_any_common_style_are_followed(string text, string written) =>
        Assert.Equal(written, DateFormat.Write(Date, [text]));

    [Theory]
    [InlineData("Example: 09-Feb-2026", "15-Jan-2026")]
    [InlineData("e.g. 24 Mar 2026", "15 Jan 2026")]
    [InlineData("e.g. 31/12/2026", "15/01/2026")]
    [InlineData("12/31/2026", "01/15/2026")]
    [InlineData("March 3, 2026", "January 15, 2026")]
    public void An_example_date_shows_the_format(string text, string written) =>
        Assert.Equal(written, DateFormat.Write(Date, [text]));

    [Theory]
    [InlineData("e.g. 05/03/2026")]
    [InlineData("Tell us when you are free")]
    [InlineData("my day is dd mm")]
    [InlineData("Years in role (YY)")]
    public void A_text_that_says_no_format_unambiguously_gives_none(string text) =>
        Assert.Null(DateFormat.Write(Date, [text]));

    [Fact]
    public void Tokens_win_over_an_example_and_the_first_hint_that_names_tokens_wins() =>
        Assert.Equal("15/01/2026", DateFormat.Write(Date, ["e.g. 2026-03-05", "Please use DD/MM/YYYY", "MM/DD/YYYY"]));

    [Fact]
    public void A_text_field_takes_the_format_from_the_server_message_or_its_label()
    {
        var field = new FormField("g1", "text", "text", "avail", "Available from", "", true, "", [], "Please give this date as DD-MMM-YYYY", null, null, null);
        Assert.Equal("15-Jan-2026", FieldShape.Apply(field, new FieldAnswer("2026-01-15", "userData.start_date", [])).Value);

        var labelled = field with { Label = "Start date (DD/MM/YYYY)", Error = "" };
        Assert.Equal("15/01/2026", FieldShape.Apply(labelled, new FieldAnswer("2026-01-15", "userData.start_date", [])).Value);
    }

    [Theory]
    [InlineData("Write the date like this: 31.12.2026", "15.01.2026")]
    [InlineData("Pick a day from the calendar or type it as yyyy/mm/dd.", "2026/01/15")]
    public void A_text_field_takes_the_format_its_help_text_shows(string help, string written)
    {
        var field = new FormField("g1", "text", "text", "", "When could you begin?", "", true, "", [], "", null, "", null) { Description = help };
        Assert.Equal(written, FieldShape.Apply(field, new FieldAnswer("2026-01-15", "qaOverrides[When could you start?]", [])).Value);
    }

    [Fact]
    public void Help_text_about_what_to_enter_does_not_reshape_a_phone_number()
    {
        var field = new FormField("g1", "text", "tel", "", "Mobile", "", true, "", [], "", null, "", null) { Description = "US and Canadian numbers only." };
        Assert.Equal("+1 415 555 0134", FieldShape.Apply(field, new FieldAnswer("+1 415 555 0134", "userData.phone", [])).Value);
    }
}

/// <summary>A duration the applicant gave, in the unit a field asks for.</summary>
public sealed class WhenAFieldAsksForADurationInAUnit
{
    private static FormField Field(string label, string type = "text", string hints = "", string? placeholder = null) =>
        new("g1", "text", type, "", label, hints, true, "", [], "", null, placeholder, null);

    [Theory]
    [InlineData("Notice required (in days)", "2 weeks", "14")]
    [InlineData("Notice period (weeks)", "1 month", "4")]
    [InlineData("Notice period in months", "2 weeks", "0.5")]
    [InlineData("How many days of notice must you give?", "1 month", "30")]
    [InlineData("How many weeks' notice do you need to give?", "30 days", "4.3")]
    [InlineData("Notice period (days)", "immediately", "0")]
    [InlineData("Notice, in days", "two weeks", "14")]
    [InlineData("Notice period (in weeks)", "10 business days", "1.4")]
    public void The_answer_is_converted_to_the_named_unit(string label, string answer, string written) =>
        Assert.Equal(written, AnswerPlanner.FormatText(Field(label), answer));

    [Fact]
    public void A_unit_named_only_by_the_control_name_counts() =>
        Assert.Equal("14", AnswerPlanner.FormatText(Field("Notice", "number", "notice_period_days number"), "2 weeks"));

    [Theory]
    [InlineData("Notice period", "2 weeks", "2 weeks")]
    [InlineData("Years of experience (in months)", "5", "5")]
    [InlineData("Notice required (in days)", "negotiable", "negotiable")]
    public void Without_a_unit_on_both_sides_nothing_is_converted(string label, string answer, string written) =>
        Assert.Equal(written, AnswerPlanner.FormatText(Field(label), answer));

    [Fact]
    public void A_number_input_without_a_unit_keeps_the_number_as_given() =>
        Assert.Equal("2", AnswerPlanner.FormatText(Field("Notice period", "number"), "2 weeks"));
}

/// <summary>A phone number for an input inside a country-flag widget.</summary>
public sealed class WhenAPhoneInputHasACountryPicker
{
    private static FormField Phone(string shown, string? placeholder = null) =>
        new FormField("g1", "text", "tel", "", "Mobile", "tel", true, "", [], "", null, placeholder, null) { Dialer = "g2", DialShown = shown };

    [Theory]
    [InlineData("GB +44 iti__selected-flag", "44")]
    [InlineData("United Kingdom: +44", "44")]
    [InlineData("iti__flag iti__de", "49")]
    [InlineData("Selected country: Germany", "49")]
    [InlineData("Selected country", null)]
    public void The_shown_country_is_read_from_code_flag_or_name(string shown, string? code) =>
        Assert.Equal(code, PhoneWidget.ShownCode(shown));

    [Fact]
    public void Under_another_country_the_national_number_waits_for_the_applicants_country()
    {
        var answer = PhoneWidget.Plan(Phone("GB +44", "07400 123456"), "+1 415 555 0134", "United States")!;

        Assert.Equal("415 555 0134", answer.Value);
        Assert.Equal("US", answer.DialCountry?.Code);
    }

    [Fact]
    public void Under_the_applicants_country_the_number_takes_the_widgets_national_shape()
    {
        var answer = PhoneWidget.Plan(Phone("US +1", "(201) 555-0123"), "+1 415 555 0134", "United States")!;

        Assert.Equal("(415) 555-0134", answer.Value);
        Assert.Null(answer.DialCountry);
    }

    [Fact]
    public void A_shared_code_goes_to_the_applicants_own_country() =>
        Assert.Equal("CA", PhoneWidget.Plan(Phone("GB +44"), "+1 506 555 0100", "Canada")!.DialCountry?.Code);

    [Fact]
    public void A_code_no_country_list_knows_is_still_chosen_by_its_digits()
    {
        var answer = PhoneWidget.Plan(Phone("+44"), "+995 32 555 0100", "Georgia")!;

        Assert.Equal(new Country("", "995", []).Dial, answer.DialCountry?.Dial);
        Assert.Equal("32 555 0100", answer.Value);
    }

    [Fact]
    public void An_input_without_a_picker_or_a_number_without_a_code_is_left_to_the_usual_rules()
    {
        Assert.Null(PhoneWidget.Plan(Phone("GB +44") with { Dialer = "" }, "+1 415 555 0134", "United States"));
        Assert.Null(PhoneWidget.Plan(Phone("GB +44"), "(415) 555-0134", "United States"));
    }
}
