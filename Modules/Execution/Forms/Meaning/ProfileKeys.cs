namespace GhostHands.Execution.Forms.Meaning;

/// <summary>One key of the applicant profile (<c>input_data.userData</c>) and the questions it answers.</summary>
/// <param name="Questions">Plain wordings of the question the key answers; their embeddings are what a form's label is compared with.</param>
internal sealed record ProfileKey(string Key, string Type, string Example, IReadOnlyList<string> Questions)
{
    public bool Legal => Topics.IsLegal(Key);
}

/// <summary>
/// Every profile key the engine reads (docs/execution.md has the same table). Keys answered by the label rules of
/// <see cref="AnswerPlanner"/> alone (names, email, phone) have no wordings: "Name" and "Email" need no model.
/// </summary>
internal static class ProfileKeys
{
    public static readonly IReadOnlyList<ProfileKey> All =
    [
        new("first_name", "text", "Ada", []),
        new("last_name", "text", "Lovelace", []),
        new("email", "text", "ada@example.com", []),
        new("phone", "text", "+1 (415) 555-0142", []),
        new("linkedin_url", "url", "https://linkedin.com/in/ada", []),
        new("address_line1", "text", "12 Market St", ["What is your street address?", "Home address"]),
        new("city", "text", "San Francisco", ["Which city do you live in?", "City of residence", "Where are you currently located?"]),
        new("state", "text", "CA", ["Which state or province do you live in?"]),
        new("postal_code", "text", "94103", ["What is your zip or postal code?"]),
        new("country", "text", "US", ["Which country do you live in?", "Country of residence"]),
        new("current_company", "text", "Initech", ["Who is your current employer?", "Name of the company you work for now", "Where do you work at the moment?"]),
        new("current_title", "text", "Senior Engineer", ["What is your current job title?", "Job title at your current employer"]),
        new("website", "url", "https://ada.dev", ["Personal website or homepage"]),
        new("github_url", "url", "https://github.com/ada", ["Link to your GitHub profile"]),
        new("portfolio_url", "url", "https://ada.dev/work", ["Link to your portfolio or work samples"]),
        new("years_experience", "number", "7", ["How many years of professional experience do you have?", "Years of relevant work experience", "How much relevant experience do you have?"]),
        new("salary_expectation", "number (+ salary_currency)", "150000, USD", ["What are your salary expectations?", "Desired annual compensation", "What pay are you expecting?"]),
        // Only the topic rule answers the currency: its wordings would sit too close to the salary's.
        new("salary_currency", "ISO 4217 code", "USD", []),
        new("start_date", "ISO date", "2027-01-15", ["When can you start?", "Earliest date you could join us", "Date available to start work"]),
        new("notice_period", "text", "4 weeks", ["How much notice do you need to give your current employer?", "What is your notice period?"]),
        new("work_authorization", "yes/no, or an object keyed by country {\"US\":\"yes\"}", "yes", ["Are you legally authorized to work in this country?", "Do you have the right to work here?"]),
        new("requires_sponsorship", "yes/no", "no", ["Will you now or in the future require visa sponsorship for employment?"]),
        new("willing_to_relocate", "yes/no", "yes", ["Are you willing to relocate for this position?", "Would you move to the city of this job?"]),
        new("work_arrangement", "remote / hybrid / onsite", "hybrid", ["Do you prefer remote, hybrid or on-site work?", "Preferred working arrangement", "Would you rather work from home, in the office or a mix of both?"]),
        new("highest_education", "text", "Bachelor's degree", ["What is the highest level of education you have completed?"]),
        new("school", "text", "University of London", ["Which university or school did you attend?"]),
        new("degree", "text", "BSc Mathematics", ["What degree do you hold?", "Field of study or major"]),
        new("languages", "list or comma text", "English, French", ["Which languages do you speak?", "Spoken languages and proficiency"]),
        new("skills", "list or comma text", "C#, PostgreSQL", ["Which technical skills or tools are you proficient in?", "List your key skills"]),
        new("gender", "text (absent: the form's decline option)", "Female", ["What is your gender?"]),
        new("ethnicity", "text (absent: the form's decline option)", "Hispanic or Latino", ["What is your race or ethnicity?"]),
        new("veteran_status", "text (absent: the form's decline option)", "I am not a protected veteran", ["Are you a protected veteran?"]),
        new("disability_status", "text (absent: the form's decline option)", "No, I do not have a disability", ["Do you have a disability?"]),
        new("pronouns", "text", "she/her", ["What are your pronouns?"]),
        // Only the topic rule answers the birth date: its wordings would sit too close to the start date's.
        new("date_of_birth", "ISO date", "1994-03-02", []),
    ];

    /// <summary>EEO questions: without an answer in the profile, the form's "decline to answer" option is chosen.</summary>
    public static readonly IReadOnlySet<string> DeclineByDefault = new HashSet<string>(StringComparer.Ordinal)
    {
        "gender", "ethnicity", "veteran_status", "disability_status", "sexual_orientation", "transgender",
    };

    private static readonly Dictionary<string, ProfileKey> ByName = All.ToDictionary(k => k.Key, StringComparer.OrdinalIgnoreCase);

    public static ProfileKey? Find(string key) => ByName.GetValueOrDefault(key.Trim());
}
