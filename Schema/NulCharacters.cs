using System.Text.Json;
using GhostHands.Contracts;

namespace GhostHands.Schema;

/// <summary>
/// PostgreSQL refuses the NUL character (<c>\u0000</c>) in <c>text</c> and <c>jsonb</c>, so a request carrying one
/// would fail at the insert. It is refused up front instead, naming the field, like any other bad value.
/// </summary>
public static class NulCharacters
{
    private const string Refusal = "must not contain the NUL character (\\u0000).";

    /// <summary>The fields of <paramref name="request"/> stored as text or jsonb that hold a NUL character.</summary>
    public static IEnumerable<(string Field, string Message)> Problems(CreateJobParams request)
    {
        (string Field, string? Value)[] texts =
        [
            ("task_description", request.TaskDescription),
            ("target_url", request.TargetUrl),
            ("callback_url", request.CallbackUrl),
            ("idempotency_key", request.IdempotencyKey),
            ("created_by", request.CreatedBy),
            ("target_worker_id", request.TargetWorkerId),
            ("worker_affinity", request.WorkerAffinity),
            ("job_type", request.JobType),
            ("user_id", request.UserId),
        ];
        foreach (var (field, value) in texts)
        {
            if (Holds(value))
            {
                yield return (field, $"{field} {Refusal}");
            }
        }

        if (request.Tags?.Select((tag, i) => (tag, i)).FirstOrDefault(t => Holds(t.tag)) is { tag: not null } bad)
        {
            yield return ("tags", $"tags[{bad.i}] {Refusal}");
        }

        foreach (var (field, value) in new[] { ("input_data", request.InputData), ("metadata", request.Metadata) })
        {
            if (value is { } element && Find(element, field) is { } path)
            {
                yield return (field, $"{path} {Refusal}");
            }
        }
    }

    public static bool Holds(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);

    /// <summary>The path (<c>input_data.a[2]</c>) of the first property name or string holding a NUL, or null.</summary>
    public static string? Find(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Holds(element.GetString()) ? path : null;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, $"{path}[{i++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (Holds(property.Name))
                    {
                        return $"{path}.{property.Name.Replace("\0", "\\u0000", StringComparison.Ordinal)}";
                    }

                    if (Find(property.Value, $"{path}.{property.Name}") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
