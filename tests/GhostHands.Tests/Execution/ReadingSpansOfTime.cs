using GhostHands.Execution.Forms;

namespace GhostHands.Tests.Execution;

/// <summary>Options that stand for spans of time, however they spell their numbers and units.</summary>
public sealed class WhenAnOptionIsASpanOfTime
{
    private const double Open = double.MaxValue;

    [Theory]
    [InlineData("Straight away", 0, 0)]
    [InlineData("Right away", 0, 0)]
    [InlineData("Immediately available", 0, 0)]
    [InlineData("Available now", 0, 0)]
    [InlineData("A month", 30, 30)]
    [InlineData("Two weeks", 14, 14)]
    [InlineData("A couple of weeks", 14, 14)]
    [InlineData("One to three months", 30, 90)]
    [InlineData("2 weeks to 1 month", 14, 30)]
    [InlineData("1–3 months", 30, 90)]
    [InlineData("10 to 20 business days", 10, 20)]
    [InlineData("Six weeks or more", 42, Open)]
    [InlineData("3+ months", 90, Open)]
    [InlineData("Within two weeks", double.MinValue, 14)]
    [InlineData("1.5 months", 45, 45)]
    public void Its_days_are_read_in_each_ends_own_unit(string text, double low, double high) =>
        Assert.Equal((low, high), Spans.Days(text));

    [Theory]
    [InlineData("More than 3 months")]
    [InlineData("Over three months")]
    public void An_open_span_starts_after_its_number(string text)
    {
        var span = Spans.Days(text);

        Assert.True(span is { Low: > 90 and < 91, High: Open }, $"{text}: {span}");
    }

    [Fact]
    public void Under_a_number_of_days_ends_before_it()
    {
        var span = Spans.Days("Under 30 days");

        Assert.True(span is { Low: double.MinValue, High: < 30 and > 29 }, $"{span}");
    }

    [Theory]
    [InlineData("2 weeks' notice required by law?")]
    [InlineData("Monday to Friday")]
    [InlineData("Five days a week")]
    [InlineData("Night shift")]
    [InlineData("15 March 2027")]
    [InlineData("5 to 7")]
    [InlineData("")]
    public void Texts_that_are_no_spans_are_not_read_as_one(string text) =>
        Assert.Null(Spans.Days(text));

    [Theory]
    [InlineData(0, "Straight away|A couple of weeks|A month|Two to three months|More than three months", "Straight away")]
    [InlineData(20, "Straight away|A couple of weeks|A month|Two to three months|More than three months", "A month")]
    [InlineData(21, "Immediately available|Under 2 weeks|2 weeks to 1 month|1-3 months|3+ months", "2 weeks to 1 month")]
    [InlineData(60, "Immediately available|Under 2 weeks|2 weeks to 1 month|1-3 months|3+ months", "1-3 months")]
    [InlineData(120, "Right away|Within one month|One to three months|Over three months", "Over three months")]
    [InlineData(10, "Monday to Friday|Weekends only|Evenings", null)]
    public void The_start_picks_the_span_holding_its_days(int days, string options, string? expected)
    {
        var list = options.Split('|').Select((t, i) => new FieldOption($"o{i}", "", t, false)).ToList();

        Assert.Equal(expected, StartTiming.Pick(days, list)?.Text);
    }

    [Theory]
    [InlineData("a couple of weeks", 2, 'w')]
    [InlineData("Five days", 5, 'd')]
    [InlineData("Right away", 0, 'd')]
    [InlineData("Straight away", 0, 'd')]
    [InlineData("Twelve weeks", 12, 'w')]
    public void A_notice_answer_in_words_is_read_as_a_length(string answer, double amount, char unit) =>
        Assert.Equal((amount, unit), Durations.Parse(answer));
}
