using System.Text.Json;
using System.Text.Json.Serialization;

namespace GhostHands.Contracts;

/// <summary>The JSON conventions of the REST contract: snake_case names and enum values, as docs/contract.md describes.</summary>
public static class ContractJson
{
    /// <summary>Applies the conventions to <paramref name="options"/> (the API's HTTP options, a client's, a test's).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        // input_data, metadata and ProblemDetails extensions keep the keys their author chose.
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        return options;
    }

    /// <summary>Web defaults plus <see cref="Configure"/>; read-only.</summary>
    public static JsonSerializerOptions Options { get; } = Freeze(Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web)));

    private static JsonSerializerOptions Freeze(JsonSerializerOptions options)
    {
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
