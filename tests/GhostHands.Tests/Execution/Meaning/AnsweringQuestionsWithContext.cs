using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Execution.Forms.Meaning;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Questions whose wording names a place, a schedule or a company, or that qualify the field before them: none taken
/// from a fixture form. The fixture applicant (San Francisco, hybrid, would relocate, "Remote, Hybrid" considered,
/// never employed by the hiring company) answers each from the right entry or leaves it open.
/// </summary>
public sealed class WhenAQuestionNamesAPlaceAScheduleOrACompany
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    [Theory]
    [InlineData("Where are you based?")]
    [InlineData("Where do you currently live?")]
    [InlineData("Place of residence")]
    [InlineData("Where are you located at the moment?")]
    public void A_residence_question_is_answered_with_the_city(string label) =>
        Assert.Equal("San Francisco", AnswerPlanner.Plan(Field("text", label), Jordan, null)?.Value);

    [Theory]
    [InlineData("Where do you live (country)?")]
    [InlineData("In which state do you reside?")]
    public void A_residence_question_asking_for_a_country_or_state_is_not_the_city(string label) =>
        Assert.NotEqual("San Francisco", AnswerPlanner.Plan(Field("text", label), Jordan, null)?.Value);

    [Theory]
    [InlineData("Every position here is remote, although payroll only covers some states. Which state is your home?", "state")]
    [InlineData("We hire remotely across North America. What country do you live in?", "country")]
    public void A_statement_before_the_question_does_not_decide_what_the_question_asks(string label, string topic)
    {
        Assert.Equal(topic, Topics.Of(label));
        Assert.Equal(topic == "state" ? "California" : "United States",
            Choice(Field("select", label, options: "Arizona|California|Canada|Colorado|Oregon|United States|Somewhere else"), Jordan));
    }

    [Theory]
    [InlineData("The analytics group meets at our Leeds office on Mondays and Fridays and works remotely otherwise. Can you commit to that?")]
    [InlineData("You would be in the Denver studio two days a week. Is that feasible for you?")]
    [InlineData("This is a fully remote role across US time zones. Does that suit you?")]
    public void A_schedule_the_applicant_accepts_is_answered_yes(string label) =>
        Assert.Equal("Yes", Choice(Field("radio", label, options: "Yes|No"), Jordan));

    [Theory]
    [InlineData("The role is on-site at our Boston plant five days a week. Are you able to do this?")]
    [InlineData("Everyone works from the Austin office every weekday. Would that work for you?")]
    public void An_every_day_office_schedule_is_answered_no_for_an_applicant_who_wants_hybrid_or_remote(string label) =>
        Assert.Equal("No", Choice(Field("select", label, options: "Yes|No"), Jordan));

    [Fact]
    public void A_schedule_in_another_city_stays_open_when_the_applicant_would_not_relocate()
    {
        var input = Applicants.Only(("city", "Lisbon"), ("work_arrangement", "hybrid"), ("willing_to_relocate", "no"));

        Assert.Null(AnswerFinder.Find("Our Madrid office hosts the team on Tuesdays and Thursdays. Does this work for you?", "", input));
    }

    [Fact]
    public void A_schedule_in_the_applicants_own_city_needs_no_relocation()
    {
        var input = Applicants.Only(("city", "Lisbon"), ("work_arrangement", "hybrid"), ("willing_to_relocate", "no"));

        Assert.Equal("yes", AnswerFinder.Find("The Lisbon office hosts the team on Tuesdays and Thursdays. Does this work for you?", "", input)?.Value);
    }

    [Theory]
    [InlineData("Our head office is in Rotterdam. Would you be willing to relocate there?")]
    [InlineData("The team sits in Toronto three days a week. Are you open to moving to Toronto?")]
    public void A_relocation_question_naming_a_city_takes_the_relocation_answer(string label) =>
        Assert.Equal("Yes", Choice(Field("radio", label, options: "Yes|No"), Jordan));

    [Theory]
    [InlineData("Have you worked at Northwind Traders before, as staff or as a contractor?")]
    [InlineData("Were you ever employed by Fabrikam, Inc. or one of its affiliates?")]
    [InlineData("Have you previously worked for us?")]
    [InlineData("Are you a former employee of Litware Group?")]
    [InlineData("Have you ever worked here?")]
    public void Earlier_employment_with_the_hiring_company_takes_the_screening_answer_worded_for_any_company(string label) =>
        Assert.Equal("No", Choice(Field("select", label, options: "Yes|No"), Jordan));

    [Theory]
    [InlineData("Have you worked at a startup before?")]
    [InlineData("Have you ever worked with Kafka before?")]
    [InlineData("Have you ever been employed by a government agency?")]
    public void Work_elsewhere_or_with_a_tool_is_not_earlier_employment_with_the_company(string label) =>
        Assert.NotEqual(FormerEmployment.Topic, Topics.Of(label));

    [Theory]
    [InlineData("Have you applied to this company before?")]
    [InlineData("Have you worked at a startup before?")]
    public void A_question_that_only_sounds_like_earlier_employment_is_not_answered_by_its_screening_answer(string label) =>
        Assert.DoesNotContain("employed by this company", AnswerFinder.Find(label, "", Jordan)?.Source ?? "", StringComparison.Ordinal);

    [Fact]
    public void Earlier_employment_at_the_applicants_current_company_is_yes_from_the_profile()
    {
        var input = Applicants.Only(("current_company", "Contoso Pharmaceuticals"));

        Assert.Equal("yes", AnswerFinder.Find("Have you ever been employed by Contoso Pharmaceuticals?", "", input)?.Value);
        Assert.Null(AnswerFinder.Find("Have you ever been employed by Woodgrove Bank?", "", input));
    }

    [Theory]
    [InlineData("Client visits are part of the job. How much are you able to travel?")]
    [InlineData("Some weeks involve customer workshops on site. What percentage of your time could you travel?")]
    [InlineData("Our consultants visit client sites regularly. What share of your time could you spend travelling?")]
    public void A_screening_answer_keyed_by_an_identifier_answers_a_question_after_a_statement(string label) =>
        Assert.Equal("0-25%", Choice(Field("select", label, options: "None|0-25%|25-50%|More than 50%"), Jordan));

    [Fact]
    public void The_asked_sentence_is_the_last_question_after_a_statement()
    {
        Assert.Equal("Can you start soon?", Sentences.Asked("We hire in March. Can you start soon?"));
        Assert.Equal("Current employer", Sentences.Asked("Current employer"));
    }

    [Theory]
    [InlineData("Expected pay", "Per", "Hour|Week|Year", "Year")]
    [InlineData("Desired salary", "Pay frequency", "Hourly|Monthly|Annually", "Annually")]
    [InlineData("Target compensation", "", "per hour|per annum", "per annum")]
    public void A_period_select_beside_the_salary_takes_the_profiles_yearly_period(string amount, string label, string options, string expected)
    {
        var pay = Field("text", amount) with { Id = "pay" };
        var period = Field("select", label, options: options) with { Id = "period" };
        var inventory = new PageInventory([pay, period], [], [], 0, false, false, []);

        Assert.Equal(expected, Assert.Single(CompoundFields.Plan(period, inventory, Jordan, f => AnswerPlanner.Plan(f, Jordan, null))!.Choices).Text);
    }

    [Fact]
    public void A_currency_select_beside_the_salary_takes_the_salary_currency()
    {
        var pay = Field("text", "Expected annual pay") with { Id = "pay" };
        var currency = Field("select", "Currency", options: "EUR|GBP|USD") with { Id = "currency" };
        var inventory = new PageInventory([pay, currency], [], [], 0, false, false, []);

        Assert.Equal("USD", Assert.Single(CompoundFields.Plan(currency, inventory, Jordan, f => AnswerPlanner.Plan(f, Jordan, null))!.Choices).Text);
    }

    [Fact]
    public void A_select_with_a_question_of_its_own_is_not_part_of_the_field_before_it()
    {
        var pay = Field("text", "Expected pay") with { Id = "pay" };
        var source = Field("select", "How did you hear about us?", options: "LinkedIn|Other") with { Id = "source" };
        var inventory = new PageInventory([pay, source], [], [], 0, false, false, []);

        Assert.Null(CompoundFields.Amount(source, inventory));
    }

    private static FormField Field(string kind, string label, string options = "") => WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, options: options);

    private static string? Choice(FormField field, ApplyInput input) =>
        AnswerPlanner.Plan(field, input, null) is { } answer ? Assert.Single(answer.Choices).Text : null;
}
