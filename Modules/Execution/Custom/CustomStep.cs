using System.Text.Json;

namespace GhostHands.Execution.Custom;

/// <summary>
/// One step of a <c>custom</c> job (<c>input_data.steps</c>): <c>{"action": "goto", "url": ...}</c>,
/// <c>click</c>/<c>wait_for</c> with <c>selector</c>, <c>fill</c>/<c>select</c> with <c>selector</c> and <c>value</c>,
/// <c>screenshot</c> with an optional <c>name</c>, <c>extract_text</c> with <c>selector</c> and optional <c>as</c>
/// (the key in <c>result_data.extracted</c>). <c>timeout_ms</c> (1-60000) bounds any step.
/// </summary>
internal sealed record CustomStep(string Action, string? Selector, string? Value, string? Url, string? Name, int? TimeoutMs)
{
    public const int MaxSteps = 100;
    public static readonly string[] Actions = ["goto", "click", "fill", "select", "wait_for", "screenshot", "extract_text"];

    /// <summary>The steps, or the first problem found, naming the step by its index.</summary>
    public static (IReadOnlyList<CustomStep> Steps, string? Error) Parse(JsonElement input)
    {
        if (input.ValueKind != JsonValueKind.Object || !input.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
        {
            return ([], "input_data.steps must be an array of steps.");
        }

        var list = new List<CustomStep>();
        var index = 0;
        foreach (var s in steps.EnumerateArray())
        {
            var where = $"input_data.steps[{index++}]";
            if (s.ValueKind != JsonValueKind.Object)
            {
                return ([], $"{where} must be an object.");
            }

            string? Text(string name) => s.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var action = Text("action");
            if (action is null || !Actions.Contains(action))
            {
                return ([], $"{where}.action must be one of {string.Join(", ", Actions)}.");
            }

            int? timeout = null;
            if (s.TryGetProperty("timeout_ms", out var t))
            {
                if (t.ValueKind != JsonValueKind.Number || !t.TryGetInt32(out var ms) || ms is < 1 or > 60_000)
                {
                    return ([], $"{where}.timeout_ms must be an integer from 1 to 60000.");
                }

                timeout = ms;
            }

            var step = new CustomStep(action, Text("selector"), Text("value"), Text("url"), Text("name") ?? Text("as"), timeout);
            var problem = action switch
            {
                "goto" when string.IsNullOrWhiteSpace(step.Url) => "needs a url",
                "click" or "wait_for" or "extract_text" when string.IsNullOrWhiteSpace(step.Selector) => "needs a selector",
                "fill" or "select" when string.IsNullOrWhiteSpace(step.Selector) || step.Value is null => "needs a selector and a value",
                _ => null,
            };
            if (problem is not null)
            {
                return ([], $"{where} ({action}) {problem}.");
            }

            list.Add(step);
        }

        return list.Count is 0 or > MaxSteps ? ([], $"input_data.steps must hold 1 to {MaxSteps} steps.") : (list, null);
    }
}
