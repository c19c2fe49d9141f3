using System.Text.Json.Serialization;

namespace GhostHands.Fixtures;

/// <summary>
/// What one fixture form demands and what a correct run against it produces, parsed from
/// <c>Forms/{name}.expected.json</c>. The server enforces <see cref="FieldExpectation.Required"/>, <see cref="Resume"/>,
/// <see cref="Rules"/> and <see cref="RejectAll"/>; tests compare a submission with <see cref="Problems"/>.
/// </summary>
public sealed record FormExpectation
{
    public string Name { get; init; } = "";

    /// <summary>
    /// True for a form of <c>HeldOut/</c>: written before the engine work that targets it and never tuned against, so
    /// its score measures forms the engine has not seen. Set from the folder, not from the JSON.
    /// </summary>
    [JsonIgnore]
    public bool HeldOut { get; init; }

    /// <summary>
    /// True for a form of <c>Retired/</c>: written as a held-out batch and scored as one, then opened: its failures were
    /// read and the engine worked on them, so it no longer measures unseen forms. Reported apart from both other sets;
    /// the engine is not required to pass it. Set from the folder, not from the JSON.
    /// </summary>
    [JsonIgnore]
    public bool Retired { get; init; }

    /// <summary>
    /// When a held-out (or retired) form was written, as <c>yyyy-MM-dd</c> (<c>yyyy-MM-dd-2</c> for a second batch written
    /// the same day, and so on, so that batches sort by age): the forms of one batch were written together,
    /// before the engine work they measure, so each batch is scored apart. Absent in the JSON means the first batch.
    /// </summary>
    public string Batch { get; init; } = FirstBatch;

    /// <summary>The batch of every held-out form whose JSON names none: the first ten, written on 2026-12-02.</summary>
    public const string FirstBatch = "2026-12-02";
    public required string Ats { get; init; }
    public required string Difficulty { get; init; }

    /// <summary>What the engine must be able to do for this form, in the vocabulary of the README.</summary>
    public IReadOnlyList<string> Capabilities { get; init; } = [];

    public required ExpectedOutcome Outcome { get; init; }

    /// <summary>The accepted submission must arrive by this attempt; 2 means one rejection is part of the scenario.</summary>
    public int MaxAttempts { get; init; } = 1;

    /// <summary>Null when the form has no resume upload.</summary>
    public ResumeExpectation? Resume { get; init; }

    /// <summary>Keyed by the submitted field name. Fields not listed here (optional EEO questions, free text) are not checked.</summary>
    public IReadOnlyDictionary<string, FieldExpectation> Fields { get; init; } = new Dictionary<string, FieldExpectation>();

    public IReadOnlyList<ValidationRule> Rules { get; init; } = [];

    /// <summary>The server's message for a missing required field, worded as the modelled ATS words it.</summary>
    public string RequiredMessage { get; init; } = "This field is required.";

    /// <summary>When set, the server rejects every attempt with this message (sign-in walls).</summary>
    public string? RejectAll { get; init; }

    /// <summary>
    /// When set, the form is behind a sign-in page that accepts only this account: a correct sign-in sets a session
    /// cookie, and the form and its submit answer the sign-in page without it.
    /// </summary>
    public AccountExpectation? Account { get; init; }

    /// <summary>Null when no accepted submission is possible without a human (sign-in wall).</summary>
    public ConfirmationExpectation? Confirmation { get; init; }

    public string? Notes { get; init; }

    /// <summary>Everything wrong with <paramref name="submission"/> as a correct run of this form; empty when it is right.</summary>
    public IReadOnlyList<string> Problems(Submission submission) => ExpectationCheck.Problems(this, submission);

    /// <summary>
    /// The required fields whose expected value is known (<see cref="FieldExpectation.Required"/> with
    /// <see cref="FieldExpectation.Accept"/>): what "required fields right" counts.
    /// </summary>
    public IReadOnlyList<string> ScoredFields => [.. Fields.Where(f => f.Value.Required && f.Value.Accept is not null).Select(f => f.Key)];

    /// <summary>Those of <see cref="ScoredFields"/> that <paramref name="submission"/> carries correctly.</summary>
    public IReadOnlyList<string> ScoredFieldsRight(Submission submission) =>
        [.. ScoredFields.Where(f => ExpectationCheck.IsRight(Fields[f], submission, f))];

    /// <summary>The embedded path of one of this form's files: <c>Forms/</c>, <c>HeldOut/</c> or <c>Retired/</c>, then <c>{name}{suffix}</c>.</summary>
    internal string FilePath(string suffix) =>
        $"{(HeldOut ? FixtureCatalog.HeldOutFolder : Retired ? FixtureCatalog.RetiredFolder : FixtureCatalog.DevelopmentFolder)}{Name}{suffix}";

    internal string LabelOf(string field) => Fields.TryGetValue(field, out var f) && f.Label is not null ? f.Label : field;
}

public enum OutcomeKind
{
    Submitted,
    PausedForAnswer,
    Blocked,

    /// <summary>The server refuses every submission for a reason the applicant's data cannot repair: the job fails once.</summary>
    Rejected,

    /// <summary>The page can never be completed (it keeps drawing its form again): the job fails with the engine's stated reason.</summary>
    Unfinished,
}

public enum BlockerKind
{
    Captcha,
    Login,
}

/// <summary>
/// <see cref="Question"/> is set for <see cref="OutcomeKind.PausedForAnswer"/>: the label text without the asterisk.
/// <see cref="Answer"/> is what the person gives when the job pauses on it, so a run can be resumed and checked to the end.
/// </summary>
public sealed record ExpectedOutcome(OutcomeKind Kind, string? Question = null, BlockerKind? Blocker = null, string? Answer = null);

/// <summary>The one candidate account a sign-in page accepts.</summary>
public sealed record AccountExpectation(string Username, string Password);

/// <summary>The file must arrive under <see cref="Field"/> with the bytes of <see cref="FixtureCatalog.ResumePdf"/>.</summary>
public sealed record ResumeExpectation(string Field);

/// <summary>How a submitted value is compared with <see cref="FieldExpectation.Accept"/>.</summary>
public enum MatchMode
{
    /// <summary>One value, equal to one accepted value after trimming.</summary>
    Exact,

    /// <summary>As <see cref="Exact"/>, ignoring case.</summary>
    IgnoreCase,

    /// <summary>One value whose digits equal an accepted value's digits; a leading US country code 1 is ignored.</summary>
    Digits,

    /// <summary>Several values (checkbox group, multi-select) equal to the accepted list as a set.</summary>
    Set,

    /// <summary>
    /// One free-text value that contains an accepted value, ignoring case: "San Francisco, CA" and "San Francisco,
    /// California" both answer a location question whose accepted value is "San Francisco".
    /// </summary>
    Contains,
}

/// <summary>
/// <see cref="From"/> names the applicant input the value derives from (<c>userData.email</c>,
/// <c>qaOverrides[Are you willing to relocate?]</c>); null when nothing in the profile answers it.
/// <see cref="Accept"/> null means the value is not checked (only required by the server). <see cref="Absent"/> means
/// a correct run must not submit the field at all (an optional marketing opt-in the applicant never gave).
/// </summary>
public sealed record FieldExpectation(
    string? Label = null,
    string? From = null,
    bool Required = true,
    IReadOnlyList<string>? Accept = null,
    MatchMode Match = MatchMode.Exact,
    bool Absent = false);

/// <summary>A server-side format check: the field's value must match <see cref="Pattern"/> (.NET regex) when present.</summary>
public sealed record ValidationRule(string Field, string Pattern, string Message);

/// <summary>Where an accepted submission lands and text that page shows. <see cref="InFrame"/>: inside the form's iframe.</summary>
public sealed record ConfirmationExpectation(string Path, string Text, bool InFrame = false);
