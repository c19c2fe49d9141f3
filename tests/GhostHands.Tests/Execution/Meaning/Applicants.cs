using GhostHands.Execution.Forms;

namespace GhostHands.Tests.Execution.Meaning;

/// <summary>Applicant inputs for the matcher tests: a full profile whose every value names its own key.</summary>
internal static class Applicants
{
    public static readonly IReadOnlyDictionary<string, string> FullProfile = new Dictionary<string, string>
    {
        ["first_name"] = "Ada", ["last_name"] = "Lovelace", ["email"] = "ada@example.com", ["phone"] = "+1 (415) 555-0142",
        ["address_line1"] = "12 Market St", ["city"] = "San Francisco", ["state"] = "CA", ["postal_code"] = "94103",
        ["country"] = "US", ["current_company"] = "Initech", ["current_title"] = "Senior Engineer",
        ["website"] = "https://ada.example", ["github_url"] = "https://github.com/ada", ["portfolio_url"] = "https://ada.example/work",
        ["years_experience"] = "7", ["salary_expectation"] = "150000", ["salary_currency"] = "USD", ["start_date"] = "2027-01-15",
        ["notice_period"] = "4 weeks", ["work_authorization"] = "yes", ["requires_sponsorship"] = "no",
        ["willing_to_relocate"] = "yes", ["work_arrangement"] = "hybrid", ["highest_education"] = "Bachelors",
        ["school"] = "University of London", ["degree"] = "BSc Mathematics", ["languages"] = "English, French",
        ["skills"] = "C#, PostgreSQL", ["gender"] = "Female", ["ethnicity"] = "White", ["veteran_status"] = "I am not a veteran",
        ["disability_status"] = "No", ["pronouns"] = "she/her",
    };

    public static ApplyInput With(
        IReadOnlyDictionary<string, string>? profile = null, IReadOnlyDictionary<string, string>? qa = null, params KnownAnswer[] saved) =>
        new(profile ?? new Dictionary<string, string>(), qa ?? new Dictionary<string, string>(), null) { SavedAnswers = saved };

    public static ApplyInput Only(params (string Key, string Value)[] profile) =>
        With(profile.ToDictionary(p => p.Key, p => p.Value));
}
