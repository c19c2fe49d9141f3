using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// A yes or no about using a named language, in any wording and after any statement, answered from the languages the
/// applicant lists (here English and Spanish). None of these wordings is from a fixture form.
/// </summary>
public sealed class WhenAFormAsksWhetherTheApplicantCanUseALanguage
{
    private static readonly ApplyInput Bilingual = Applicants.With(
        new Dictionary<string, string>(Applicants.FullProfile) { ["languages"] = "English, Spanish" },
        new Dictionary<string, string> { ["Which languages do you speak fluently?"] = "English, Spanish" });

    [Theory]
    [InlineData("Our warehouses in El Paso and Ciudad Juárez run their shift briefings in Spanish. Are you able to lead those briefings in Spanish with the floor staff?")]
    [InlineData("Crews relocate between our sites in Texas and Sonora each season. Can you brief them in Spanish?")]
    [InlineData("Every hire must be authorized to work in the US. Could you also take escalation calls in Spanish?")]
    [InlineData("Can you hold a conversation in Spanish?")]
    [InlineData("Can you read and write Spanish?")]
    [InlineData("Is your Spanish good enough to mediate between two site managers?")]
    [InlineData("Is your written Spanish strong enough to answer tenants without a translator?")]
    [InlineData("Bilingual (English/Spanish) required — do you meet this?")]
    [InlineData("The desk is staffed by people bilingual in English and Spanish - is that you?")]
    [InlineData("Would you be comfortable running onboarding workshops in Spanish or Portuguese?")]
    [InlineData("Do you speak Spanish?")]
    public void Using_a_listed_language_is_a_yes(string question) =>
        Assert.Equal("yes", AnswerFinder.Find(question, "", Bilingual)?.Value);

    [Theory]
    [InlineData("Can you conduct meetings in German?")]
    [InlineData("Are you comfortable supporting customers in French?")]
    [InlineData("Do you have professional working proficiency in Portuguese?")]
    [InlineData("Is your Italian good enough to negotiate with suppliers?")]
    [InlineData("Our partner labs are in Lyon and Geneva. Would you be able to present findings to them in English and French?")]
    [InlineData("Do you speak Mandarin?")]
    public void Using_a_language_the_applicant_does_not_list_is_a_no(string question) =>
        Assert.Equal("no", AnswerFinder.Find(question, "", Bilingual)?.Value);

    [Theory]
    [InlineData("Are you able to work with German clients?")]
    [InlineData("Do you have experience with French tax law?")]
    [InlineData("Are you willing to work in Spanish-speaking countries?")]
    [InlineData("Would you like to receive your offer letter in Spanish?")]
    [InlineData("Can we contact you in Spanish?")]
    [InlineData("Are you a native Spanish speaker?")]
    public void A_people_place_need_or_birthright_is_not_answered_by_the_languages(string question) =>
        Assert.Null(LanguageUse.Answer(question, Bilingual));

    [Theory]
    [InlineData("Would you be at ease running retrospectives in both Spanish and English?", "yes")]
    [InlineData("Can you answer tenants in English as well as Spanish?", "yes")]
    [InlineData("Can you explain a fix to drivers in Spanish as well as in English?", "yes")]
    [InlineData("Are you comfortable using English and Spanish every day?", "yes")]
    [InlineData("Are you able to switch between Spanish and English during a shift?", "yes")]
    [InlineData("Are you comfortable with both English and Spanish?", "yes")]
    [InlineData("Could you write release notes in both English and Dutch?", "no")]
    [InlineData("Can you present to boards in Spanish as well as Portuguese?", "no")]
    [InlineData("Do you speak Spanish as well as Italian?", "no")]
    public void Several_languages_asked_together_are_a_yes_only_when_each_is_listed(string question, string expected) =>
        Assert.Equal(expected, LanguageUse.Answer(question, Bilingual)?.Value);

    [Theory]
    [InlineData("Could you support customers in either Spanish or German?", "yes")]
    [InlineData("Can you run meetings in either Italian or German?", "no")]
    public void Languages_offered_as_alternatives_need_only_one_listed(string question, string expected) =>
        Assert.Equal(expected, LanguageUse.Answer(question, Bilingual)?.Value);

    [Theory]
    [InlineData("Can you teach English and Spanish?")]
    [InlineData("Could you teach both English and Spanish to our new hires?")]
    [InlineData("Are you able to teach English as well as Spanish?")]
    [InlineData("Would you be comfortable tutoring either English or Spanish?")]
    public void Languages_taught_as_subjects_are_not_answered_by_the_languages(string question) =>
        Assert.Null(LanguageUse.Answer(question, Bilingual));

    [Fact]
    public void Teaching_in_several_listed_languages_is_using_them() =>
        Assert.Equal("yes", LanguageUse.Answer("Can you teach classes in both English and Spanish?", Bilingual)?.Value);

    [Theory]
    [InlineData("Do you work with both German and French clients?")]
    [InlineData("Have you sold into Spanish and Portuguese markets?")]
    public void Names_of_peoples_listed_together_are_not_languages(string question) =>
        Assert.Null(LanguageUse.Answer(question, Bilingual));

    [Fact]
    public void An_applicant_listing_no_languages_is_not_answered_no() =>
        Assert.Null(LanguageUse.Answer("Can you conduct meetings in German?", Applicants.Only(("first_name", "Ada"))));

    [Theory]
    [InlineData("Several of our clinics in Arizona and New Mexico see patients who speak only Spanish. Could you take patient histories in Spanish?", "Yes")]
    [InlineData("Our Zurich partners work in German. Can you run status calls with them in German?", "No")]
    public void A_choice_of_yes_or_no_takes_the_answer(string question, string expected) =>
        Assert.Equal(expected, Assert.Single(AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field("select", question, options: "Yes|No"), Bilingual, null)!.Choices).Text);

    [Theory]
    [InlineData("Spanish – level", "Native speaker|Fluent|Conversational|Basic|None", "Fluent")]
    [InlineData("Your level of English", "Native|Fluent|Conversational|None", "Fluent")]
    public void A_level_of_a_language_spoken_fluently_is_fluent(string label, string options, string expected) =>
        Assert.Equal(expected, Assert.Single(AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field("select", label, options: options), Bilingual, null)!.Choices).Text);

    [Theory]
    [InlineData("Most of our growers keep their records in Spanish, and analysts visit them twice a year. Could you lead one of those visits?", "yes")]
    [InlineData("A third of our tenants write to us in Spanish. Would you be able to answer those tenants?", "yes")]
    [InlineData("Our Quebec distributors hold their monthly reviews in French; account managers attend in turn. Could you run one of these reviews?", "no")]
    [InlineData("Engineers rotate through on-call once a quarter; calls are often in Spanish. Could you take those calls?", "yes")]
    public void An_exchange_the_statement_puts_in_a_language_is_answered_from_the_languages(string question, string expected) =>
        Assert.Equal(expected, LanguageUse.Answer(question, Bilingual)?.Value);

    [Theory]
    [InlineData("Engineers rotate through on-call once a quarter; calls are often in Spanish. Are you comfortable with an on-call rotation?")]
    [InlineData("Engineers rotate through on-call once a quarter, with calls often in Spanish. Are you comfortable with that rotation?")]
    [InlineData("Support calls with our merchants happen in Spanish. Could you take those calls on weekends?")]
    [InlineData("Our merchants run their businesses in Spanish and engineers take support calls once a quarter. Is that schedule workable for you?")]
    [InlineData("Field visits to our Spanish-speaking growers happen twice a year. Could you make those visits?")]
    [InlineData("Our growers keep their records in Spanish. Analysts visit them twice a year. Could you lead one of those visits?")]
    [InlineData("The Lisbon team works in Portuguese and meets in person every month. Could you travel to those meetings?")]
    public void Something_else_the_statement_mentions_is_not_answered_from_the_languages(string question) =>
        Assert.Null(LanguageUse.Answer(question, Bilingual));
}
