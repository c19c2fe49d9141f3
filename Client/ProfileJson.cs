using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GhostHands.Client;

/// <summary><c>work_authorization</c>: one yes/no answer, or one per country (keyed by code or name).</summary>
[JsonConverter(typeof(WorkAuthorizationConverter))]
public sealed record WorkAuthorization
{
    /// <summary>Authorised to work wherever the job is; null when <see cref="ByCountry"/> answers instead.</summary>
    public bool? Everywhere { get; init; }

    /// <summary>Per country: <c>{"US": true, "CA": false}</c>.</summary>
    public IReadOnlyDictionary<string, bool>? ByCountry { get; init; }

    /// <summary>Authorised everywhere.</summary>
    public static WorkAuthorization Yes { get; } = new() { Everywhere = true };

    /// <summary>Not authorised anywhere without sponsorship.</summary>
    public static WorkAuthorization No { get; } = new() { Everywhere = false };

    /// <summary>One answer per country.</summary>
    public static WorkAuthorization For(IReadOnlyDictionary<string, bool> byCountry) => new() { ByCountry = byCountry };

    /// <inheritdoc />
    public bool Equals(WorkAuthorization? other) =>
        other is not null && Everywhere == other.Everywhere
        && (ByCountry ?? new Dictionary<string, bool>()).OrderBy(p => p.Key, StringComparer.Ordinal)
            .SequenceEqual((other.ByCountry ?? new Dictionary<string, bool>()).OrderBy(p => p.Key, StringComparer.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Everywhere, ByCountry?.Count);
}

/// <summary>Writes a bool as <c>"yes"</c>/<c>"no"</c>; reads those (any case) or a JSON boolean.</summary>
internal sealed class YesNoConverter : JsonConverter<bool?>
{
    public override bool HandleNull => true;

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.String => ParseYesNo(reader.GetString()),
        _ => throw new JsonException("Expected yes, no or a boolean."),
    };

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } yes)
        {
            writer.WriteStringValue(yes ? "yes" : "no");
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    internal static bool ParseYesNo(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "yes" => true,
        "no" => false,
        _ => throw new JsonException($"Expected yes or no, not '{text}'."),
    };
}

/// <summary>Writes numeric text as a JSON number and anything else as a string; reads either as text.</summary>
internal sealed class NumberOrTextConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.GetDecimal().ToString(CultureInfo.InvariantCulture),
        _ => throw new JsonException("Expected a number or text."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else if (decimal.TryParse(value, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}

/// <summary>A yes/no string for <see cref="WorkAuthorization.Everywhere"/>, an object of yes/no strings for the per-country form.</summary>
internal sealed class WorkAuthorizationConverter : JsonConverter<WorkAuthorization>
{
    public override WorkAuthorization? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True or JsonTokenType.False:
                return new WorkAuthorization { Everywhere = reader.GetBoolean() };
            case JsonTokenType.String:
                return new WorkAuthorization { Everywhere = YesNoConverter.ParseYesNo(reader.GetString()) };
            case JsonTokenType.StartObject:
                var byCountry = new Dictionary<string, bool>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var country = reader.GetString()!;
                    reader.Read();
                    byCountry[country] = reader.TokenType switch
                    {
                        JsonTokenType.True or JsonTokenType.False => reader.GetBoolean(),
                        JsonTokenType.String => YesNoConverter.ParseYesNo(reader.GetString()),
                        _ => throw new JsonException($"work_authorization.{country} must be yes or no."),
                    };
                }

                return new WorkAuthorization { ByCountry = byCountry };
            default:
                throw new JsonException("work_authorization must be yes, no, or an object of yes/no answers by country.");
        }
    }

    public override void Write(Utf8JsonWriter writer, WorkAuthorization value, JsonSerializerOptions options)
    {
        if (value.ByCountry is { } byCountry)
        {
            writer.WriteStartObject();
            foreach (var (country, authorized) in byCountry)
            {
                writer.WriteString(country, authorized ? "yes" : "no");
            }

            writer.WriteEndObject();
        }
        else if (value.Everywhere is { } everywhere)
        {
            writer.WriteStringValue(everywhere ? "yes" : "no");
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
