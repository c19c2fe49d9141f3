using System.Text.Json;

namespace GhostHands.Schema;

/// <summary>
/// One step of a <c>custom</c> job (<c>input_data.steps</c>): <c>{"action": "goto", "url": ...}</c>,
/// <c>click</c>/<c>wait_for</c> with <c>selector</c>, <c>fill</c>/<c>select</c> with <c>selector</c> and <c>value</c>,
/// <c>screenshot</c> with an optional <c>name</c>, <c>extract_text</c> with <c>selector</c> and optional <c>as</c>
/// (the key in <c>result_data.extracted</c>). <c>timeout_ms</c> (1-60000) bounds any step. Submission checks the list
/// (<see cref="JobRules"/>), so a worker meets only well-formed steps.
/// </summary>
public sealed record CustomStep(string Action, string? Selector, string? Value, string? Url, string? Name, int? TimeoutMs)
{
    public const int MaxSteps = 100;
    public static readonly string[] Actions = ["goto", "click", "fill", "select", "wait_for", "screenshot", "extract_text"];

    /// <summary>The steps, or the first problem found: the field (<c>input_data.steps[2].url</c>) and what is wrong.</summary>
    public static (IReadOnlyList<CustomStep> Steps, (string Field, string Message)? Error) Parse(JsonElement input)
    {
        const string field = "input_data.steps";
        if (input.ValueKind != JsonValueKind.Object || !input.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
        {
            return ([], (field, $"{field} must be an array of steps for custom jobs."));
        }

        var list = new List<CustomStep>();
        var index = 0;
        foreach (var s in steps.EnumerateArray())
        {
            var where = $"input_data.steps[{index++}]";
            if (s.ValueKind != JsonValueKind.Object)
            {
                return ([], (where, $"{where} must be an object."));
            }

            string? Text(string name) => s.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var action = Text("action");
            if (action is null || !Actions.Contains(action))
            {
                return ([], ($"{where}.action", $"{where}.action must be one of {string.Join(", ", Actions)}."));
            }

            int? timeout = null;
            if (s.TryGetProperty("timeout_ms", out var t))
            {
                if (t.ValueKind != JsonValueKind.Number || !t.TryGetInt32(out var ms) || ms is < 1 or > 60_000)
                {
                    return ([], ($"{where}.timeout_ms", $"{where}.timeout_ms must be an integer from 1 to 60000."));
                }

                timeout = ms;
            }

            var step = new CustomStep(action, Text("selector"), Text("value"), Text("url"), Text("name") ?? Text("as"), timeout);
            var missing = action switch
            {
                "goto" when string.IsNullOrWhiteSpace(step.Url) => "url",
                "click" or "wait_for" or "extract_text" or "fill" or "select" when string.IsNullOrWhiteSpace(step.Selector) => "selector",
                "fill" or "select" when step.Value is null => "value",
                _ => null,
            };
            if (missing is not null)
            {
                return ([], ($"{where}.{missing}", $"{where}.{missing} is required for a {action} step."));
            }

            if (step.Url is { } url && JobRules.ValidateUrl(url) is { } urlProblem)
            {
                return ([], ($"{where}.url", $"{where}.url {urlProblem}"));
            }

            list.Add(step);
        }

        return list.Count is 0 or > MaxSteps ? ([], (field, $"{field} must hold 1 to {MaxSteps} steps.")) : (list, null);
    }
}
