using System.Text.Json;
using GhostHands.Execution.Forms;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Questions whose answer the applicant's data holds in other words than the form's: a way of working described by
/// its days and place ("Tuesdays at the studio, remote the rest of the week"), a schedule at a workplace named by its
/// kind ("our distribution center"), a source list of kinds of site before a list of sites, and a signature asking for
/// the full legal name. None is taken from a fixture form. An empty expectation means the question stays open, and
/// one starting with "!" names an answer that must not be given.
/// </summary>
public sealed class WhenAnAnswerIsWordedAsWhatItMeans
{
    private static readonly ApplyInput Jordan = ApplyInput.Parse(JsonDocument.Parse(FixtureCatalog.ApplicantJson).RootElement).Input!;

    [Theory]
    [InlineData("Our platform team is distributed, with a studio in Leeds used on Tuesdays. How would you like to work?", "Fully remote|Tuesdays at the Leeds studio, remote the rest of the week|Leeds studio full time", "Tuesdays at the Leeds studio, remote the rest of the week")]
    [InlineData("Which working pattern suits you?", "Home-based|On site Monday to Wednesday, remote the other days|Every day at our Denver campus", "On site Monday to Wednesday, remote the other days")]
    [InlineData("How do you see yourself working with us?", "Entirely from home|Wednesdays and Fridays at HQ, remotely otherwise|Full-time at our Denver campus", "Wednesdays and Fridays at HQ, remotely otherwise")]
    [InlineData("Preferred way of working", "Remote anywhere in Canada|At the Halifax hub on Mondays, otherwise from home|Full-time at the Halifax hub", "At the Halifax hub on Mondays, otherwise from home")]
    [InlineData("Where would you do your best work?", "Remote, anywhere in Ireland|Split between home and the Cork office|In the Cork office every day", "Split between home and the Cork office")]
    public void A_way_of_working_described_by_its_days_is_the_hybrid_arrangement(string label, string options, string expected) =>
        Check("radio", label, options, expected, Jordan);

    [Theory]
    [InlineData("onsite", "Full-time at our Denver campus")]
    [InlineData("remote", "Entirely from home")]
    public void Other_arrangements_take_their_own_option_and_never_the_days_in_between(string arrangement, string expected) =>
        Check("radio", "How do you see yourself working with us?", "Entirely from home|Wednesdays and Fridays at HQ, remotely otherwise|Full-time at our Denver campus", expected,
            Applicants.Only(("work_arrangement", arrangement)));

    [Theory]
    [InlineData("The team works from our Reno distribution center on Mondays and Tuesdays and remotely the rest of the week. Can you work this schedule?", "Yes")]
    [InlineData("Our Tacoma hub hosts the team on Wednesdays; otherwise we work from home. Does this arrangement work for you?", "Yes")]
    [InlineData("This role is based at our Boston lab five days a week. Are you able to commit to that?", "No")]
    [InlineData("Analysts sit in the Calgary operations centre Monday through Friday. Can you work on site daily?", "No")]
    [InlineData("Have you previously worked in a fulfillment center?", "!Yes")]
    public void A_schedule_at_a_workplace_named_by_its_kind_is_compared_with_the_arrangements_accepted(string label, string expected) =>
        Check("radio", label, "Yes|No", expected, Jordan);

    [Theory]
    [InlineData("select", "How many years have you spent building backend services?", "Under two years|Two to four years|Five to eight years|Nine or more years", "Five to eight years")]
    [InlineData("radio", "Years of professional experience", "One year or less|Between two and four years|Between five and ten years|More than ten years", "Between five and ten years")]
    [InlineData("radio", "Years of hands-on Rust experience", "One year or less|Between two and four years|Between five and ten years|More than ten years", "")]
    [InlineData("select", "Total years in professional software roles", "Zero to two|Three to six|Seven or more", "Three to six")]
    [InlineData("radio", "Will you require Globex to sponsor a work visa for you, now or later?", "Yes, I will require sponsorship from Globex|No, I will not require sponsorship", "No, I will not require sponsorship")]
    [InlineData("radio", "Do you now, or will you in the future, need Initech to support an immigration petition for you?", "Yes, Initech would need to file for me|No, Initech would not need to file for me", "No, Initech would not need to file for me")]
    [InlineData("radio", "How many years have you managed people?", "None|One to two years|Three or more years", "")]
    public void A_range_or_statement_in_words_is_read_as_the_answer_it_means(string kind, string label, string options, string expected) =>
        Check(kind, label, options, expected, Jordan);

    [Theory]
    [InlineData("Source", "Employee Referral|Online Job Board|Social Network|Company Careers Site|Other", "Online Job Board")]
    [InlineData("Source Type", "Agency|Internet Job Posting|Social Media|Walk-in", "Internet Job Posting")]
    [InlineData("Candidate Source", "Referral|Social Media|Internet|Career Fair", "Social Media")]
    [InlineData("Source Name", "Indeed|LinkedIn|Monster", "LinkedIn")]
    [InlineData("Source Details", "Facebook|Instagram|Other", "Other")]
    [InlineData("Source", "Job Board - Indeed|Job Board - Monster|Referral", "")]
    public void A_source_list_of_kinds_takes_the_kind_of_site_the_applicant_named(string label, string options, string expected) =>
        Check("select", label, options, expected, Jordan);

    [Theory]
    [InlineData("Facebook", "Social Media")]
    [InlineData("Indeed", "Job Board")]
    [InlineData("Google", "Search Engine")]
    public void Each_site_goes_under_its_own_kind(string site, string expected) =>
        Check("select", "Source", "Employee Referral|Job Board|Social Media|Search Engine|Other", expected,
            Applicants.With(qa: new Dictionary<string, string> { ["How did you hear about us?"] = site }));

    [Theory]
    [InlineData("text", "Open source contributions", "!LinkedIn")]
    [InlineData("text", "Referrer name", "!LinkedIn")]
    [InlineData("checkboxgroup", "Which social media platforms do you use?", "!LinkedIn")]
    public void A_neighbouring_question_never_takes_the_source(string kind, string label, string expected) =>
        Check(kind, label, kind == "text" ? "" : "Facebook|LinkedIn|Instagram", expected, Jordan);

    [Theory]
    [InlineData("Full Legal Name", "Jordan Rivera")]
    [InlineData("Legal full name", "Jordan Rivera")]
    [InlineData("Electronic signature (type your full legal name)", "Jordan Rivera")]
    [InlineData("Emergency contact full legal name", "!Jordan Rivera")]
    [InlineData("Reference's full name", "!Jordan Rivera")]
    public void A_signature_asking_for_the_full_legal_name_takes_the_applicants_name(string label, string expected) =>
        Check("text", label, "", expected, Jordan);

    private static void Check(string kind, string label, string options, string expected, ApplyInput input)
    {
        var answer = AnswerPlanner.Plan(WhenAFormWordsAProfileQuestionItsOwnWay.Field(kind, label, options: options), input, null);
        var given = answer is null ? null : options.Length == 0 ? answer.Value : string.Join('|', answer.Choices.Select(c => c.Text));
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
