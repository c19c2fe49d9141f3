using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// A career's length asked in a label that neither asks "how many" nor says "experience", offered as bare spans of
/// years ("0–2", "3 — 5", "9 or more"). None of these wordings is from a fixture form.
/// </summary>
public sealed class WhenACareersLengthIsAskedAsBareSpans
{
    private static ApplyInput WithYears(string years) =>
        Applicants.With(new Dictionary<string, string>(Applicants.FullProfile) { ["years_experience"] = years });

    private static FormField Field(string kind, string label, string options = "", string type = "") =>
        WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, type, options);

    [Theory]
    [InlineData("Years spent building software for a living")]
    [InlineData("Time spent as a professional developer")]
    [InlineData("Years writing code")]
    [InlineData("Time spent writing back-end web software")]
    [InlineData("How long have you been building consumer mobile apps?")]
    [InlineData("Time in a backend role")]
    [InlineData("Years in engineering roles")]
    [InlineData("How long have you been in a data engineering position?")]
    [InlineData("Professional experience (years)")]
    [InlineData("Length of professional experience")]
    [InlineData("Yrs of experience")]
    [InlineData("How long have you worked professionally?")]
    [InlineData("How long have you spent developing software?")]
    [InlineData("Time working in software, in total")]
    [InlineData("Years of hands-on frontend programming")]
    [InlineData("Years of practical back-end engineering")]
    [InlineData("Total years of commercial software development")]
    [InlineData("Years of hands-on backend development")]
    [InlineData("Years of full-stack web development experience")]
    public void A_careers_length_in_any_of_these_phrasings_is_years_of_experience(string question) =>
        Assert.Equal("years_experience", Topics.Of(question));

    [Theory]
    [InlineData("Time in your current role")]
    [InlineData("Years in role")]
    [InlineData("Years spent in a management role")]
    [InlineData("Time spent leading engineering teams")]
    [InlineData("Years spent at this company")]
    [InlineData("How long have you been in a leadership position?")]
    public void Time_in_the_present_role_or_managing_is_still_not_the_careers_length(string question) =>
        Assert.NotEqual("years_experience", Topics.Of(question));

    [Theory]
    [InlineData("Years in a remote position")]
    [InlineData("How much time have you spent in a remote role?")]
    [InlineData("Time in a previous role")]
    [InlineData("Years in a prior onsite job")]
    [InlineData("Years building React apps")]
    [InlineData("Years spent writing Python code")]
    [InlineData("Years of Kotlin development")]
    [InlineData("Years of hands-on Terraform engineering")]
    public void Time_in_a_past_or_remote_role_or_making_things_with_one_tool_is_not_the_careers_length(string question) =>
        Assert.NotEqual("years_experience", Topics.Of(question));

    [Theory]
    [InlineData("Years of business development")]
    [InlineData("Years of quality engineering")]
    [InlineData("Years of development in healthcare")]
    [InlineData("Years of engineering in the aerospace industry")]
    [InlineData("Years of engineering education")]
    [InlineData("Years of engineering school completed")]
    [InlineData("Years of front-end development (React)")]
    public void Years_of_selling_of_a_part_of_the_work_or_of_work_in_a_domain_or_school_are_not_the_careers_length(string question) =>
        Assert.NotEqual("years_experience", Topics.Of(question));

    [Theory]
    [InlineData("Years building production web apps")]
    [InlineData("Years spent writing enterprise backend code")]
    public void Making_things_of_a_kind_is_still_the_careers_length(string question) =>
        Assert.Equal("years_experience", Topics.Of(question));

    [Theory]
    [InlineData("5", "0\u20132|3\u20134|5\u20137|8+", "5\u20137")]
    [InlineData("5", "0\u20142|3\u20144|5\u20147|8+", "5\u20147")]
    [InlineData("5", "0\u22122|3\u22124|5\u22127|8+", "5\u22127")]
    [InlineData("5", "0 - 2|3 - 4|5 - 7|8 or more", "5 - 7")]
    [InlineData("9", "0\u20132|3\u20134|5\u20137|8+", "8+")]
    [InlineData("1", "Less than 2|2\u20135|6 or more", "Less than 2")]
    [InlineData("1", "Under two|Two to five|Six or more", "Under two")]
    [InlineData("14", "Fewer than five|Five to twelve|Thirteen or more", "Thirteen or more")]
    [InlineData("3", "None|1\u20132|3\u20135|More than 5", "3\u20135")]
    public void The_span_holding_the_years_is_chosen(string years, string options, string expected) =>
        Assert.Equal(expected, Assert.Single(AnswerPlanner.Plan(
            Field("radio", "Years spent shipping software professionally", options), WithYears(years), null)!.Choices).Text);

    [Theory]
    [InlineData("Time in a backend role", "Less than a year|1\u20133 years|4\u20136 years|7+ years", "7+ years")]
    [InlineData("Professional experience (years)", "0\u20132|3\u20135|6\u20139|10+", "6\u20139")]
    [InlineData("How long have you spent developing software?", "Under 2 years|2\u20134 years|5\u20139 years|10 years or more", "5\u20139 years")]
    public void Other_wordings_take_the_span_too(string question, string options, string expected) =>
        Assert.Equal(expected, Assert.Single(AnswerPlanner.Plan(Field("select", question, options), Applicants.With(Applicants.FullProfile), null)!.Choices).Text);
}
