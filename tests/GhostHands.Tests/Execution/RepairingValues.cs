using GhostHands.Execution.Forms;

namespace GhostHands.Tests.Execution;

/// <summary>Shaping a value from what a field or its error text says, and splitting a phone number by calling code.</summary>
public sealed class WhenShapingAValueFromWhatTheFieldSays
{
    private static FormField Text(string label, string error = "", string? placeholder = null, string? native = null, string type = "text") =>
        new("g1", "text", type, "", label, "", true, "", [], error, native, placeholder, null);

    private static string Shape(FormField field, string value) => FieldShape.Apply(field, new FieldAnswer(value, "qaOverrides[x]", [])).Value;

    [Theory]
    [InlineData("Use the format MM/DD/YYYY.", "2026-01-15", "01/15/2026")]
    [InlineData("Start date must be YYYY-MM-DD", "01/15/2026", "2026-01-15")]
    [InlineData("Bitte im Format DD.MM.YYYY", "2026-01-15", "15.01.2026")]
    [InlineData("Month and year only (MM/YYYY)", "2026-01-15", "01/2026")]
    public void A_date_takes_the_format_the_error_names(string error, string value, string shaped) =>
        Assert.Equal(shaped, Shape(Text("Start date", error), value));

    [Fact]
    public void A_placeholder_or_title_names_the_date_format_before_any_error()
    {
        Assert.Equal("01/15/2026", Shape(Text("Available from", placeholder: "mm/dd/yyyy"), "2026-01-15"));
        Assert.Equal("01/15/2026", Shape(Text("Available from") with { Title = "MM/DD/YYYY" }, "2026-01-15"));
    }

    [Fact]
    public void A_date_input_keeps_its_iso_value() =>
        Assert.Equal("2026-01-15", Shape(Text("Start", "Use MM/DD/YYYY", type: "date"), "2026-01-15"));

    [Fact]
    public void A_phone_asked_for_in_e164_words_becomes_plus_and_digits() =>
        Assert.Equal("+14155550142", Shape(Text("Mobile phone", "Phone numbers must be in E.164 format"), "+1 (415) 555-0142"));

    [Theory]
    [InlineData("Must be at most 20 characters.", 20)]
    [InlineData("Use no more than 12 characters", 12)]
    [InlineData("30 characters max", 30)]
    public void A_value_longer_than_the_error_allows_is_cut_at_a_word(string error, int max)
    {
        var shaped = Shape(Text("Headline", error), "Senior platform engineer with payments and logistics experience");

        Assert.InRange(shaped.Length, 1, max);
        Assert.StartsWith(shaped, "Senior platform engineer with payments and logistics experience", StringComparison.Ordinal);
    }

    [Fact]
    public void The_maxlength_attribute_limits_the_value_without_any_error() =>
        Assert.Equal("abcd", Shape(Text("Code") with { MaxLength = 4 }, "abcdefgh"));

    [Fact]
    public void Digits_only_keeps_the_digits() =>
        Assert.Equal("120000", Shape(Text("Salary", "Numbers only, please"), "$120,000"));

    [Fact]
    public void A_message_that_does_not_say_how_changes_nothing() =>
        Assert.Equal("jordan@example.org", Shape(Text("Email", "Please use the address of your employee account."), "jordan@example.org"));

    [Theory]
    [InlineData("+1 (415) 555-0142", "1")]
    [InlineData("+44 20 7946 0958", "44")]
    [InlineData("+353 1 555 0100", "353")]
    [InlineData("+7 495 555 01 00", "7")]
    [InlineData("(415) 555-0142", null)]
    public void The_calling_code_is_read_from_the_number_alone(string phone, string? code) =>
        Assert.Equal(code, WidgetAnswers.CallingCode(phone));
}

/// <summary>When the engine may submit a form again within one attempt.</summary>
public sealed class WhenAFormIsRejected
{
    private static Dictionary<string, FilledField> Filled(string phone) => new()
    {
        ["text|Phone|phone"] = new FilledField("Phone", "phone", phone, "userData.phone"),
        ["file|Resume|resume"] = new FilledField("Resume", "resume", "cv.pdf", "resumePath"),
    };

    [Fact]
    public void A_repaired_value_allows_one_more_submission()
    {
        var guard = new SubmitGuard(3);
        guard.Clicked(Filled("+1 415 555 0134"));
        Assert.False(guard.Rejected(["Phone: use (555) 555-5555"]));

        Assert.Null(guard.Refusal(Filled("(415) 555-0134")));
    }

    [Fact]
    public void Nothing_changed_since_the_rejection_refuses_another_submission()
    {
        var guard = new SubmitGuard(3);
        guard.Clicked(Filled("+1 415 555 0134"));
        guard.Rejected(["Email: use your employee address"]);

        Assert.NotNull(guard.Refusal(Filled("+1 415 555 0134")));
    }

    [Fact]
    public void The_same_errors_after_a_repair_are_an_unchanged_rejection()
    {
        var guard = new SubmitGuard(3);
        guard.Clicked(Filled("+1 415 555 0134"));
        guard.Rejected(["Phone: invalid"]);
        guard.Clicked(Filled("(415) 555-0134"));

        Assert.True(guard.Rejected(["phone: invalid "]));
    }

    [Fact]
    public void No_more_than_the_limit_is_sent_even_when_every_rejection_differs()
    {
        var guard = new SubmitGuard(3);
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(guard.Refusal(Filled($"+1 415 555 013{i}")));
            guard.Clicked(Filled($"+1 415 555 013{i}"));
            guard.Rejected([$"Phone: problem {i}"]);
        }

        Assert.Equal(3, guard.Submissions);
        Assert.NotNull(guard.Refusal(Filled("+1 415 555 0199")));
    }

    [Fact]
    public void Each_step_a_wizard_moves_on_from_starts_the_count_again()
    {
        var guard = new SubmitGuard(3);
        for (var step = 0; step < 5; step++)
        {
            Assert.Null(guard.Refusal(Filled("+1 415 555 0134")));
            guard.Clicked(Filled("+1 415 555 0134"));
            guard.Accepted(nextStep: true);
        }

        Assert.Equal(0, guard.Submissions);
    }

    [Fact]
    public void A_click_the_browser_refused_is_not_a_submission()
    {
        var guard = new SubmitGuard(3);
        guard.Clicked(Filled("+1 415 555 0134"));
        guard.RefusedByBrowser();

        Assert.Equal(0, guard.Submissions);
        Assert.Equal(1, guard.BrowserRefusals);
        Assert.Null(guard.Refusal(Filled("+1 415 555 0134")));
    }
}

/// <summary>A format a refusal named, kept once the page stops naming it.</summary>
public sealed class WhenARefusedFormatIsNoLongerShown
{
    private static FormField Date(string error = "") => new("g7", "text", "text", "available", "Available from", "", true, "", [], error, null, null, null);

    private static readonly FieldAnswer Start = new("2026-01-15", "userData.start_date", []);

    [Fact]
    public void The_repaired_shape_is_kept_after_the_message_is_gone()
    {
        var formats = new RefusedFormats();

        Assert.Equal("15.01.2026", formats.Apply(Date("Please write the date as DD.MM.YYYY"), Start).Value);
        Assert.Equal("15.01.2026", formats.Apply(Date() with { Id = "g19" }, Start).Value);
    }

    [Fact]
    public void A_message_that_changed_nothing_is_not_kept()
    {
        var formats = new RefusedFormats();

        formats.Apply(Date("This field is required."), Start);

        Assert.Equal("2026-01-15", formats.Apply(Date(), Start).Value);
    }

    [Fact]
    public void Another_field_is_not_reshaped_by_it()
    {
        var formats = new RefusedFormats();
        formats.Apply(Date("Use MM/DD/YYYY"), Start);

        Assert.Equal("2026-01-15", formats.Apply(Date() with { Label = "Graduation date", Name = "graduated" }, Start).Value);
    }
}
