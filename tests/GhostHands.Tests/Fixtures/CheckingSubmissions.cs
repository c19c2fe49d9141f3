using GhostHands.Fixtures;

namespace GhostHands.Tests.Fixtures;

/// <summary>How a recorded submission is compared with an expectation, for the match modes free-text answers need.</summary>
public sealed class CheckingSubmissions
{
    private static readonly FormExpectation Form = new()
    {
        Name = "any",
        Ats = "Any",
        Difficulty = "none",
        Outcome = new ExpectedOutcome(OutcomeKind.Submitted),
        Fields = new Dictionary<string, FieldExpectation>
        {
            ["location"] = new(Accept: ["San Francisco"], Match: MatchMode.Contains),
            ["skills"] = new(Accept: ["C#", "PostgreSQL"], Match: MatchMode.Set),
        },
    };

    [Theory]
    [InlineData("San Francisco")]
    [InlineData("San Francisco, CA")]
    [InlineData("san francisco, California, United States")]
    public void A_contains_field_accepts_any_text_holding_the_accepted_value(string location) =>
        Assert.Empty(Form.Problems(Submitted(location, "C#", "PostgreSQL")));

    [Theory]
    [InlineData("Oakland, CA")]
    [InlineData("SF")]
    public void A_contains_field_rejects_text_without_it(string location) =>
        Assert.Single(Form.Problems(Submitted(location, "C#", "PostgreSQL")));

    [Fact]
    public void A_set_field_needs_exactly_the_accepted_values_in_any_order()
    {
        Assert.Empty(Form.Problems(Submitted("San Francisco", "PostgreSQL", "C#")));
        Assert.Single(Form.Problems(Submitted("San Francisco", "PostgreSQL")));
        Assert.Single(Form.Problems(Submitted("San Francisco", "PostgreSQL", "C#", "Go")));
    }

    [Fact]
    public void Scored_fields_are_the_required_ones_with_a_known_answer_and_count_right_one_by_one()
    {
        var form = Form with
        {
            Fields = new Dictionary<string, FieldExpectation>(Form.Fields)
            {
                ["nickname"] = new(Required: false, Accept: ["JR"]),
                ["device"] = new(),
            },
        };

        Assert.Equal(["location", "skills"], form.ScoredFields.Order(StringComparer.Ordinal));
        Assert.Equal(["location"], form.ScoredFieldsRight(Submitted("San Francisco, CA", "C#")));
        Assert.Empty(form.ScoredFieldsRight(Submitted("Oakland", "Go")));
    }

    private static Submission Submitted(string location, params string[] skills) => new(
        "any", 1, true, new Dictionary<string, string>(),
        new Dictionary<string, IReadOnlyList<string>> { ["location"] = [location], ["skills"] = skills },
        [], "multipart/form-data", DateTimeOffset.UnixEpoch);
}
