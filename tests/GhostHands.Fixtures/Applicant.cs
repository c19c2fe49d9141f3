using System.Text.Json.Serialization;

namespace GhostHands.Fixtures;

/// <summary>
/// The one applicant profile every fixture form is filled from (<c>Applicant.json</c>), in the shape of an apply job's
/// input data. <see cref="QaOverrides"/> keys are deliberately worded unlike the forms' labels.
/// </summary>
public sealed record Applicant(ApplicantUserData UserData, IReadOnlyDictionary<string, string> QaOverrides);

public sealed record ApplicantUserData(
    [property: JsonPropertyName("first_name")] string FirstName,
    [property: JsonPropertyName("last_name")] string LastName,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("phone")] string Phone,
    [property: JsonPropertyName("linkedin_url")] string LinkedInUrl);
