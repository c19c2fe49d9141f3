using System.Text.Json;
using System.Text.RegularExpressions;
using GhostHands.Contracts;

namespace GhostHands.Schema;

/// <summary>
/// Validation of a job request, shared by REST (single and batch) and the direct-database client. Limits are
/// those of docs/contract.md and match the table's CHECK constraints. Errors are keyed by the snake_case field
/// name, as a ProblemDetails <c>errors</c> member.
/// </summary>
public static partial class JobRules
{
    public const int DefaultPriority = 5;
    public const int MinPriority = 1;
    public const int MaxPriority = 10;
    public const int DefaultMaxRetries = 3;
    public const int MaxMaxRetries = 10;
    public const int DefaultTimeoutSeconds = 300;
    public const int MinTimeoutSeconds = 30;
    public const int MaxTimeoutSeconds = 1800;
    public const int MaxTargetWorkerIdLength = 100;
    public const int MaxIdempotencyKeyLength = 255;
    public const int MaxUrlLength = 2048;
    public const int MaxTaskDescriptionLength = 2000;
    public const int MaxTags = 20;
    public const int MaxTagLength = 64;
    public const int MaxJsonBytes = 256 * 1024;
    public const string DefaultCreatedBy = "api";

    /// <summary>Worker ids: a letter or digit, then letters, digits, '.', '_' or '-'; at most 100 characters.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    public static partial Regex WorkerIdPattern();

    public static bool IsValidWorkerId(string? value) => value is not null && WorkerIdPattern().IsMatch(value);

    /// <summary>Every problem with <paramref name="request"/>, keyed by field; empty when it is valid.</summary>
    public static Dictionary<string, string[]> Validate(CreateJobParams request)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        var jobType = request.JobType?.Trim();
        if (string.IsNullOrEmpty(jobType))
        {
            Fail("job_type", $"job_type is required: one of {string.Join(", ", JobTypes.Known)}.");
        }
        else if (!JobTypes.Known.Contains(jobType))
        {
            Fail("job_type", $"job_type '{jobType}' is not supported: use one of {string.Join(", ", JobTypes.Known)}.");
        }

        if (string.IsNullOrWhiteSpace(request.UserId))
        {
            Fail("user_id", "user_id is required (the VALET user's UUID).");
        }
        else if (!Guid.TryParse(request.UserId, out _))
        {
            Fail("user_id", "user_id must be a UUID.");
        }

        if (request.TargetUrl is not null)
        {
            if (ValidateUrl(request.TargetUrl) is { } problem)
            {
                Fail("target_url", $"target_url {problem}");
            }
        }
        else if (jobType is not null && JobTypes.NeedsTargetUrl(jobType))
        {
            Fail("target_url", $"target_url is required for {jobType} jobs.");
        }

        if (request.TaskDescription is { Length: > MaxTaskDescriptionLength })
        {
            Fail("task_description", $"task_description must be at most {MaxTaskDescriptionLength} characters.");
        }

        CheckObject(request.InputData, "input_data", Fail);
        if (jobType == JobTypes.Custom && !errors.ContainsKey("input_data") && CustomStep.Parse(request.InputData ?? default).Error is { } step)
        {
            Fail(step.Field, step.Message);
        }

        if (!errors.ContainsKey("input_data"))
        {
            foreach (var (field, message) in ApplicantProfileRules.Problems(request.InputData))
            {
                Fail(field, message);
            }
        }

        CheckObject(request.Metadata, "metadata", Fail);
        foreach (var (field, message) in BudgetNames.Problems(request.InputData, request.Metadata))
        {
            Fail(field, message);
        }

        if (request.Priority is < MinPriority or > MaxPriority)
        {
            Fail("priority", $"priority must be between {MinPriority} (runs first) and {MaxPriority}.");
        }

        if (request.MaxRetries is < 0 or > MaxMaxRetries)
        {
            Fail("max_retries", $"max_retries must be between 0 and {MaxMaxRetries}.");
        }

        if (request.TimeoutSeconds is < MinTimeoutSeconds or > MaxTimeoutSeconds)
        {
            Fail("timeout_seconds", $"timeout_seconds must be between {MinTimeoutSeconds} and {MaxTimeoutSeconds}.");
        }

        if (request.Tags is { } tags)
        {
            if (tags.Count > MaxTags)
            {
                Fail("tags", $"tags may hold at most {MaxTags} entries.");
            }
            else if (tags.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > MaxTagLength))
            {
                Fail("tags", $"each tag must be a non-empty string of at most {MaxTagLength} characters.");
            }
        }

        if (request.IdempotencyKey is { } key && (key.Length == 0 || key.Length > MaxIdempotencyKeyLength))
        {
            Fail("idempotency_key", $"idempotency_key must be 1 to {MaxIdempotencyKeyLength} characters.");
        }

        if (request.CallbackUrl is not null && ValidateUrl(request.CallbackUrl) is { } callbackProblem)
        {
            Fail("callback_url", $"callback_url {callbackProblem}");
        }

        if (request.TargetWorkerId is { } target)
        {
            if (target.Length > MaxTargetWorkerIdLength)
            {
                Fail("target_worker_id", $"target_worker_id must be at most {MaxTargetWorkerIdLength} characters.");
            }
            else if (!IsValidWorkerId(target))
            {
                Fail("target_worker_id",
                    "target_worker_id must start with a letter or digit and contain only letters, digits, '.', '_' or '-'.");
            }
        }

        if (request.WorkerAffinity is { } affinity)
        {
            if (!WorkerAffinity.All.Contains(affinity))
            {
                Fail("worker_affinity", $"worker_affinity must be one of {string.Join(", ", WorkerAffinity.All)}.");
            }
            else if (affinity != WorkerAffinity.Any && request.TargetWorkerId is null)
            {
                Fail("worker_affinity", $"worker_affinity '{affinity}' needs a target_worker_id.");
            }
        }

        if (request.CreatedBy is { } createdBy && (createdBy.Length == 0 || createdBy.Length > 100))
        {
            Fail("created_by", "created_by must be 1 to 100 characters.");
        }

        foreach (var (field, message) in NulCharacters.Problems(request))
        {
            Fail(field, message);
        }

        return errors;
    }

    /// <summary>The insertable job for a request that <see cref="Validate"/> accepted.</summary>
    public static NewJob Normalize(CreateJobParams request) =>
        new()
        {
            JobType = request.JobType!.Trim(),
            TargetUrl = request.TargetUrl,
            TaskDescription = request.TaskDescription ?? "",
            InputData = RawObject(request.InputData),
            UserId = Guid.Parse(request.UserId!),
            Priority = request.Priority ?? DefaultPriority,
            ScheduledAt = request.ScheduledAt,
            MaxRetries = request.MaxRetries ?? DefaultMaxRetries,
            TimeoutSeconds = request.TimeoutSeconds ?? DefaultTimeoutSeconds,
            Tags = request.Tags?.ToArray() ?? [],
            IdempotencyKey = request.IdempotencyKey,
            Metadata = RawObject(request.Metadata),
            CallbackUrl = request.CallbackUrl,
            TargetWorkerId = request.TargetWorkerId,
            WorkerAffinity = request.TargetWorkerId is null ? null : request.WorkerAffinity ?? WorkerAffinity.Strict,
            CreatedBy = request.CreatedBy ?? DefaultCreatedBy,
        };

    private static string RawObject(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } element ? element.GetRawText() : "{}";

    internal static string? ValidateUrl(string value)
    {
        if (value.Length > MaxUrlLength)
        {
            return $"must be at most {MaxUrlLength} characters.";
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "must be an absolute http or https URL.";
        }

        return null;
    }

    private static void CheckObject(JsonElement? value, string field, Action<string, string> fail)
    {
        if (value is not { } element || element.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            fail(field, $"{field} must be a JSON object.");
        }
        else if (element.GetRawText().Length > MaxJsonBytes)
        {
            fail(field, $"{field} must be at most {MaxJsonBytes / 1024} KiB.");
        }
    }
}
