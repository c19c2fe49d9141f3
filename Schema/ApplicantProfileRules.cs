using System.Globalization;
using System.Text.Json;

namespace GhostHands.Schema;

/// <summary>
/// The applicant profile, <c>input_data.userData</c>: the keys the form engine reads and the type each must have
/// (docs/execution.md, "Applicant profile"). Every key is optional and <c>null</c> counts as absent; keys not listed
/// here are kept and ignored, so a newer submitter can send more. The same check runs at submission (REST, batch,
/// direct-database client) and in the worker, for rows inserted by plain SQL.
/// </summary>
public static class ApplicantProfileRules
{
    public const string UserData = "userData";
    public const string RememberAnswers = "rememberAnswers";
    public const decimal MaxYearsExperience = 100;

    public static IReadOnlyList<string> TextFields { get; } =
    [
        "first_name", "last_name", "email", "phone", "linkedin_url", "address_line1", "city", "state", "postal_code",
        "country", "current_company", "current_title", "website", "github_url", "portfolio_url", "notice_period",
        "highest_education", "school", "degree", "gender", "ethnicity", "veteran_status", "disability_status", "pronouns",
    ];

    /// <summary>Answered yes or no; JSON booleans are accepted too.</summary>
    public static IReadOnlyList<string> YesNoFields { get; } = ["requires_sponsorship", "willing_to_relocate"];

    /// <summary>A list of strings, or one string of comma-separated items.</summary>
    public static IReadOnlyList<string> ListFields { get; } = ["languages", "skills"];

    public static IReadOnlyList<string> WorkArrangements { get; } = ["remote", "hybrid", "onsite"];

    /// <summary>Problems with the profile and <c>rememberAnswers</c> of <paramref name="inputData"/>, keyed by JSON path.</summary>
    public static IEnumerable<(string Field, string Message)> Problems(JsonElement? inputData)
    {
        if (inputData is not { ValueKind: JsonValueKind.Object } input)
        {
            yield break;
        }

        if (input.TryGetProperty(RememberAnswers, out var remember) && remember.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
        {
            yield return ($"input_data.{RememberAnswers}", $"input_data.{RememberAnswers} must be true or false.");
        }

        if (!input.TryGetProperty(UserData, out var profile) || profile.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (profile.ValueKind != JsonValueKind.Object)
        {
            yield return ($"input_data.{UserData}", $"input_data.{UserData} must be an object (the applicant profile).");
            yield break;
        }

        foreach (var property in profile.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Null && Check(property.Name, property.Value) is { } expected)
            {
                var field = $"input_data.{UserData}.{property.Name}";
                yield return (field, $"{field} must be {expected}.");
            }
        }
    }

    /// <summary>What <paramref name="value"/> of profile key <paramref name="name"/> should have been, or null when it is fine.</summary>
    private static string? Check(string name, JsonElement value) => name switch
    {
        _ when TextFields.Contains(name) => value.ValueKind == JsonValueKind.String ? null : "text",
        _ when YesNoFields.Contains(name) => IsYesNo(value) ? null : "yes or no (or a boolean)",
        _ when ListFields.Contains(name) => IsList(value) ? null : "a list of strings or comma-separated text",
        "years_experience" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var years) && years is >= 0 and <= MaxYearsExperience
            ? null
            : $"a number from 0 to {MaxYearsExperience}",
        "salary_expectation" => (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var salary) && salary >= 0)
            || (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
            ? null
            : "a number of at least 0 or text such as \"120k-140k\"",
        "salary_currency" => value.ValueKind == JsonValueKind.String && value.GetString() is { Length: 3 } code && code.All(char.IsAsciiLetter)
            ? null
            : "a three-letter ISO 4217 currency code such as USD",
        "start_date" => value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : "an ISO date (yyyy-mm-dd)",
        "work_authorization" => IsYesNo(value) || IsYesNoByCountry(value)
            ? null
            : "yes or no, or an object of yes/no answers keyed by country code or name",
        "work_arrangement" => IsArrangement(value) || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 && value.EnumerateArray().All(IsArrangement))
            ? null
            : $"one of {string.Join(", ", WorkArrangements)}, or a list of them",
        _ => null,
    };

    /// <summary>"yes"/"no" in any case, or a JSON boolean.</summary>
    public static bool IsYesNo(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => true,
        JsonValueKind.String => value.GetString()!.Trim().ToLowerInvariant() is "yes" or "no",
        _ => false,
    };

    private static bool IsYesNoByCountry(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && value.EnumerateObject().Any()
        && value.EnumerateObject().All(p => !string.IsNullOrWhiteSpace(p.Name) && IsYesNo(p.Value));

    private static bool IsList(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => true,
        JsonValueKind.Array => value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String),
        _ => false,
    };

    private static bool IsArrangement(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && WorkArrangements.Contains(value.GetString()!.Trim().ToLowerInvariant());
}
