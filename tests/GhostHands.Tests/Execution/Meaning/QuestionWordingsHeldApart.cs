namespace GhostHands.Tests.Execution.Meaning;

/// <summary>
/// Screening questions written with <see cref="QuestionWordingsBank"/> and kept apart from it: the engine's wording
/// rules are never tuned against these, so their score tells how well the rules generalise. Unchanged since their
/// first run. A wording the engine leaves to a person passes (a pause is safe; 42 of the 47 were answered when last
/// counted, with the check made strict); a wrong answer, or an answer where none should be given, fails.
/// </summary>
public sealed class QuestionWordingsHeldApart
{
    [Theory]
    [InlineData("radio", "Are you lawfully authorised to take up employment in the United States?", "Yes|No", "Yes")]
    [InlineData("radio", "Do you possess the legal right to work in the USA?", "Yes|No", "Yes")]
    [InlineData("radio", "Are you authorized to work in Australia?", "Yes|No", "")]
    [InlineData("radio", "Would you need Contoso to sponsor an employment visa for you, now or later?", "Yes|No", "No")]
    [InlineData("select", "Visa sponsorship needed?", "Yes|No", "No")]
    [InlineData("radio", "Do you not need visa sponsorship?", "Yes|No", "!No")]
    [InlineData("radio", "Could you relocate to Seattle for this position?", "Yes|No", "Yes")]
    [InlineData("radio", "Relocating to Berlin would be required. Is that something you would do?", "Yes|No", "Yes")]
    [InlineData("radio", "Can you be in our San Francisco office three days a week?", "Yes|No", "Yes")]
    [InlineData("radio", "Could you work from our New York office every day?", "Yes|No", "No")]
    [InlineData("text", "How long is your notice period?", "", "2 weeks")]
    [InlineData("text", "Notice required by current employer", "", "2 weeks")]
    [InlineData("date", "When would you be ready to start?", "", "2026-01-15")]
    [InlineData("date", "Earliest joining date", "", "2026-01-15")]
    [InlineData("text", "What base salary are you targeting?", "", "120000")]
    [InlineData("text", "Annual pay expectation", "", "120000")]
    [InlineData("select", "In which currency is your salary expectation?", "EUR|GBP|USD", "USD")]
    [InlineData("select", "Highest educational attainment", "High school|Bachelor's|Master's|Doctorate", "Bachelor's")]
    [InlineData("text", "Institution attended", "", "University of California, Davis")]
    [InlineData("radio", "Do you hold a university degree?", "Yes|No", "Yes")]
    [InlineData("radio", "Can you communicate professionally in Spanish?", "Yes|No", "Yes")]
    [InlineData("radio", "Do you speak Mandarin?", "Yes|No", "!Yes")]
    [InlineData("select", "How did this role come to your attention?", "LinkedIn|Indeed|Referral|Other", "LinkedIn")]
    [InlineData("select", "Where did you learn of this vacancy?", "LinkedIn|Indeed|Referral|Other", "LinkedIn")]
    [InlineData("text", "Name of referring employee", "", "")]
    [InlineData("radio", "Has a member of our staff referred you?", "Yes|No", "!Yes")]
    [InlineData("radio", "Were you ever on Contoso's payroll?", "Yes|No", "No")]
    [InlineData("radio", "Are you a returning Contoso employee?", "Yes|No", "No")]
    [InlineData("radio", "Are you aged 18 or over?", "Yes|No", "Yes")]
    [InlineData("radio", "Are you younger than 18?", "Yes|No", "No")]
    [InlineData("radio", "Will you consent to a background check if we make you an offer?", "Yes|No", "Yes")]
    [InlineData("radio", "Are you willing to take a pre-employment drug test?", "Yes|No", "")]
    [InlineData("radio", "Are you under any non-compete restrictions?", "Yes|No", "No")]
    [InlineData("radio", "Do you currently hold a security clearance?", "Yes|No", "")]
    [InlineData("radio", "Are you eligible for a security clearance?", "Yes|No", "")]
    [InlineData("radio", "Would you be willing to travel up to 10% of the time?", "Yes|No", "Yes")]
    [InlineData("radio", "The role requires travel about 60% of the time. Is that OK?", "Yes|No", "No")]
    [InlineData("text", "Link to GitHub profile", "", "https://github.com/jordan-rivera-example")]
    [InlineData("text", "Online portfolio", "", "https://jordanrivera.dev/projects")]
    [InlineData("text", "LinkedIn URL (optional)", "", "https://www.linkedin.com/in/jordan-rivera-example")]
    [InlineData("select", "My pronouns are", "he/him|she/her|they/them", "he/him")]
    [InlineData("select", "Sex", "Male|Female|Prefer not to say", "Male")]
    [InlineData("select", "Race / ethnicity (voluntary)", "White|Black|Hispanic or Latino|Asian|Decline", "Hispanic or Latino")]
    [InlineData("radio", "Are you a protected veteran as defined by VEVRAA?", "Yes|No|Decline", "No")]
    [InlineData("radio", "Do you consider yourself to have a disability?", "Yes|No|Prefer not to say", "Prefer not to say")]
    [InlineData("checkbox", "I consent to the processing of my application data", "", "true")]
    [InlineData("checkbox?", "Send me news about upcoming openings", "", "!true")]
    public void Is_answered_rightly_or_left_to_a_person(string kind, string label, string options, string expected) =>
        Wordings.Check(kind, label, options, expected, openIsSafe: true);
}
