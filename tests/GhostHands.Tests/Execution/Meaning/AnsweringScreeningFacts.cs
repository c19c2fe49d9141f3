using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Screening answers keyed by one wording of a fact (relatives at the company, a referral, an earlier application or
/// employment, consent to a background check, a drug test or a credit check, a conviction, a non-compete) against
/// questions worded by other companies: naming themselves instead of "this company", with a statement before the
/// question or a widget's prompt after it. None is from a fixture form.
/// </summary>
public sealed class WhenAScreeningQuestionAsksAFactInWordsOfItsOwn
{
    private const string Relatives = "Do any of your family members work for this organisation?";
    private const string Background = "Would you agree to a pre-employment background screening?";
    private const string Referral = "Did a current employee refer you to this position?";
    private const string Applied = "Have you applied to this company before?";
    private const string Former = "Have you worked for this company in the past?";
    private const string Drug = "Are you willing to take a drug test?";
    private const string Credit = "Do you consent to a credit check?";
    private const string Conviction = "Have you been convicted of a criminal offence?";
    private const string NonCompete = "Are you bound by a non-compete agreement?";
    private const string Licence = "Do you hold a valid driver's licence?";
    private const string Motivation = "Why do you want to work at this company?";

    private static readonly string[] Keys = [Relatives, Background, Referral, Applied, Former, Drug, Credit, Conviction, NonCompete, Licence, Motivation];

    // Each entry answers with its own key, so a wrong entry is seen, not only a wrong yes or no.
    private static Dictionary<string, string> Only(params string[] keys) => keys.ToDictionary(k => k, k => k);

    [Theory]
    [InlineData("Are any of your relatives currently employed by Northwind Traders?", Relatives)]
    [InlineData("Is anyone in your immediate family employed by Contoso or its subsidiaries?", Relatives)]
    [InlineData("Are you related to anyone who currently works for Fabrikam?", Relatives)]
    [InlineData("Do you have a spouse, parent, sibling or child who works at Tailwind Traders?", Relatives)]
    [InlineData("Our conflict-of-interest policy asks for disclosure. Do you have any relatives employed here?", Relatives)]
    [InlineData("Are any of your family members Litware employees?", Relatives)]
    [InlineData("Relatives employed by Adventure Works? Select One Required", Relatives)]
    [InlineData("Does a close friend or relative of yours currently work at this organization?", Relatives)]
    [InlineData("Does anyone in your household work for Woodgrove Bank?", Relatives)]
    [InlineData("Employment with Wingtip Toys is contingent on a satisfactory background check. Do you consent?", Background)]
    [InlineData("Are you willing to undergo a criminal background check?", Background)]
    [InlineData("Do you authorize Proseware to conduct a background investigation if you receive an offer?", Background)]
    [InlineData("If selected, will you submit to a background check? *", Background)]
    [InlineData("Were you referred by a Contoso employee?", Referral)]
    [InlineData("Has someone who works at Fabrikam referred you for this role?", Referral)]
    [InlineData("Have you previously applied for a position with Northwind?", Applied)]
    [InlineData("Have you ever submitted an application to Litware before?", Applied)]
    [InlineData("Have you applied for a role with us in the last 12 months?", Applied)]
    [InlineData("Have you ever been employed by Trey Research or any of its affiliates?", Former)]
    [InlineData("Will you submit to pre-employment drug and alcohol testing?", Drug)]
    [InlineData("All offers are subject to a drug screen. Are you willing to take one?", Drug)]
    [InlineData("This role handles funds. Will you allow us to run a credit check?", Credit)]
    [InlineData("Have you ever been convicted of a felony or misdemeanor?", Conviction)]
    [InlineData("We run background checks on every hire. Have you ever been convicted of a crime?", Conviction)]
    [InlineData("Do you have a non-compete or non-solicitation agreement with a former employer?", NonCompete)]
    [InlineData("Are you subject to any restrictive covenants that would limit your work here?", NonCompete)]
    [InlineData("Why do you want to work at Fabrikam?", Motivation)]
    public void The_entry_on_the_same_fact_answers_it(string question, string key) =>
        Assert.Equal(key, AnswerFinder.Find(question, "", Applicants.With(qa: Only(Keys)))?.Value);

    [Theory]
    [InlineData(Relatives, "Have you ever been employed by Northwind Traders?")]
    [InlineData(Relatives, "Were you referred by a current employee of Contoso?")]
    [InlineData(Relatives, "Do you know anyone who works at Contoso?")]
    [InlineData(Relatives, "Are you related to anyone on our board of directors?")]
    [InlineData(Relatives, "Do you have any friends who might be interested in this role?")]
    [InlineData(Relatives, "Do any of your relatives work for a competitor?")]
    [InlineData(Relatives, "Who in your family works here?")]
    [InlineData(Relatives, "If yes, please list the names of your relatives employed by Fabrikam.")]
    [InlineData(Relatives, "Were you referred by a relative who works at Contoso?")]
    [InlineData(Former, "Are any of your relatives currently employed by Northwind Traders?")]
    [InlineData(Former, "Have you applied to Northwind Traders before?")]
    [InlineData(Referral, "Are any of your relatives employed by Contoso?")]
    [InlineData(Referral, "Who referred you?")]
    [InlineData(Referral, "Referral source")]
    [InlineData(Applied, "Have you ever worked for Contoso?")]
    [InlineData(Applied, "Have you ever applied machine learning to a production system?")]
    [InlineData(Applied, "Have you ever applied for a security clearance?")]
    [InlineData(Background, "Are you willing to submit to a pre-employment drug screen?")]
    [InlineData(Background, "Do you consent to a credit check?")]
    [InlineData(Background, "Have you ever been convicted of a felony?")]
    [InlineData(Background, "Do you consent to a background check and a drug test?")]
    [InlineData(Background, "Do you consent to reference checks with your previous employers?")]
    [InlineData(Background, "Will you submit to a physical examination before starting?")]
    [InlineData(Drug, "Do you agree to a background check?")]
    [InlineData(Drug, "Do you consent to a credit check?")]
    [InlineData(Credit, "Do you agree to a background check?")]
    [InlineData(Conviction, "Do you consent to a criminal background check?")]
    [InlineData(NonCompete, "Does your current employer know you are applying?")]
    public void An_entry_on_another_fact_does_not(string key, string question) =>
        Assert.Null(AnswerFinder.Find(question, "", Applicants.With(qa: Only(key))));

    [Theory]
    [InlineData("Are you legally authorized to work in the United States?")]
    [InlineData("Will you now or in the future require visa sponsorship?")]
    [InlineData("Do you authorize us to verify that you are authorized to work in the US?")]
    [InlineData("Are you a protected veteran?")]
    public void A_legal_question_is_never_answered_by_a_screening_fact(string question) =>
        Assert.DoesNotContain(AnswerFinder.Find(question, "", Applicants.With(qa: Only(Keys)))?.Value, Keys);

    [Theory]
    [InlineData(" Select One Required")]
    [InlineData(" *")]
    [InlineData(" (required)")]
    [InlineData(" Please select")]
    public void A_widgets_prompt_after_the_question_is_not_part_of_it(string trailer)
    {
        var qa = new Dictionary<string, string> { ["Do you have reliable transportation to and from work?"] = "yes" };

        Assert.Equal("qaOverrides[Do you have reliable transportation to and from work?]",
            AnswerFinder.Find("Do you have reliable transportation to and from work?" + trailer, "", Applicants.With(qa: qa))?.Source);
    }

    [Theory]
    [InlineData("Are any of your relatives employed by Globex Health?", "Are any of your relatives employed by this company?")]
    [InlineData("Why do you want to join Initech?", "Why do you want to join this company?")]
    [InlineData("Have you worked at Bank of Contoso before?", "Have you worked at this company before?")]
    [InlineData("Describe your experience with Kubernetes.", "Describe your experience with Kubernetes.")]
    [InlineData("Would you relocate to Berlin?", "Would you relocate to Berlin?")]
    public void The_hiring_company_named_reads_as_this_company(string question, string read) =>
        Assert.Equal(read, HiringCompany.AsThisCompany(question));

    [Theory]
    [InlineData("Are any of your relatives employed here? Select One Required", "Are any of your relatives employed here?")]
    [InlineData("Salary expectations: *", "Salary expectations:")]
    [InlineData("Certifications required", "Certifications required")]
    public void A_label_loses_only_the_widgets_words(string label, string question) =>
        Assert.Equal(question, ControlText.Strip(label));
}
