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

    [Theory]
    [InlineData("Could you take intake calls in Portuguese?")]
    [InlineData("Could you work in Austin?")]
    [InlineData("Can you start in January?")]
    [InlineData("Would you be able to work in person?")]
    public void Another_language_or_a_place_or_time_is_not_answered_by_the_languages(string question) =>
        Assert.Null(LanguageUse.Answer(question, Ada));

    private static string? Choice(FormField field, ApplyInput input) =>
        AnswerPlanner.Plan(field, input, null) is { } answer ? Assert.Single(answer.Choices).Text : null;
}
