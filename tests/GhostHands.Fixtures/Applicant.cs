using System.Text.Json.Serialization;

namespace GhostHands.Fixtures;

/// <summary>
/// The one applicant profile every fixture form is filled from (<c>Applicant.json</c>), in the shape of an apply job's
/// input data. <see cref="QaOverrides"/> keys are deliberately worded unlike the forms' labels, and some are the short
/// profile-style keys people write (<c>notice_period</c>).
/// </summary>
public sealed record Applicant(ApplicantUserData UserData, IReadOnlyDictionary<string, string> QaOverrides);

/// <summary>
/// <c>userData</c>: the five fields every apply job has, then the optional rest of the applicant profile. Every
/// expected value of a fixture form derives from one of these or from a <see cref="Applicant.QaOverrides"/> entry.
/// </summary>
public sealed record ApplicantUserData(
    [property: JsonPropertyName("first_name")] string FirstName,
    [property: JsonPropertyName("last_name")] string LastName,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("phone")] string Phone,
    [property: JsonPropertyName("linkedin_url")] string LinkedInUrl)
{
    [JsonPropertyName("address_line1")] public string? AddressLine1 { get; init; }
    [JsonPropertyName("city")] public string? City { get; init; }
    [JsonPropertyName("state")] public string? State { get; init; }
    [JsonPropertyName("postal_code")] public string? PostalCode { get; init; }
    [JsonPropertyName("country")] public string? Country { get; init; }
    [JsonPropertyName("current_company")] public string? CurrentCompany { get; init; }
    [JsonPropertyName("current_title")] public string? CurrentTitle { get; init; }
    [JsonPropertyName("website")] public string? Website { get; init; }
    [JsonPropertyName("github_url")] public string? GitHubUrl { get; init; }
    [JsonPropertyName("portfolio_url")] public string? PortfolioUrl { get; init; }
    [JsonPropertyName("years_experience")] public int? YearsExperience { get; init; }
    [JsonPropertyName("salary_expectation")] public int? SalaryExpectation { get; init; }
    [JsonPropertyName("salary_currency")] public string? SalaryCurrency { get; init; }

    /// <summary>ISO date, <c>yyyy-MM-dd</c>.</summary>
    [JsonPropertyName("start_date")] public string? StartDate { get; init; }

    [JsonPropertyName("notice_period")] public string? NoticePeriod { get; init; }

    /// <summary>"yes" or "no" (the contract also allows an object keyed by country; this applicant gives one answer).</summary>
    [JsonPropertyName("work_authorization")] public string? WorkAuthorization { get; init; }

    [JsonPropertyName("requires_sponsorship")] public string? RequiresSponsorship { get; init; }
    [JsonPropertyName("willing_to_relocate")] public string? WillingToRelocate { get; init; }

    /// <summary>remote, hybrid or onsite.</summary>
    [JsonPropertyName("work_arrangement")] public string? WorkArrangement { get; init; }

    [JsonPropertyName("highest_education")] public string? HighestEducation { get; init; }
    [JsonPropertyName("school")] public string? School { get; init; }
    [JsonPropertyName("degree")] public string? Degree { get; init; }
    [JsonPropertyName("languages")] public IReadOnlyList<string>? Languages { get; init; }
    [JsonPropertyName("skills")] public IReadOnlyList<string>? Skills { get; init; }
    [JsonPropertyName("gender")] public string? Gender { get; init; }
    [JsonPropertyName("ethnicity")] public string? Ethnicity { get; init; }
    [JsonPropertyName("veteran_status")] public string? VeteranStatus { get; init; }
    [JsonPropertyName("disability_status")] public string? DisabilityStatus { get; init; }
    [JsonPropertyName("pronouns")] public string? Pronouns { get; init; }
}
