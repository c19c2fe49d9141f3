using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// The conflict-of-interest question (someone close to the applicant works for the hiring company) asked in words of
/// each company's own: a clause set between the person and the employment, the person named after the question, the
/// employee named by a role ("a current team member") rather than by employment words. Its neighbours (a referral,
/// knowing the hiring manager, earlier work there, an emergency contact) never take its answer. None is from a fixture form.
/// </summary>
public sealed class WhenARelativesQuestionIsWordedByTheCompany
{
    private const string Relatives = "Do you have a relative or close friend who currently works at this company?";
    private const string Referral = "Were you referred to this job by someone who works here?";
    private const string Former = "Have you ever worked for this company before?";

    private static Dictionary<string, string> Only(params string[] keys) => keys.ToDictionary(k => k, k => k);

    [Theory]
    [InlineData("Do any members of your family work for Acme?")]
    [InlineData("Is anyone in your household employed by us or our affiliates?")]
    [InlineData("Are you related to a current employee?")]
    [InlineData("Do you know anyone who works here? (family member, spouse, partner)")]
    [InlineData("Please disclose any family or personal relationship with a current Acme team member")]
    [InlineData("Are you related to, whether by blood, by marriage or through adoption, or do you share a home with, anybody presently employed by Contoso?")]
    [InlineData("Do you have a romantic relationship with anyone who works for Fabrikam?")]
    [InlineData("Is your spouse, or anyone you consider family, one of our current staff members?")]
    [InlineData("Does anybody at Tailwind Traders count as your relative or close friend? Select One Required")]
    public void The_relatives_entry_answers_it(string question) =>
        Assert.Equal(Relatives, AnswerFinder.Find(question, "", Applicants.With(qa: Only(Relatives, Referral, Former)))?.Value);

    [Theory]
    [InlineData("Were you referred by an employee?")]
    [InlineData("Do you know the hiring manager?")]
    [InlineData("Have you worked for Acme before?")]
    [InlineData("Emergency contact relationship")]
    [InlineData("Relationship to emergency contact")]
    [InlineData("What is your relationship with the person who referred you?")]
    [InlineData("Are any of your family members government employees?")]
    [InlineData("Do you have family obligations that would prevent you from working at Contoso on weekends?")]
    [InlineData("Is your spouse also applying for a position at Acme?")]
    [InlineData("Do any of your relatives work for a competitor of ours?")]
    [InlineData("Were you referred by a friend who works at Contoso?")]
    [InlineData("Do you know anyone at Contoso? If so, tell us their name and relationship with you.")]
    public void The_relatives_entry_does_not_answer_a_neighbour(string question) =>
        Assert.Null(AnswerFinder.Find(question, "", Applicants.With(qa: Only(Relatives))));

    [Theory]
    [InlineData(Referral, "Are you related to a current employee?")]
    [InlineData(Former, "Please disclose any family or personal relationship with a current Acme team member")]
    [InlineData(Referral, "Do you know anyone who works here? (family member, spouse, partner)")]
    public void A_neighbours_entry_does_not_answer_it(string key, string question) =>
        Assert.Null(AnswerFinder.Find(question, "", Applicants.With(qa: Only(key))));

    [Theory]
    [InlineData("Are you related to a current employee?")]
    [InlineData("Do you know anyone who works here? (family member, spouse, partner)")]
    [InlineData("Have you a close personal relationship with anyone employed by Northwind, other than through work?")]
    public void The_question_is_the_relatives_fact(string question) =>
        Assert.Equal(ScreeningFacts.Relatives, Topics.Of(question));

    [Theory]
    [InlineData("Do you have an existing business relationship with any Acme employees?")]
    [InlineData("Do you have a professional relationship with anyone who works at Contoso?")]
    [InlineData("Do you have a working relationship with a current Fabrikam team member?")]
    [InlineData("Have you ever had a relationship with a current employee that could create a conflict of interest?")]
    [InlineData("Do you have a relationship with a government official?")]
    [InlineData("Are any of your references relatives or current employees?")]
    [InlineData("Is your reference related to a current employee?")]
    [InlineData("Do any of your relatives work for a government agency?")]
    [InlineData("Do any of your relatives work for one of our customers or suppliers?")]
    [InlineData("Does anyone in your household work for Contoso's competitors?")]
    [InlineData("Are any of your family members Federal employees?")]
    [InlineData("Is anyone in your household a public official?")]
    [InlineData("Are you currently employed by a staffing agency?")]
    public void A_tie_that_is_not_kin_at_the_company_does_not_take_the_relatives_answer(string question) =>
        Assert.Null(AnswerFinder.Find(question, "", Applicants.With(qa: Only(Relatives))));

    [Theory]
    [InlineData("Are you a current employee or related to one?")]
    [InlineData("Are you currently employed by, or related to anyone employed by, Fabrikam?")]
    [InlineData("Are you a current or former employee of, or related to anyone employed by, Acme?")]
    public void The_applicants_own_employment_asked_beside_it_takes_neither_answer(string question) =>
        Assert.Null(AnswerFinder.Find(question, "", Applicants.With(qa: Only(Relatives, Former))));

    [Theory]
    [InlineData("Do you have a family relationship with any Acme employees?")]
    [InlineData("Are you related to, or in a close personal relationship with, anyone currently employed by Northwind?")]
    [InlineData("Do any of your relatives or close friends currently work for one of our subsidiaries?")]
    public void Kin_at_the_company_or_its_own_parts_still_takes_it(string question) =>
        Assert.Equal(Relatives, AnswerFinder.Find(question, "", Applicants.With(qa: Only(Relatives)))?.Value);
}
