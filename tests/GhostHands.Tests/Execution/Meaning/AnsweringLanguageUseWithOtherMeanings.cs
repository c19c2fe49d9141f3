using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// A yes or no naming a language beside something the languages do not answer (a skill, a move, the right to work), a
/// word that only looks like a language, and a language the applicant lists under another name. None of these wordings
/// is from a fixture form.
/// </summary>
public sealed class WhenALanguageQuestionMeansMoreThanTheLanguage
{
    private static readonly ApplyInput Bilingual = Speaking("English, Spanish");

    private static ApplyInput Speaking(string languages) => Applicants.With(
        new Dictionary<string, string>(Applicants.FullProfile) { ["languages"] = languages },
        new Dictionary<string, string> { ["Which languages do you speak fluently?"] = languages });

    [Theory]
    [InlineData("Do you have experience with Python and speak Spanish?")]
    [InlineData("Are you fluent in English and Excel?")]
    [InlineData("Do you have three years of B2B sales and fluent Spanish?")]
    [InlineData("Can you code in TypeScript as well as speak Spanish?")]
    public void A_skill_asked_with_a_listed_language_is_no_yes(string question) =>
        Assert.NotEqual("yes", AnswerFinder.Find(question, "", Bilingual)?.Value);

    [Theory]
    [InlineData("Do you have experience with Python and speak Spanish?")]
    [InlineData("Do you hold a forklift licence and speak Spanish?")]
    [InlineData("Would you relocate to Madrid if the role needs you to speak Spanish daily?")]
    [InlineData("Are you willing to travel to Monterrey monthly and run the meetings in Spanish?")]
    [InlineData("Are you authorised to work in the UK? English required")]
    [InlineData("Fluent English and the right to work in the UK are required - do you meet this?")]
    [InlineData("Right to work in Spain is required. Do you meet this requirement and speak Spanish?")]
    [InlineData("Five years of Salesforce administration. Fluent Spanish. Do you meet these requirements?")]
    [InlineData("Three years in customer support, Spanish fluency - do you meet this?")]
    public void Another_topic_beside_the_language_is_not_answered_by_the_languages(string question) =>
        Assert.Null(LanguageUse.Answer(question, Bilingual));

    [Theory]
    [InlineData("Do you write Go?")]
    [InlineData("Are you fluent in Java?")]
    [InlineData("Are you proficient in Swift?")]
    [InlineData("Can you write Rust?")]
    [InlineData("Are you fluent in R?")]
    [InlineData("Can you write C?")]
    [InlineData("Do you have experience with German customers?")]
    [InlineData("Can you work in Jordan?")]
    [InlineData("Are you able to work in Georgia?")]
    [InlineData("Are you a native English speaker?")]
    public void A_programming_language_a_place_or_birthright_is_not_answered_by_the_languages(string question) =>
        Assert.Null(LanguageUse.Answer(question, Bilingual));

    [Theory]
    [InlineData("English, Mandarin Chinese", "Do you speak Mandarin?")]
    [InlineData("English, Mandarin", "Can you take client calls in Chinese?")]
    [InlineData("English, Persian", "Do you speak Farsi?")]
    [InlineData("English, Tagalog", "Are you fluent in Filipino?")]
    [InlineData("English, Spanish", "Can you write reports in Castilian?")]
    [InlineData("English, Brazilian Portuguese", "Can you support customers in Portuguese?")]
    [InlineData("English, American Sign Language", "Are you fluent in ASL?")]
    [InlineData("English - native, Spanish - fluent", "Do you speak Spanish?")]
    public void A_language_listed_under_another_name_is_a_yes(string languages, string question) =>
        Assert.Equal("yes", LanguageUse.Answer(question, Speaking(languages))?.Value);

    [Theory]
    [InlineData("English, Chinese", "Do you speak Mandarin?")]
    [InlineData("English, Chinese", "Can you take calls in Cantonese?")]
    [InlineData("English, Hindi", "Do you speak Urdu?")]
    [InlineData("English, Dutch", "Can you support customers in Flemish?")]
    [InlineData("English, Persian", "Do you speak Dari?")]
    [InlineData("English, Spanish (basic)", "Can you negotiate contracts in Spanish?")]
    public void A_close_relative_or_a_basic_level_is_left_open(string languages, string question) =>
        Assert.Null(LanguageUse.Answer(question, Speaking(languages)));

    [Theory]
    [InlineData("Can you read, write and speak Spanish?", "yes")]
    [InlineData("Can you take calls in English and/or Spanish?", "yes")]
    [InlineData("Are you comfortable working in Spanish, with customers on the phone?", "yes")]
    [InlineData("Are you fluent in ASL?", "no")]
    [InlineData("Are you fluent in English and German?", "no")]
    public void Languages_joined_to_each_other_are_still_answered(string question, string expected) =>
        Assert.Equal(expected, LanguageUse.Answer(question, Bilingual)?.Value);
}
