using GhostHands.Execution.Forms;
using GhostHands.Tests.Execution.Meaning;

namespace GhostHands.Tests.Execution;

/// <summary>
/// A source asked in two lists whose second is filled from the first: the first moves to the next kind of site when
/// the second does not offer the applicant's site, and the second waits meanwhile rather than taking another site.
/// </summary>
public sealed class WhenASourceIsAskedInTwoLists
{
    private const string Kinds = "Select...|Print advert|Job Board|Social Media|Referral";

    private static readonly ApplyInput Input = Applicants.With(qa: new Dictionary<string, string> { ["How did you hear about this job?"] = "LinkedIn" });

    private static FormField List(string label, string options, string selected = "") =>
        new("f-" + label, "select", "select", label, label, "", true, "",
            [.. options.Split('|').Select((t, i) => new FieldOption($"{label}{i}", i == 0 ? "" : $"{label}{i}", t, t == selected))], "", null, null, null);

    private static (bool Decided, FieldAnswer? Answer) Plan(FormField field, params FormField[] page) =>
        SourceLevels.Plan(field, new PageInventory(page, [], [], 0, false, false, []), f => AnswerPlanner.Plan(f, Input, null));

    [Fact]
    public void The_first_list_starts_with_the_likeliest_kind()
    {
        var first = List("Source Type", Kinds);
        var second = List("Source", "Select...");

        Assert.Equal("Job Board", Assert.Single(AnswerPlanner.Plan(first, Input, null)!.Choices).Text);
        Assert.False(Plan(first, first, second).Decided);
        Assert.False(Plan(second, first, second).Decided);
    }

    [Fact]
    public void The_first_list_moves_on_when_the_second_does_not_offer_the_site_and_the_second_waits()
    {
        var first = List("Source Type", Kinds, selected: "Job Board");
        var second = List("Source", "Select...|Indeed|Monster|Other");

        Assert.Equal("Social Media", Assert.Single(Plan(first, first, second).Answer!.Choices).Text);
        Assert.Equal((true, null), Plan(second, first, second));
    }

    [Fact]
    public void A_chosen_kind_is_kept_while_the_second_list_is_still_empty()
    {
        var first = List("Source Type", Kinds, selected: "Job Board");
        var second = List("Source", "Select...");

        Assert.Equal("Job Board", Assert.Single(Plan(first, first, second).Answer!.Choices).Text);
        Assert.Equal((true, null), Plan(second, first, second));
    }

    [Fact]
    public void The_first_list_keeps_a_kind_whose_sites_include_the_applicants()
    {
        var first = List("Source", Kinds, selected: "Social Media");
        var second = List("Source Name", "Select...|Facebook|LinkedIn");

        Assert.Equal("Social Media", Assert.Single(Plan(first, first, second).Answer!.Choices).Text);
        Assert.Equal("LinkedIn", Assert.Single(AnswerPlanner.Plan(second, Input, null)!.Choices).Text);
        Assert.False(Plan(second, first, second).Decided);
    }

    [Fact]
    public void With_no_kind_left_the_second_list_is_answered_as_usual()
    {
        var first = List("Source Type", Kinds, selected: "Social Media");
        var second = List("Source", "Select...|Facebook|Instagram|Other");

        Assert.Equal("Social Media", Assert.Single(Plan(first, first, second).Answer!.Choices).Text);
        Assert.False(Plan(second, first, second).Decided);
    }

    [Fact]
    public void A_list_of_sites_alone_is_not_a_level()
    {
        var only = List("How did you hear about us?", "Select...|Indeed|LinkedIn|Other");

        Assert.False(Plan(only, only).Decided);
    }
}
