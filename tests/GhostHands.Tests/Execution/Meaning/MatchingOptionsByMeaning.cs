using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

public sealed class WhenAnAnswerIsMatchedToAnOption
{
    [Theory]
    [InlineData("Bachelors", "Bachelor's degree")]
    [InlineData("Masters", "Master's degree")]
    [InlineData("PhD", "Doctorate")]
    public void An_education_level_finds_its_option(string answer, string option) =>
        Assert.Equal(option, OptionMatcher.Best(answer, Options("High school", "Associate degree", "Bachelor's degree", "Master's degree", "Doctorate"))?.Text);

    [Theory]
    [InlineData("US", "United States")]
    [InlineData("USA", "United States")]
    [InlineData("UK", "United Kingdom")]
    [InlineData("Deutschland", "Germany")]
    public void A_country_code_or_other_name_is_the_country(string answer, string option) =>
        Assert.Equal(option, OptionMatcher.Best(answer, Options("Canada", "Germany", "United Kingdom", "United States"))?.Text);

    [Theory]
    [InlineData("United States of America", "Australia", "Japan")]
    [InlineData("US", "Austria", "Australia")]
    [InlineData("United Kingdom", "Ukraine", "United Arab Emirates")]
    [InlineData("Canada", "Kenya", "Nigeria")]
    public void A_country_is_never_another_country_however_near(string answer, string first, string second) =>
        Assert.Null(OptionMatcher.Best(answer, Options(first, second)));

    [Theory]
    [InlineData("+1 (415) 555-0142", "US", "United States (+1)")]
    [InlineData("+1 (416) 555-0142", "Canada", "Canada (+1)")]
    [InlineData("+44 20 7946 0958", null, "United Kingdom (+44)")]
    public void A_phone_number_picks_its_calling_code(string phone, string? country, string option)
    {
        var profile = new Dictionary<string, string> { ["phone"] = phone };
        if (country is not null)
        {
            profile["country"] = country;
        }

        var answer = AnswerFinder.Find("Country code", "", Applicants.With(profile));

        Assert.NotNull(answer);
        Assert.Equal(option, OptionMatcher.Best(answer.Value, Options("Antigua (+1-268)", "Canada (+1)", "Ireland (+353)", "United Kingdom (+44)", "United States (+1)"))?.Text);
    }

    [Theory]
    [InlineData("7", "5-10 years")]
    [InlineData("0.5", "Less than 1 year")]
    [InlineData("15", "More than 10 years")]
    public void Years_pick_the_range_that_holds_them(string answer, string option) =>
        Assert.Equal(option, OptionMatcher.Best(answer, Options("Less than 1 year", "1-4 years", "5-10 years", "More than 10 years"))?.Text);

    [Theory]
    [InlineData("yes", "I am authorized to work in the country for any employer")]
    [InlineData("no", "I am not authorized to work in the country")]
    public void Yes_or_no_picks_the_statement_that_says_it(string answer, string option) =>
        Assert.Equal(option, OptionMatcher.Best(answer, Options("I am authorized to work in the country for any employer", "I am not authorized to work in the country"))?.Text);

    [Fact]
    public void A_declined_answer_picks_the_decline_option() =>
        Assert.Equal("I don't wish to answer", OptionMatcher.Best(AnswerFinder.Decline, Options("Male", "Female", "Non-binary", "I don't wish to answer"))?.Text);

    [Theory]
    [InlineData("2 weeks", "15 days")]
    [InlineData("3 weeks", "30 days")]
    [InlineData("1 month", "30 days")]
    [InlineData("10 weeks", "90 days")]
    public void A_length_no_option_names_takes_the_bucket_ending_soonest_after_it(string notice, string option) =>
        Assert.Equal(option, OptionMatcher.Best(notice, Options("Serving notice / available now", "15 days", "30 days", "60 days", "90 days"))?.Text);

    [Theory]
    [InlineData("1 month", "1 week|2 weeks|4 weeks|8 weeks|12 weeks", "4 weeks")]
    [InlineData("3 months", "4 weeks|8 weeks|16 weeks|13 weeks", "13 weeks")]
    [InlineData("3 months", "4 weeks|8 weeks|12 weeks|16 weeks", "12 weeks")]
    [InlineData("1 year", "6 months|12 months|More than 12 months", "12 months")]
    [InlineData("1 year", "26 weeks|52 weeks|More than 52 weeks", "52 weeks")]
    public void A_length_takes_the_option_meaning_the_same_length_in_other_units(string answer, string options, string option) =>
        Assert.Equal(option, OptionMatcher.Best(answer, Options(options.Split('|')))?.Text);

    [Fact]
    public void A_length_past_every_closed_bucket_takes_the_open_one_after_it() =>
        Assert.Equal("1 month+", OptionMatcher.Best("3 weeks", Options("Immediately", "1-2 weeks", "1 month+"))?.Text);

    [Fact]
    public void A_length_far_from_every_option_still_takes_the_bucket_ending_soonest_after_it() =>
        Assert.Equal("8 weeks", OptionMatcher.Best("5 weeks", Options("1 week", "4 weeks", "8 weeks"))?.Text);

    [Fact]
    public void An_answer_that_means_no_option_matches_none() =>
        Assert.Null(OptionMatcher.Best("Quantum chromodynamics", Options("Bachelor's degree", "Master's degree", "Doctorate")));

    [Theory]
    [InlineData("he/him", null)]
    [InlineData("He / Him", null)]
    [InlineData("they/them", "they / them")]
    public void A_set_of_pronouns_is_only_the_same_set(string answer, string? option) =>
        Assert.Equal(option, OptionMatcher.Best(answer, Options("she / her", "they / them", "ze / zir"))?.Text);

    [Theory]
    [InlineData("he/him", "He / Him / His")]
    [InlineData("she/her", "She / Her / Hers")]
    public void A_set_of_pronouns_finds_its_option_written_out(string answer, string option) =>
        Assert.Equal(option, OptionMatcher.Best(answer, Options("He / Him / His", "She / Her / Hers", "They / Them / Theirs", "Prefer not to say"))?.Text);

    private static List<FieldOption> Options(params string[] texts) => [.. texts.Select((t, i) => new FieldOption($"o{i}", t, t, false))];
}

public sealed class WhenTheEmbeddingModelRuns
{
    [Fact]
    public async Task It_returns_unit_vectors_of_the_model_dimension_through_the_abstraction()
    {
        Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>> generator = MiniLmEmbeddings.Shared;

        var embeddings = await generator.GenerateAsync(["What is your notice period?", "How much notice must you give?"]);

        Assert.All(embeddings, e => Assert.Equal(MiniLmEmbeddings.Dimensions, e.Vector.Length));
        Assert.All(embeddings, e => Assert.InRange(Math.Sqrt(e.Vector.ToArray().Sum(v => v * v)), 0.999, 1.001));
    }

    [Fact]
    public void Paraphrases_score_higher_than_unrelated_questions() =>
        Assert.True(Similarity.Of("What is your notice period?", "How much notice must you give?")
            > Similarity.Of("What is your notice period?", "What is your favourite colour?"));
}

public sealed class WhenAFormAsksForTheCallingCodeApart
{
    [Theory]
    [InlineData("+1 (415) 555-0142", "(415) 555-0142")]
    [InlineData("+44 20 7946 0958", "20 7946 0958")]
    [InlineData("+1-415-555-0142", "415-555-0142")]
    [InlineData("(415) 555-0142", "(415) 555-0142")]
    public void The_national_number_is_the_rest(string phone, string national) =>
        Assert.Equal(national, PhoneFormat.National(phone));
}

public sealed class WhenAnAnswerLooksLikeACountryCode
{
    [Theory]
    [InlineData("no", null)]
    [InlineData("NO", "NO")]
    [InlineData("us", "US")]
    [InlineData("Deutschland", "DE")]
    public void Only_capitals_are_a_code(string text, string? code) =>
        Assert.Equal(code, Countries.Find(text)?.Code);
}
