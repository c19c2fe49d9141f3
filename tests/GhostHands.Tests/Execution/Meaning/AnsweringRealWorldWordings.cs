using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Screening questions as applicant tracking systems commonly word them (with the option lists they use), none taken
/// from a fixture form. The fixture applicant's profile and screening answers imply each expected answer; an empty
/// expectation means the question stays open (the job asks a person), and one starting with "!" names an answer that
/// would come from the wrong fact and must not be given.
/// </summary>
public sealed class WhenARealWorldScreeningQuestionIsAsked
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    [Theory]
    [InlineData("radio", "Are you currently authorized to work in the United States?", "Yes|No", "Yes")]
    [InlineData("radio", "Are you legally authorized to work in the United States for Northwind Traders?", "Yes|No", "Yes")]
    [InlineData("select", "Are you eligible to work in the U.S. without restriction?", "Yes|No", "Yes")]
    [InlineData("select", "Can you provide proof of your eligibility to work in the US upon hire?", "Yes|No", "Yes")]
    [InlineData("radio", "Do you have unrestricted work authorization in the USA?", "Yes|No", "Yes")]
    [InlineData("radio", "Are you able to work in the US without visa sponsorship now and in the future?", "Yes|No", "Yes")]
    [InlineData("select", "Work Authorization", "Authorized to work in the US for any employer|Authorized to work in the US for present employer only|Require sponsorship", "Authorized to work in the US for any employer")]
    [InlineData("radio", "Are you authorized to work in the United States?", "Yes, for any employer|Yes, but only with sponsorship from my current employer|No", "Yes, for any employer")]
    [InlineData("radio", "Will you now, or in the future, require sponsorship for employment visa status (e.g., H-1B visa status)?", "Yes|No", "No")]
    [InlineData("radio", "Do you require H-1B sponsorship?", "Yes|No", "No")]
    [InlineData("select", "Will you require the company to sponsor you for a work visa now or in the future?", "Yes|No", "No")]
    [InlineData("radio", "Will you require immigration sponsorship, now or in the future, to continue working in the United States?", "Yes|No", "No")]
    [InlineData("select", "Sponsorship required?", "Yes|No", "No")]
    [InlineData("select", "Visa sponsorship", "I require sponsorship|I do not require sponsorship", "I do not require sponsorship")]
    [InlineData("radio", "Are you legally authorized to work in Canada?", "Yes|No", "")]
    [InlineData("radio", "Do you have the right to work in the United Kingdom?", "Yes|No", "")]
    [InlineData("radio", "Are you a U.S. citizen?", "Yes|No", "")]
    [InlineData("select", "What is your current visa status?", "US Citizen|Green Card holder|H-1B|F-1 OPT|Other", "")]
    [InlineData("radio", "Do you currently hold an active security clearance?", "Yes|No", "")]
    [InlineData("select", "Citizenship", "United States|Canada|Mexico|Other", "")]
    public void Authorisation_and_sponsorship(string kind, string label, string options, string expected) => Check(kind, label, options, expected);

    [Theory]
    [InlineData("radio", "Are you at least 18 years old?", "Yes|No", "Yes")]
    [InlineData("radio", "Are you over the age of 18?", "Yes|No", "Yes")]
    [InlineData("select", "Please confirm that you are 18 years of age or older.", "Yes|No", "Yes")]
    [InlineData("radio", "Are you willing to relocate to Austin, TX?", "Yes|No", "Yes")]
    [InlineData("radio", "Would you be open to relocating for this role?", "Yes|No", "Yes")]
    [InlineData("select", "Are you comfortable working on-site five days a week?", "Yes|No", "No")]
    [InlineData("select", "What is your preferred work location?", "Remote|Hybrid|Onsite", "Hybrid")]
    [InlineData("select", "Work model preference", "Remote|Hybrid|Office", "Hybrid")]
    [InlineData("checkboxgroup", "Which work arrangements are you open to? (select all that apply)", "Remote|Hybrid|On-site", "Remote|Hybrid")]
    [InlineData("radio", "Are you willing to travel up to 10% of the time?", "Yes|No", "Yes")]
    [InlineData("radio", "This role requires travel up to 50% of the time. Are you willing to travel?", "Yes|No", "No")]
    [InlineData("radio", "Will you require relocation assistance?", "Yes|No", "")]
    public void Age_relocation_arrangement_and_travel(string kind, string label, string options, string expected) => Check(kind, label, options, expected);

    [Theory]
    [InlineData("text", "Total years of experience", "", "5")]
    [InlineData("text", "How many years of work experience do you have?", "", "5")]
    [InlineData("select", "Years of professional software engineering experience", "0-1|2-4|5-7|8+", "5-7")]
    [InlineData("select", "How many years of experience do you have with React?", "1-2 years|3-4 years|5+ years", "")]
    [InlineData("text", "How many years of experience do you have with C#?", "", "")]
    [InlineData("text", "How many years of Python experience do you have?", "", "!5")]
    [InlineData("select", "How many years of experience do you have with Java?", "None|1-2 years|3-4 years|5+ years", "!5+ years")]
    [InlineData("text", "What is your expected base salary?", "", "120000")]
    [InlineData("text", "What are your total compensation expectations?", "", "120000")]
    [InlineData("text", "What is your desired salary range?", "", "120000")]
    [InlineData("text", "Minimum salary requirement", "", "120000")]
    [InlineData("select", "Salary expectations (annual, USD)", "Less than $90,000|$90,000 - $110,000|$110,000 - $130,000|$130,000+", "$110,000 - $130,000")]
    [InlineData("select", "What is your expected annual base salary?", "$80K - $100K|$100K - $125K|$125K - $150K|$150K+", "$100K - $125K")]
    [InlineData("text", "What is your current salary?", "", "!120000")]
    [InlineData("text", "Desired hourly rate", "", "!120000")]
    public void Experience_and_pay(string kind, string label, string options, string expected) => Check(kind, label, options, expected);

    [Theory]
    [InlineData("text", "What is your availability to start?", "", "2026-01-15")]
    [InlineData("text", "If offered the position, when could you start?", "", "2026-01-15")]
    [InlineData("text", "Start date", "", "2026-01-15")]
    [InlineData("text", "What is your notice period?", "", "2 weeks")]
    [InlineData("text", "How much notice do you have to give your current employer?", "", "2 weeks")]
    [InlineData("text", "Current notice period", "", "2 weeks")]
    public void Start_and_notice(string kind, string label, string options, string expected) => Check(kind, label, options, expected);

    [Theory]
    [InlineData("select", "What is the highest level of education you have completed?", "High school|Associate degree|Bachelor's degree|Master's degree|Doctorate", "Bachelor's degree")]
    [InlineData("select", "Highest level of education", "Some college|Bachelor's|Master's|PhD", "Bachelor's")]
    [InlineData("select", "Education level", "High School or equivalent|Bachelor's Degree|Master's Degree|Doctoral Degree|Other", "Bachelor's Degree")]
    [InlineData("select", "Degree", "Associate's|Bachelor's|Master's|MBA|PhD|Other", "Bachelor's")]
    [InlineData("text", "Field of study", "", "Computer Science")]
    [InlineData("text", "Major", "", "Computer Science")]
    [InlineData("text", "What is your area of study?", "", "Computer Science")]
    [InlineData("text", "School", "", "University of California, Davis")]
    [InlineData("text", "Name of university", "", "University of California, Davis")]
    [InlineData("text", "School or university attended", "", "University of California, Davis")]
    [InlineData("radio", "Do you have a Bachelor's degree or higher?", "Yes|No", "Yes")]
    [InlineData("radio", "Have you completed a bachelor's degree in Computer Science or a related field?", "Yes|No", "Yes")]
    [InlineData("radio", "Do you have a Master's degree?", "Yes|No", "No")]
    [InlineData("select", "Highest degree obtained", "High School|Associate|Bachelor|Master|Doctorate", "Bachelor")]
    public void Education(string kind, string label, string options, string expected) => Check(kind, label, options, expected);

    [Theory]
    [InlineData("checkboxgroup", "Which languages are you fluent in?", "English|Spanish|French|German|Mandarin", "English|Spanish")]
    [InlineData("radio", "Do you speak Spanish?", "Yes|No", "Yes")]
    [InlineData("radio", "Are you fluent in English?", "Yes|No", "Yes")]
    [InlineData("radio", "Are you fluent in German?", "Yes|No", "!Yes")]
    [InlineData("checkboxgroup", "Select all the technologies you have professional experience with", "Python|C#|Go|TypeScript|Ruby|PostgreSQL", "C#|TypeScript|PostgreSQL")]
    [InlineData("checkboxgroup", "Cloud & infrastructure tools (select all that apply)", "AWS|Azure|GCP|Kubernetes|Terraform|Ansible", "Kubernetes|Terraform")]
    [InlineData("radio", "Do you have experience with Kubernetes?", "Yes|No", "Yes")]
    [InlineData("radio", "Do you have professional experience with TypeScript?", "Yes|No", "Yes")]
    [InlineData("radio", "Do you have experience with Java?", "Yes|No", "!Yes")]
    [InlineData("radio", "Do you speak English?", "Yes|No", "Yes")]
    [InlineData("checkboxgroup", "Which programming languages are you proficient in?", "Python|C#|TypeScript|Go", "C#|TypeScript")]
    public void Languages_and_skills(string kind, string label, string options, string expected) => Check(kind, label, options, expected);

    [Theory]
    [InlineData("select", "How did you hear about this position?", "Indeed|LinkedIn|Company Website|Referral|Other", "LinkedIn")]
    [InlineData("select", "Referral source", "Job Board|LinkedIn|Employee Referral|Other", "LinkedIn")]
    [InlineData("text", "How did you find out about us?", "", "LinkedIn")]
    [InlineData("select", "Where did you see this job posting?", "Glassdoor|LinkedIn|Built In|Other", "LinkedIn")]
    [InlineData("text", "Current job title", "", "Senior Software Engineer")]
    [InlineData("text", "Current or most recent job title", "", "Senior Software Engineer")]
    [InlineData("text", "Current position", "", "Senior Software Engineer")]
    [InlineData("text", "Current company", "", "Tailspin Toys")]
    [InlineData("text", "Current employer (if applicable)", "", "Tailspin Toys")]
    [InlineData("text", "LinkedIn Profile", "", "https://www.linkedin.com/in/jordan-rivera-example")]
    [InlineData("text", "LinkedIn URL", "", "https://www.linkedin.com/in/jordan-rivera-example")]
    [InlineData("text", "GitHub profile", "", "https://github.com/jordan-rivera-example")]
    [InlineData("text", "GitHub URL", "", "https://github.com/jordan-rivera-example")]
    [InlineData("text", "Portfolio URL", "", "https://jordanrivera.dev/projects")]
    [InlineData("text", "Personal website", "", "https://jordanrivera.dev")]
    [InlineData("text", "Website", "", "https://jordanrivera.dev")]
    [InlineData("select", "How did you learn about this opportunity?", "Indeed|LinkedIn|Glassdoor|Friend", "LinkedIn")]
    [InlineData("text", "LinkedIn", "", "https://www.linkedin.com/in/jordan-rivera-example")]
    [InlineData("text", "Twitter / X profile", "", "")]
    public void Source_employer_and_links(string kind, string label, string options, string expected) => Check(kind, label, options, expected);

    [Theory]
    [InlineData("select", "Pronouns", "She/her|He/him|They/them|Prefer not to say", "He/him")]
    [InlineData("select", "What are your pronouns?", "she/her/hers|he/him/his|they/them/theirs|Other", "he/him/his")]
    [InlineData("text", "Preferred name", "", "Jordan")]
    [InlineData("text", "What name do you prefer to go by?", "", "Jordan")]
    [InlineData("text", "Preferred first name", "", "Jordan")]
    [InlineData("radio", "Have you ever worked for Northwind Traders before?", "Yes|No", "No")]
    [InlineData("radio", "Have you previously been employed by Contoso?", "Yes|No", "No")]
    [InlineData("select", "Are you a former employee of Fabrikam?", "Yes|No", "No")]
    [InlineData("radio", "Do you have any relatives currently employed by Northwind Traders?", "Yes|No", "No")]
    [InlineData("radio", "Are you related to anyone who currently works at Contoso?", "Yes|No", "No")]
    [InlineData("radio", "Are you willing to undergo a background check?", "Yes|No", "Yes")]
    [InlineData("radio", "If offered employment, are you willing to complete a background check?", "Yes|No", "Yes")]
    [InlineData("select", "Do you consent to a pre-employment background check?", "Yes|No", "Yes")]
    [InlineData("radio", "Have you ever been convicted of a felony?", "Yes|No", "")]
    [InlineData("select", "Preferred pronouns", "He/Him|She/Her|They/Them|Other", "He/Him")]
    [InlineData("radio", "Have you applied to Contoso before?", "Yes|No", "")]
    public void Identity_history_and_checks(string kind, string label, string options, string expected) => Check(kind, label, options, expected);

    [Theory]
    [InlineData("select", "Gender", "Male|Female|Decline To Self Identify", "Male")]
    [InlineData("select", "What is your gender identity?", "Man|Woman|Non-binary|Prefer not to say", "Man")]
    [InlineData("select", "Race", "American Indian or Alaska Native|Asian|Black or African American|Hispanic or Latino|Native Hawaiian or Other Pacific Islander|White|Two or More Races|Decline To Self Identify", "Hispanic or Latino")]
    [InlineData("select", "Ethnicity", "Hispanic or Latino|Not Hispanic or Latino|Decline to self-identify", "Hispanic or Latino")]
    [InlineData("radio", "Disability Status", "Yes, I have a disability, or have had one in the past|No, I do not have a disability and have not had one in the past|I do not want to answer", "I do not want to answer")]
    [InlineData("radio", "Do you have a disability?", "Yes, I have a disability (or previously had a disability)|No, I don't have a disability|I don't wish to answer", "I don't wish to answer")]
    [InlineData("select", "Protected Veteran Status", "I identify as one or more of the classifications of protected veteran listed above|I am not a protected veteran|I don't wish to answer", "I am not a protected veteran")]
    [InlineData("select", "Are you a veteran?", "Yes|No|Decline to answer", "No")]
    [InlineData("select", "Military status", "Active duty|Veteran|Not a veteran|Prefer not to say", "Not a veteran")]
    [InlineData("select", "Sexual orientation", "Heterosexual|Gay or Lesbian|Bisexual|Prefer not to say", "Prefer not to say")]
    [InlineData("select", "Do you identify as transgender?", "Yes|No|Prefer not to say", "Prefer not to say")]
    public void Equal_opportunity(string kind, string label, string options, string expected) => Check(kind, label, options, expected);

    [Theory]
    [InlineData("I have read and agree to the Privacy Policy", false, "true")]
    [InlineData("I consent to the processing of my personal data for recruitment purposes", true, "true")]
    [InlineData("I agree to receive text messages (SMS) about my application", false, "!true")]
    [InlineData("Yes, I'd like to receive job alerts and marketing emails", false, "!true")]
    [InlineData("Text me updates about my application status", false, "!true")]
    public void Consents(string label, bool required, string expected)
    {
        var field = WhenAFormWordsAProfileQuestionItsOwnWay.Field("checkbox", label) with { Required = required };

        Compare(expected, AnswerPlanner.Plan(field, Jordan, null)?.Value);
    }

    [Theory]
    [InlineData("Work Authorization", "Authorized to work in the US for any employer|Authorized to work in the US for present employer only|Require sponsorship")]
    [InlineData("Are you authorized to work in the United States?", "Yes, for any employer|Yes, but only with sponsorship from my current employer|No")]
    public void An_authorisation_bound_to_sponsorship_is_never_claimed_for_an_applicant_who_needs_it(string label, string options)
    {
        var input = Applicants.With(new Dictionary<string, string> { ["work_authorization"] = "yes", ["requires_sponsorship"] = "yes", ["country"] = "US" });

        Assert.Null(AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field("select", label, options: options), input, null));
    }

    private static void Check(string kind, string label, string options, string expected)
    {
        var answer = AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, options: options), Jordan, null);
        var given = answer is null ? null : options.Length == 0 ? answer.Value : string.Join('|', answer.Choices.Select(c => c.Text));
        Compare(expected, given);
    }

    private static void Compare(string expected, string? given)
    {
        if (expected.Length == 0)
        {
            Assert.Null(given);
        }
        else if (expected.StartsWith('!'))
        {
            Assert.NotEqual(expected[1..], given);
        }
        else
        {
            Assert.Equal(expected, given);
        }
    }
}
