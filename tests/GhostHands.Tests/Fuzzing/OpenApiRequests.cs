using System.Text.Json.Nodes;

namespace GhostHands.Tests.Fuzzing;

/// <summary>One operation of the OpenAPI document: where it is, what it takes, and the statuses it documents.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<JsonObject> Parameters, JsonObject? BodySchema, IReadOnlySet<string> Statuses)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>
/// A request built from the document and then, half the time, damaged: the parts the schema describes (path, query,
/// headers, body) are generated from it, values are drawn from pools that sit on and across the documented limits,
/// and a mutation drops, retypes or poisons one part. Deterministic for a seed, so a failing sample can be replayed.
/// </summary>
public sealed class OpenApiRequests(JsonObject document, IReadOnlyList<string> knownIds)
{
    private static readonly string[] Strings =
        ["", "a", "Ada", "apply", "system.ping", "pending", "https://example.com/jobs/1", "not a url", "\u0000", "x\u0000y", "🙂 ünïcødé", new string('x', 3000), "' OR 1=1 --", "<script>", "-1", "null", "{}"];

    private static readonly JsonNode?[] Anything =
        [null, 0, -1, 1, 11, 2147483648L, 1.5, true, false, "", "text", "\u0000", new JsonArray(), new JsonArray(1, "a"), new JsonObject(), new JsonObject { ["k"] = "\u0000" }];

    public IReadOnlyList<ApiOperation> Operations { get; } = Read(document);

    public HttpRequestMessage Build(ApiOperation operation, int seed, string serviceKey)
    {
        var random = new Random(seed);
        var mutate = random.Next(2) == 0;
        var path = operation.Path;
        var query = new List<string>();
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), "");
        foreach (var parameter in operation.Parameters)
        {
            var name = (string)parameter["name"]!;
            var schema = parameter["schema"] as JsonObject;
            switch ((string?)parameter["in"])
            {
                case "path":
                    var value = name == "id" && random.Next(3) > 0 ? knownIds[random.Next(knownIds.Count)] : Scalar(Value(schema, random, 0));
                    path = path.Replace($"{{{name}}}", Uri.EscapeDataString(value.Length == 0 ? "x" : value), StringComparison.Ordinal);
                    break;
                case "query" when random.Next(2) == 0 || (bool?)parameter["required"] == true:
                    query.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(Scalar(mutate && random.Next(2) == 0 ? Anything[random.Next(Anything.Length)] : Value(schema, random, 0)))}");
                    break;
                case "header":
                    request.Headers.TryAddWithoutValidation(name, Ascii(Scalar(Value(schema, random, 0))));
                    break;
            }
        }

        if (mutate && random.Next(4) == 0)
        {
            query.Add($"{Strings[random.Next(Strings.Length)].Replace("\u0000", "%00", StringComparison.Ordinal)}=%00%FF");
        }

        request.RequestUri = new Uri(path + (query.Count > 0 ? "?" + string.Join('&', query) : ""), UriKind.Relative);
        switch (random.Next(12))
        {
            case 0:
                break; // no key at all
            case 1:
                request.Headers.TryAddWithoutValidation("X-GH-Service-Key", "wrong-" + serviceKey);
                break;
            default:
                request.Headers.TryAddWithoutValidation("X-GH-Service-Key", serviceKey);
                break;
        }

        if (random.Next(6) == 0)
        {
            request.Headers.TryAddWithoutValidation(random.Next(2) == 0 ? "Accept" : "X-Request-Id", Ascii(Strings[random.Next(Strings.Length)]));
        }

        if (operation.BodySchema is { } bodySchema)
        {
            var body = Value(bodySchema, random, 0);
            var text = mutate ? Mutate(body, random) : body?.ToJsonString() ?? "null";
            var mediaType = mutate && random.Next(8) == 0 ? "text/plain" : "application/json";
            request.Content = new StringContent(text, System.Text.Encoding.UTF8, mediaType);
        }

        return request;
    }

    private JsonNode? Value(JsonObject? schema, Random random, int depth)
    {
        schema = Resolve(schema);
        if (schema is null || depth > 4)
        {
            return depth > 4 ? null : Anything[random.Next(Anything.Length)]?.DeepClone();
        }

        if (schema["enum"] is JsonArray values && values.Count > 0)
        {
            return values[random.Next(values.Count)]?.DeepClone();
        }

        foreach (var choice in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema[choice] is JsonArray options && options.Count > 0)
            {
                return Value(options[random.Next(options.Count)] as JsonObject, random, depth + 1);
            }
        }

        var type = schema["type"] switch
        {
            JsonArray types => types.Select(t => (string?)t).Where(t => t != "null").ElementAtOrDefault(0) ?? "null",
            JsonValue single => (string?)single,
            _ => schema["properties"] is not null ? "object" : null,
        };
        return type switch
        {
            "object" => Object(schema, random, depth),
            "array" => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => Value(schema["items"] as JsonObject, random, depth + 1))]),
            "integer" => (JsonNode)new[] { 0, 1, 2, 5, 10, 11, 30, 50, 100, 1000, 1801, -1, int.MaxValue }[random.Next(13)],
            "number" => random.NextDouble() * 100,
            "boolean" => random.Next(2) == 0,
            "string" => (string?)schema["format"] switch
            {
                "uuid" => random.Next(4) == 0 ? "not-a-uuid" : knownIds[random.Next(knownIds.Count)],
                "date-time" => DateTimeOffset.UtcNow.AddMinutes(random.Next(-60, 60)).ToString("O"),
                _ => Strings[random.Next(Strings.Length)],
            },
            "null" => null,
            _ => Anything[random.Next(Anything.Length)]?.DeepClone(),
        };
    }

    private JsonObject Object(JsonObject schema, Random random, int depth)
    {
        var result = new JsonObject();
        var required = (schema["required"] as JsonArray)?.Select(r => (string?)r).ToHashSet() ?? [];
        foreach (var (name, property) in schema["properties"] as JsonObject ?? [])
        {
            if (required.Contains(name) || random.Next(3) > 0)
            {
                result[name] = Value(property as JsonObject, random, depth + 1);
            }
        }

        return result;
    }

    private static string Mutate(JsonNode? body, Random random)
    {
        if (body is JsonObject obj && obj.Count > 0)
        {
            var key = obj.ElementAt(random.Next(obj.Count)).Key;
            switch (random.Next(6))
            {
                case 0:
                    obj.Remove(key);
                    return obj.ToJsonString();
                case 1:
                    obj[key] = Anything[random.Next(Anything.Length)]?.DeepClone();
                    return obj.ToJsonString();
                case 2:
                    obj[key] = obj[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Insert(random.Next(s.Length + 1), "\u0000") : "\u0000";
                    return obj.ToJsonString();
                case 3:
                    obj["unexpected_" + random.Next(100)] = Anything[random.Next(Anything.Length)]?.DeepClone();
                    return obj.ToJsonString();
            }
        }

        return random.Next(5) switch
        {
            0 => "",
            1 => "{\"job_type\":",
            2 => "[1,2,3]",
            3 => "\"just a string\"",
            _ => "{\"a\":\"\\u0000\"," + new string('[', 200),
        };
    }

    private JsonObject? Resolve(JsonObject? schema)
    {
        for (var i = 0; i < 10 && schema?["$ref"] is JsonValue reference; i++)
        {
            var name = ((string)reference!).Split('/')[^1];
            schema = document["components"]?["schemas"]?[name] as JsonObject;
        }

        return schema;
    }

    /// <summary>What HTTP lets a header carry: printable ASCII (the client refuses to send anything else).</summary>
    private static string Ascii(string value) => new([.. value.Where(c => c is >= ' ' and < (char)127)]);

    private static string Scalar(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    private static List<ApiOperation> Read(JsonObject document)
    {
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is not JsonObject op || method is "parameters" or "summary" or "description")
                {
                    continue;
                }

                var parameters = (op["parameters"] as JsonArray ?? []).OfType<JsonObject>().ToList();
                var body = op["requestBody"]?["content"]?["application/json"]?["schema"] as JsonObject;
                var statuses = (op["responses"] as JsonObject ?? []).Select(r => r.Key).ToHashSet();
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, parameters, body, statuses));
            }
        }

        return operations;
    }
}
