using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Which of the phone kinds is the one to call, asked as a choice among them, and a yes or no about doing part of the
/// job in a language. None of these wordings is from a fixture form.
/// </summary>
public sealed class WhenAFormAsksForAPreferredPhoneOrWorkInALanguage
{
    private static readonly ApplyInput Ada = Applicants.With(Applicants.FullProfile);

    [Theory]
    [InlineData("Preferred phone", "Home|Mobile|Business", "Mobile")]
    [InlineData("Primary telephone", "Cell phone|Landline|Work phone", "Cell phone")]
    [InlineData("Which is your main contact number?", "Home number|Office number|Cellular", "Cellular")]
    public void The_preferred_kind_is_the_mobile(string label, string options, string expected) =>
        Assert.Equal(expected, Choice(WhenAFormWordsAProfileQuestionItsOwnWay.Field("select", label, options: options), Ada));

    [Fact]
    public void A_preferred_contact_method_without_a_mobile_is_not_a_phone_kind() =>
        Assert.Null(AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field("select", "Preferred phone", options: "Email|Letter"), Ada, null));

    [Fact]
    public void A_preferred_phone_box_is_still_the_number() =>
        Assert.Equal("+1 (415) 555-0142", AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field("text", "Preferred phone", type: "tel"), Ada, null)?.Value);

    [Theory]
    [InlineData("Our clinics serve families in Montreal. Could you take intake calls in French?")]
    [InlineData("Would you be able to write release notes in English and French?")]
    [InlineData("Could you support customers in French or English?")]
    public void Work_in_a_listed_language_is_a_yes(string question) =>
        Assert.Equal("Yes", Choice(WhenAFormWordsAProfileQuestionItsOwnWay.Field("radio", question, options: "Yes|No"), Ada));

    [Fact]
    public void Another_language_is_a_no() =>
        Assert.Equal("no", LanguageUse.Answer("Could you take intake calls in Portuguese?", Ada)?.Value);

    [Theory]
    [InlineData("Could you work in Austin?")]
    [InlineData("Can you start in January?")]
    [InlineData("Would you be able to work in person?")]
    public void A_place_or_time_is_not_answered_by_the_languages(string question) =>
        Assert.Null(LanguageUse.Answer(question, Ada));

    [Theory]
    [InlineData("Can you speak with patients in French?")]
    [InlineData("Are you comfortable presenting to clients in English?")]
    [InlineData("Could you conduct onboarding sessions in French?")]
    [InlineData("Will you be able to communicate with suppliers in English?")]
    [InlineData("Half of our partners are in Quebec. Could you join weekly calls with them in French?")]
    [InlineData("Would you be able to attend client meetings in English?")]
    public void Speaking_or_working_in_a_listed_language_is_claimed(string question) =>
        Assert.Equal("yes", LanguageUse.Answer(question, Ada)?.Value);

    [Theory]
    [InlineData("Would you need an interpreter in French?")]
    [InlineData("Will you require interview accommodations in English?")]
    [InlineData("Can you tell us if you would like the assessment provided in French?")]
    [InlineData("Are you requesting assistance in English during the hiring process?")]
    [InlineData("Could we send you a translation of the offer in French?")]
    [InlineData("Would you prefer to receive correspondence in English?")]
    public void A_need_or_a_preference_in_a_listed_language_is_not_answered_by_the_languages(string question) =>
        Assert.Null(LanguageUse.Answer(question, Ada));

    private static string? Choice(FormField field, ApplyInput input) =>
        AnswerPlanner.Plan(field, input, null) is { } answer ? Assert.Single(answer.Choices).Text : null;
}
