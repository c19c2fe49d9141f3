using System.Text.Json;

namespace GhostHands.Schema;

/// <summary>
/// The contract's subscription tiers and quality presets: the names monthly and per-job budgets are keyed by, and where a
/// job states them. A job's tier is <c>metadata.subscription_tier</c>, else <c>input_data.tier</c>; its preset is
/// <c>metadata.quality_preset</c>, else <c>input_data.quality_preset</c>. The same lists are CHECK constraints of
/// <c>gh_user_usage</c>.
/// </summary>
public static class BudgetNames
{
    public static IReadOnlyList<string> Tiers { get; } = ["free", "starter", "pro", "premium", "enterprise"];

    public static IReadOnlyList<string> Presets { get; } = ["speed", "balanced", "quality"];

    /// <summary>The tier a job states (any case), or null; unknown names are ignored here and refused by <see cref="JobRules"/>.</summary>
    public static string? TierOf(JsonElement inputData, JsonElement metadata) =>
        Known(Text(metadata, "subscription_tier") ?? Text(inputData, "tier"), Tiers);

    /// <summary>The quality preset a job states, or null.</summary>
    public static string? PresetOf(JsonElement inputData, JsonElement metadata) =>
        Known(Text(metadata, "quality_preset") ?? Text(inputData, "quality_preset"), Presets);

    /// <summary>Problems with the tier and preset fields of a job request, keyed by their JSON path.</summary>
    internal static IEnumerable<(string Field, string Message)> Problems(JsonElement? inputData, JsonElement? metadata)
    {
        foreach (var (root, rootName, property, names) in new[]
        {
            (metadata, "metadata", "subscription_tier", Tiers),
            (metadata, "metadata", "quality_preset", Presets),
            (inputData, "input_data", "tier", Tiers),
            (inputData, "input_data", "quality_preset", Presets),
        })
        {
            if (root is not { ValueKind: JsonValueKind.Object } element || !element.TryGetProperty(property, out var value)
                || value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (value.ValueKind != JsonValueKind.String || Known(value.GetString(), names) is null)
            {
                yield return ($"{rootName}.{property}", $"{rootName}.{property} must be one of {string.Join(", ", names)}.");
            }
        }
    }

    private static string? Text(JsonElement root, string property) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string? Known(string? name, IReadOnlyList<string> names) =>
        name is null ? null : names.FirstOrDefault(n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
