using System.Text.Json.Serialization;

namespace GhostHands.Client;

/// <summary>
/// The applicant profile, <c>input_data.userData</c> of <c>apply</c> and <c>fill_form</c> jobs, with the contract's
/// snake_case keys. Every property is optional; unset ones are left out of the JSON, and the engine then pauses on a
/// question only they would answer, or picks the form's decline option for the demographic questions.
/// </summary>
public sealed record ApplicantProfile
{
    /// <summary><c>first_name</c>.</summary>
    [JsonPropertyName("first_name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FirstName { get; init; }

    /// <summary><c>last_name</c>.</summary>
    [JsonPropertyName("last_name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LastName { get; init; }

    /// <summary><c>email</c>.</summary>
    [JsonPropertyName("email"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Email { get; init; }

    /// <summary><c>phone</c>, best in E.164 (<c>+14155550142</c>) so that country-code selects can be answered.</summary>
    [JsonPropertyName("phone"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Phone { get; init; }

    /// <summary><c>linkedin_url</c>.</summary>
    [JsonPropertyName("linkedin_url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LinkedinUrl { get; init; }

    /// <summary><c>address_line1</c>: street and number.</summary>
    [JsonPropertyName("address_line1"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AddressLine1 { get; init; }

    /// <summary><c>city</c>.</summary>
    [JsonPropertyName("city"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? City { get; init; }

    /// <summary><c>state</c>: state, province or region.</summary>
    [JsonPropertyName("state"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? State { get; init; }

    /// <summary><c>postal_code</c>.</summary>
    [JsonPropertyName("postal_code"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PostalCode { get; init; }

    /// <summary><c>country</c>: a name or an ISO code.</summary>
    [JsonPropertyName("country"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Country { get; init; }

    /// <summary><c>current_company</c>.</summary>
    [JsonPropertyName("current_company"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CurrentCompany { get; init; }

    /// <summary><c>current_title</c>.</summary>
    [JsonPropertyName("current_title"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CurrentTitle { get; init; }

    /// <summary><c>website</c>.</summary>
    [JsonPropertyName("website"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Website { get; init; }

    /// <summary><c>github_url</c>.</summary>
    [JsonPropertyName("github_url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? GithubUrl { get; init; }

    /// <summary><c>portfolio_url</c>.</summary>
    [JsonPropertyName("portfolio_url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PortfolioUrl { get; init; }

    /// <summary><c>years_experience</c>: 0 to 100.</summary>
    [JsonPropertyName("years_experience"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? YearsExperience { get; init; }

    /// <summary><c>salary_expectation</c>: a number (<c>"120000"</c> is sent as one) or text such as <c>"120k-140k"</c>.</summary>
    [JsonPropertyName("salary_expectation"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NumberOrTextConverter))]
    public string? SalaryExpectation { get; init; }

    /// <summary><c>salary_currency</c>: an ISO 4217 code such as <c>USD</c>.</summary>
    [JsonPropertyName("salary_currency"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SalaryCurrency { get; init; }

    /// <summary><c>start_date</c>: the earliest start, sent as <c>yyyy-mm-dd</c>.</summary>
    [JsonPropertyName("start_date"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? StartDate { get; init; }

    /// <summary><c>notice_period</c>, in words (<c>"2 weeks"</c>).</summary>
    [JsonPropertyName("notice_period"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NoticePeriod { get; init; }

    /// <summary><c>work_authorization</c>: yes/no everywhere, or per country.</summary>
    [JsonPropertyName("work_authorization"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WorkAuthorization? WorkAuthorization { get; init; }

    /// <summary><c>requires_sponsorship</c>, sent as <c>"yes"</c> or <c>"no"</c>.</summary>
    [JsonPropertyName("requires_sponsorship"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(YesNoConverter))]
    public bool? RequiresSponsorship { get; init; }

    /// <summary><c>willing_to_relocate</c>, sent as <c>"yes"</c> or <c>"no"</c>.</summary>
    [JsonPropertyName("willing_to_relocate"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(YesNoConverter))]
    public bool? WillingToRelocate { get; init; }

    /// <summary><c>work_arrangement</c>: <c>remote</c>, <c>hybrid</c> or <c>onsite</c>.</summary>
    [JsonPropertyName("work_arrangement"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? WorkArrangement { get; init; }

    /// <summary><c>highest_education</c> (<c>"Bachelor's degree"</c>).</summary>
    [JsonPropertyName("highest_education"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HighestEducation { get; init; }

    /// <summary><c>school</c>.</summary>
    [JsonPropertyName("school"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? School { get; init; }

    /// <summary><c>degree</c> (<c>"BSc Computer Science"</c>).</summary>
    [JsonPropertyName("degree"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Degree { get; init; }

    /// <summary><c>languages</c>.</summary>
    [JsonPropertyName("languages"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Languages { get; init; }

    /// <summary><c>skills</c>.</summary>
    [JsonPropertyName("skills"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Skills { get; init; }

    /// <summary><c>gender</c>; unset means the form's decline option.</summary>
    [JsonPropertyName("gender"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Gender { get; init; }

    /// <summary><c>ethnicity</c>; unset means the form's decline option.</summary>
    [JsonPropertyName("ethnicity"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Ethnicity { get; init; }

    /// <summary><c>veteran_status</c>; unset means the form's decline option.</summary>
    [JsonPropertyName("veteran_status"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? VeteranStatus { get; init; }

    /// <summary><c>disability_status</c>; unset means the form's decline option.</summary>
    [JsonPropertyName("disability_status"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DisabilityStatus { get; init; }

    /// <summary><c>pronouns</c>.</summary>
    [JsonPropertyName("pronouns"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Pronouns { get; init; }
}

/// <summary>
/// The input of an <c>apply</c> or <c>fill_form</c> job, for <see cref="CreateJobOptions.InputData"/>: the profile,
/// answers to specific questions, the resume, and whether answers given on resume are kept for later jobs.
/// </summary>
public sealed record ApplyJobInput
{
    /// <summary><c>userData</c>: the applicant profile.</summary>
    [JsonPropertyName("userData"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public required ApplicantProfile UserData { get; init; }

    /// <summary><c>qaOverrides</c>: answers keyed by question text or a profile key.</summary>
    [JsonPropertyName("qaOverrides"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? QaOverrides { get; init; }

    /// <summary><c>resumePath</c>: a file path on the worker or an http(s) URL.</summary>
    [JsonPropertyName("resumePath"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ResumePath { get; init; }

    /// <summary><c>platform</c>: the applicant-tracking system, when the host does not say.</summary>
    [JsonPropertyName("platform"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Platform { get; init; }

    /// <summary><c>rememberAnswers</c>: false keeps this job's resume answers out of the user's saved answers (default true).</summary>
    [JsonPropertyName("rememberAnswers"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? RememberAnswers { get; init; }
}
