using GhostHands.Execution.Forms;

namespace GhostHands.Tests.Execution;

/// <summary>
/// Which file box takes the resume when one only reads it to fill the form, and how a rejection that nothing can
/// repair names the fields the page flagged.
/// </summary>
public sealed class WhenReadingRejectionsAndUploads
{
    private static FormField Field(string kind, string label, string name = "", string hints = "", string error = "") =>
        new($"g{label.Length}{name}", kind, kind, name, label, hints, true, "", [], error, null, null, null);

    private static PageInventory Page(params FormField[] fields) => new(fields, [], [], 0, false, false, []);

    [Theory]
    [InlineData("Autofill with my resume", "")]
    [InlineData("Drop your CV here to auto-fill the fields below", "")]
    [InlineData("Upload", "resumeParser")]
    [InlineData("Import your details from a CV", "")]
    [InlineData("Let us fill in the form from your resume", "")]
    public void A_box_that_reads_the_resume_is_left_alone_beside_the_resumes_own_box(string label, string hints)
    {
        var reader = Field("file", label, hints: hints);
        var plain = Field("file", "Résumé", "attachment");

        Assert.True(ResumeUploads.LeftAlone(reader, Page(reader, plain), _ => true));
        Assert.False(ResumeUploads.LeftAlone(plain, Page(reader, plain), _ => true));
    }

    [Fact]
    public void A_box_that_reads_the_resume_still_takes_it_when_it_is_the_only_box_for_it()
    {
        var reader = Field("file", "Autofill with my resume");
        var letter = Field("file", "Cover letter", "cover");

        Assert.False(ResumeUploads.LeftAlone(reader, Page(reader), _ => true));
        Assert.False(ResumeUploads.LeftAlone(reader, Page(reader, letter), f => f.Label != "Cover letter"));
    }

    [Theory]
    [InlineData("Resume")]
    [InlineData("Upload your CV (PDF, max 5 MB)")]
    [InlineData("Portfolio or work sample")]
    public void A_plain_upload_does_not_read_as_one_that_fills_the_form(string label) =>
        Assert.False(ResumeUploads.ReadsResume(Field("file", label)));

    [Fact]
    public void A_rejection_names_each_flagged_field_by_its_caption_with_the_pages_message()
    {
        var source = Field("combobox", "Where did you hear about the opening?", error: "Where did you hear about the opening?: Pick one of the options");
        var phone = Field("text", "Mobile", "mobile", error: "Use digits only");
        var fine = Field("text", "Email", "email");

        var text = FlaggedFields.Describe("Rejected.", Page(source, phone, fine), [], new HashSet<string> { "Where did you hear about the opening?" });

        Assert.Equal("Rejected. The page flagged: Where did you hear about the opening? (Pick one of the options; the control could not be operated);"
            + " Mobile (Use digits only).", text);
    }

    [Fact]
    public void A_rejection_without_flagged_fields_quotes_the_pages_own_lines_and_without_any_says_only_the_verdict()
    {
        var page = Page(Field("text", "Email", "email"));

        Assert.Equal("Rejected. The page flagged: Something went wrong, try later.",
            FlaggedFields.Describe("Rejected.", page, ["Something went wrong, try later.", " "], new HashSet<string>()));
        Assert.Equal("Rejected.", FlaggedFields.Describe("Rejected.", page, [], new HashSet<string>()));
    }

    [Fact]
    public void A_rejection_flagging_many_fields_names_the_first_few_and_counts_the_rest()
    {
        var fields = Enumerable.Range(1, FlaggedFields.MaxNamed + 3).Select(i => Field("text", $"Question number {i}", $"q{i}", error: "Required")).ToArray();

        var text = FlaggedFields.Describe("Rejected.", Page(fields), [], new HashSet<string>());

        Assert.Contains($"Question number {FlaggedFields.MaxNamed} (Required); and 3 more.", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"Question number {FlaggedFields.MaxNamed + 1} ", text, StringComparison.Ordinal);
    }
}
