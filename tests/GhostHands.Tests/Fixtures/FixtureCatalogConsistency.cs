using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Fixtures;

/// <summary>
/// Every expectation says where its answer comes from, and that source exists in the applicant profile: an expected
/// value nobody could derive would measure nothing. Also the split between development and held-out forms.
/// </summary>
public sealed partial class FixtureCatalogConsistency
{
    private static readonly JsonObject UserData = JsonNode.Parse(FixtureCatalog.ApplicantJson)!["userData"]!.AsObject();

    public static TheoryData<string> AllForms => [.. FixtureCatalog.AllForms];

    [Theory]
    [MemberData(nameof(AllForms))]
    public void Every_from_reference_names_a_value_the_applicant_has(string form)
    {
        var unresolved = FixtureCatalog.Expected(form).Fields
            .Where(f => f.Value.From is not null)
            .SelectMany(f => f.Value.From!.Split(" + ").Select(source => (Field: f.Key, Source: source.Trim())))
            .Where(r => !Resolves(r.Source))
            .Select(r => $"{r.Field}: {r.Source}")
            .ToList();

        Assert.Empty(unresolved);
    }

    [Theory]
    [MemberData(nameof(AllForms))]
    public void Checked_fields_list_what_they_accept_and_paused_forms_name_their_question(string form)
    {
        var expected = FixtureCatalog.Expected(form);

        Assert.All(expected.Fields.Where(f => f.Value.Accept is not null), f => Assert.NotEmpty(f.Value.Accept!));
        Assert.All(expected.Fields.Where(f => f.Value.Absent), f => Assert.False(f.Value.Required, $"{f.Key} cannot be both required and absent"));
        if (expected.Outcome.Kind == OutcomeKind.PausedForAnswer)
        {
            Assert.False(string.IsNullOrWhiteSpace(expected.Outcome.Question));
        }
    }

    [Fact]
    public void Development_held_out_and_retired_forms_are_separate_and_together_make_the_catalogue()
    {
        Assert.True(FixtureCatalog.HeldOutForms.Count >= 10, $"only {FixtureCatalog.HeldOutForms.Count} held-out forms");
        Assert.Empty(FixtureCatalog.HeldOutForms.Intersect(FixtureCatalog.DevelopmentForms));
        Assert.Empty(FixtureCatalog.RetiredForms.Intersect(FixtureCatalog.DevelopmentForms));
        Assert.Empty(FixtureCatalog.RetiredForms.Intersect(FixtureCatalog.HeldOutForms));
        Assert.Equal(
            FixtureCatalog.AllForms,
            FixtureCatalog.DevelopmentForms.Concat(FixtureCatalog.HeldOutForms).Concat(FixtureCatalog.RetiredForms).Order(StringComparer.Ordinal));
        Assert.All(FixtureCatalog.HeldOutForms, f => Assert.True(FixtureCatalog.Expected(f).HeldOut && !FixtureCatalog.Expected(f).Retired));
        Assert.All(FixtureCatalog.RetiredForms, f => Assert.True(FixtureCatalog.Expected(f).Retired && !FixtureCatalog.Expected(f).HeldOut));
        Assert.All(FixtureCatalog.DevelopmentForms, f => Assert.False(FixtureCatalog.Expected(f).HeldOut || FixtureCatalog.Expected(f).Retired));
    }

    public static TheoryData<string> HeldOutBatches => [.. FixtureCatalog.HeldOutBatches];

    [Theory]
    [MemberData(nameof(HeldOutBatches))]
    public void Each_held_out_batch_is_dated_and_has_at_least_ten_forms(string batch)
    {
        // A second batch written on the same day carries a sequence number ("2026-12-07-2"), which still sorts after the first.
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}(-[2-9])?$", batch);
        Assert.True(DateOnly.TryParseExact(batch[..10], "yyyy-MM-dd", out _), $"batch '{batch}' does not start with a yyyy-MM-dd date");
        Assert.True(FixtureCatalog.HeldOutFormsOf(batch).Count >= 10, $"batch {batch} has only {FixtureCatalog.HeldOutFormsOf(batch).Count} forms");
    }

    [Theory]
    [MemberData(nameof(HeldOutBatches))]
    public void At_most_two_forms_of_a_held_out_batch_expect_anything_but_a_submission(string batch) =>
        Assert.True(FixtureCatalog.HeldOutFormsOf(batch).Count(f => FixtureCatalog.Expected(f).Outcome.Kind != OutcomeKind.Submitted) <= 2);

    [Fact]
    public void Every_held_out_batch_was_written_after_every_retired_one_and_development_forms_name_no_batch()
    {
        // A held-out batch measures engine work done after it was written; one older than a retired batch would have
        // been written before work that read forms like it.
        var newestRetired = FixtureCatalog.RetiredBatches.DefaultIfEmpty(FormExpectation.FirstBatch).Max(StringComparer.Ordinal)!;
        Assert.All(FixtureCatalog.HeldOutBatches, b => Assert.True(string.CompareOrdinal(b, newestRetired) > 0, $"held-out batch {b} is not newer than retired batch {newestRetired}"));
        Assert.All(FixtureCatalog.DevelopmentForms, f => Assert.Equal(FormExpectation.FirstBatch, FixtureCatalog.Expected(f).Batch));
    }

    [Fact]
    public void The_typed_applicant_reads_every_profile_key_of_the_json()
    {
        var profile = FixtureCatalog.Applicant.UserData;

        Assert.Equal(5, profile.YearsExperience);
        Assert.Equal(["English", "Spanish"], profile.Languages);
        Assert.Contains("PostgreSQL", profile.Skills!);
        Assert.Equal("2026-01-15", profile.StartDate);
        Assert.All(UserData, p => Assert.NotNull(p.Value));
    }

    private static bool Resolves(string source)
    {
        var qa = QaReference().Match(source);
        if (qa.Success)
        {
            return FixtureCatalog.Applicant.QaOverrides.ContainsKey(qa.Groups["key"].Value);
        }

        return source.StartsWith("userData.", StringComparison.Ordinal) && UserData[source["userData.".Length..]] is not null;
    }

    [GeneratedRegex(@"^qaOverrides\[(?<key>.+)\]$")]
    private static partial Regex QaReference();
}
