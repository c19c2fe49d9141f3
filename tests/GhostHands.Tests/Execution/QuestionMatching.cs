using GhostHands.Execution.Forms;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution;

public sealed class WhenMatchingQuestionsToAnswers
{
    private static readonly IReadOnlyDictionary<string, string> Answers = FixtureCatalog.Applicant.QaOverrides;

    [Theory]
    [InlineData("U.S. work authorization", "Are you legally authorized to work in the US?")]
    [InlineData("Are you eligible to be employed in the U.S.?", "Are you legally authorized to work in the US?")]
    [InlineData("Do you hold a valid permit to work in the United States?", "Are you legally authorized to work in the US?")]
    [InlineData("Do you need a work visa or sponsorship to take up this job?", "Will you now or in the future require visa sponsorship?")]
    [InlineData("Will you now, or in the future, require Contoso to file an immigration petition on your behalf?", "Will you now or in the future require visa sponsorship?")]
    [InlineData("Are you open to moving to Austin, TX?", "Are you willing to relocate?")]
    [InlineData("Total years of professional experience", "How many years of professional experience do you have?")]
    [InlineData("How did you hear about us?", "Where did you first learn about this opening?")]
    [InlineData("Source", "Where did you first learn about this opening?")]
    [InlineData("Are you at least 18 years old?", "Are you 18 years of age or older?")]
    [InlineData("Preferred work setting(s)", "Which work arrangements would you consider?")]
    [InlineData("State", "Which US state do you live in?")]
    [InlineData("Country", "Which country do you live in?")]
    public void Finds_the_answer_worded_differently(string question, string expectedKey) =>
        Assert.Equal(expectedKey, QuestionMatcher.Match(question, Answers)?.Key);

    [Theory]
    [InlineData("Active DoD security clearance ID number")]
    [InlineData("Who referred you for this position?")]
    [InlineData("Gender")]
    [InlineData("Are you Hispanic/Latino?")]
    public void Leaves_unrelated_questions_unanswered(string question) =>
        Assert.Null(QuestionMatcher.Match(question, Answers));

    [Fact]
    public void An_answer_keyed_by_the_exact_question_wins() =>
        Assert.Equal("S-1234", QuestionMatcher.Match("Active DoD security clearance ID number",
            new Dictionary<string, string> { ["active dod security clearance ID number "] = "S-1234" })?.Value);

    [Theory]
    [InlineData("yes", "Yes")]
    [InlineData("true", "Yes")]
    [InlineData("no", "No")]
    [InlineData("N", "No")]
    public void Yes_and_no_match_their_options_in_any_spelling(string answer, string option) =>
        Assert.Equal(option, OptionMatcher.Best(answer, Options("Please select", "Yes", "No"))?.Text);

    [Theory]
    [InlineData("5", "5\u20137 years")]
    [InlineData("1", "0\u20131 years")]
    [InlineData("12", "11+ years")]
    public void A_number_picks_the_range_bucket_that_holds_it(string answer, string option) =>
        Assert.Equal(option, OptionMatcher.Best(answer, Options("Select\u2026", "0\u20131 years", "2\u20134 years", "5\u20137 years", "8\u201310 years", "11+ years"))?.Text);

    [Theory]
    [InlineData("1", "Less than 2")]
    [InlineData("5", "5 to 9")]
    [InlineData("10", "10 or more")]
    public void Worded_ranges_are_understood(string answer, string option) =>
        Assert.Equal(option, OptionMatcher.Best(answer, Options("Select...", "Less than 2", "2 to 4", "5 to 9", "10 or more"))?.Text);

    [Fact]
    public void Country_names_match_their_long_form() =>
        Assert.Equal("United States of America", OptionMatcher.Best("United States", Options("Canada", "United Kingdom", "United States of America"))?.Text);

    [Fact]
    public void A_word_inside_an_option_matches() =>
        Assert.Equal("Job Board - LinkedIn", OptionMatcher.Best("LinkedIn", Options("Job Board - Indeed", "Job Board - LinkedIn", "Referral"))?.Text);

    [Fact]
    public void A_list_answer_picks_each_option() =>
        Assert.Equal(["English", "Spanish"], OptionMatcher.Many("English, Spanish", Options("English", "French", "Spanish")).Select(o => o.Text));

    [Fact]
    public void No_option_is_better_than_a_wrong_one() =>
        Assert.Null(OptionMatcher.Best("Klingon", Options("English", "French")));

    private static List<FieldOption> Options(params string[] texts) =>
        [.. texts.Select((t, i) => new FieldOption($"o{i}", i == 0 && t.StartsWith("Select", StringComparison.Ordinal) || t == "Please select" ? "" : t, t, false))];
}
