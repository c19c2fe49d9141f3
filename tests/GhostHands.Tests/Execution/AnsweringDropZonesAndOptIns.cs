using GhostHands.Execution.Forms;
using GhostHands.Tests.Execution.Meaning;

namespace GhostHands.Tests.Execution;

/// <summary>A file input named only by its drop zone's caption, and opt-ins to job e-mails beside a consent.</summary>
public sealed class WhenAnsweringDropZonesAndOptIns
{
    private static FormField Field(string kind, string label, string group = "") =>
        new("g1", kind, kind, "", label, kind, false, "", [], "", null, null, null) { Group = group };

    [Fact]
    public void A_drop_zones_file_input_named_only_by_its_group_takes_the_resume() =>
        Assert.Equal("/tmp/cv.pdf", AnswerPlanner.Plan(Field("file", "or", group: "Curriculum vitae"), Applicants.Only(), "/tmp/cv.pdf")?.Value);

    [Fact]
    public void A_drop_zone_for_a_cover_letter_does_not_take_the_resume() =>
        Assert.Null(AnswerPlanner.Plan(Field("file", "or", group: "Cover letter (optional)"), Applicants.Only(), "/tmp/cv.pdf"));

    [Theory]
    [InlineData("Follow Northwind Traders: get emails about new jobs that match my profile.")]
    [InlineData("Send me e-mails about new roles like this one")]
    public void An_opt_in_to_job_emails_is_left_unticked(string label) =>
        Assert.Equal("false", AnswerPlanner.Plan(Field("checkbox", label), Applicants.With(Applicants.FullProfile), null)?.Value);
}
