using GhostHands.Execution.Forms;
using GhostHands.Tests.Execution.Meaning;

namespace GhostHands.Tests.Execution;

/// <summary>
/// A section of spoken languages gets one row per profile language: the row's language choice is told from its
/// levels, and its fluency box is ticked only for a language the profile says is spoken fluently or natively.
/// </summary>
public sealed class WhenFillingLanguageRows
{
    private static FormField Field(string kind, string label) => new("g1", kind, kind, "", label, "", false, "", [], "", null, null, null);

    [Theory]
    [InlineData("Languages *", true)]
    [InlineData("Spoken languages", true)]
    [InlineData("Language skills", true)]
    [InlineData("Which languages can you work in?", true)]
    [InlineData("Languages you speak", true)]
    [InlineData("Programming languages", false)]
    [InlineData("Languages & frameworks", false)]
    [InlineData("Tools and languages", false)]
    [InlineData("Languages and technologies", false)]
    [InlineData("Technical languages", false)]
    [InlineData("Scripting or query languages", false)]
    [InlineData("Languages in your stack", false)]
    [InlineData("Employment history", false)]
    public void A_section_of_spoken_languages_is_told_from_others(string caption, bool languages) =>
        Assert.Equal(languages, LanguageEntries.IsSection(caption));

    [Theory]
    [InlineData("listbox", "Language *", true)]
    [InlineData("select", "Language 2", true)]
    [InlineData("combobox", "Tongue", true)]
    [InlineData("listbox", "Speaking level", false)]
    [InlineData("select", "Language proficiency (optional)", false)]
    [InlineData("listbox", "Written comprehension", false)]
    [InlineData("checkbox", "Language", false)]
    [InlineData("select", "Preferred language for correspondence", false)]
    [InlineData("text", "Which languages do you speak fluently?", false)]
    [InlineData("combobox", "Interview language", false)]
    public void The_rows_language_choice_is_not_one_of_its_levels(string kind, string label, bool language) =>
        Assert.Equal(language, LanguageEntries.IsLanguage(Field(kind, label)));

    [Theory]
    [InlineData("I am fluent in this language.", true)]
    [InlineData("Native speaker", true)]
    [InlineData("This is my mother tongue", true)]
    [InlineData("Remove this language", false)]
    [InlineData("Native Hawaiian or Other Pacific Islander", false)]
    [InlineData("American Indian or Alaska Native", false)]
    [InlineData("Native American", false)]
    public void The_fluency_box_is_told_by_its_words(string label, bool fluency) =>
        Assert.Equal(fluency, LanguageEntries.IsFluency(Field("checkbox", label)));

    [Fact]
    public void Each_profile_language_is_named_without_its_notes() =>
        Assert.Equal(["Portuguese", "Japanese", "Dutch"],
            LanguageEntries.Names(Applicants.Only(("languages", "Portuguese (native), Japanese - conversational, Dutch, portuguese"))));

    [Fact]
    public void A_language_is_fluent_where_an_answer_about_fluent_languages_names_it()
    {
        var input = Applicants.With(
            new Dictionary<string, string> { ["languages"] = "Portuguese, Japanese" },
            new Dictionary<string, string> { ["In which languages are you fluent?"] = "Portuguese" });

        Assert.True(LanguageEntries.IsFluent(input, "Portuguese"));
        Assert.False(LanguageEntries.IsFluent(input, "Japanese"));
    }

    [Fact]
    public void A_language_is_fluent_where_its_own_entry_says_so()
    {
        var input = Applicants.Only(("languages", "Portuguese (native), Japanese - basic"));

        Assert.True(LanguageEntries.IsFluent(input, "Portuguese"));
        Assert.False(LanguageEntries.IsFluent(input, "Japanese"));
    }

    [Fact]
    public void A_bare_list_of_languages_says_nothing_of_fluency() =>
        Assert.False(LanguageEntries.IsFluent(Applicants.Only(("languages", "English, Spanish")), "English"));
}
