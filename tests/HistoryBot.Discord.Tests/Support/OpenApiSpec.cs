using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HistoryBot.Testing;

namespace HistoryBot.Discord.Tests.Support;

/// <summary>
/// Checks request bodies against Discord's OpenAPI 3.1 spec (read from ../shared/specs, never
/// copied into the repo): the operation exists for method and path, every property is one the
/// schema defines, required ones are present, and types, enums, lengths and counts fit.
/// $ref, allOf, oneOf/anyOf and nullable types are resolved.
/// </summary>
internal sealed class OpenApiSpec
{
    private static readonly Lazy<OpenApiSpec?> Loaded = new(() =>
        RepoPaths.Spec("discord/openapi.json") is { } path ? new OpenApiSpec(File.ReadAllText(path)) : null);

    private readonly JsonElement _root;
    private readonly List<(string Template, string[] Segments)> _paths;

    public OpenApiSpec(string json)
    {
        _root = JsonDocument.Parse(json).RootElement;
        _paths = _root.GetProperty("paths").EnumerateObject()
            .Select(path => (path.Name, path.Name.Split('/', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
    }

    /// <summary>The spec from the shared folder, or null (with a note, or a failure on CI) when it is absent.</summary>
    public static OpenApiSpec? Shared => Loaded.Value;

    /// <summary>The spec's path template for a concrete path, preferring literal segments ("@original" over "{message_id}").</summary>
    public string? MatchPath(string path)
    {
        var segments = path.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        return _paths
            .Where(candidate => candidate.Segments.Length == segments.Length
                && candidate.Segments.Zip(segments).All(pair => IsParameter(pair.First) || pair.First == pair.Second))
            .OrderByDescending(candidate => candidate.Segments.Count(segment => !IsParameter(segment)))
            .Select(candidate => candidate.Template)
            .FirstOrDefault();
    }

    public IReadOnlyList<string> ValidateRequest(string method, string path, JsonNode? body)
    {
        if (MatchPath(path) is not { } template)
            return [$"{method} {path}: the spec has no such path"];
        if (!_root.GetProperty("paths").GetProperty(template).TryGetProperty(method.ToLowerInvariant(), out var operation))
            return [$"{method} {template}: the spec has no such operation"];
        var name = operation.TryGetProperty("operationId", out var id) ? id.GetString() : $"{method} {template}";
        if (!operation.TryGetProperty("requestBody", out var requestBody))
            return body is null ? [] : [$"{name}: takes no body, but one was sent"];
        if (body is null)
            return requestBody.TryGetProperty("required", out var required) && required.GetBoolean() ? [$"{name}: requires a body"] : [];
        var schema = requestBody.GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var errors = new List<string>();
        Validate(schema, body, "$", errors);
        return errors.Select(error => $"{name}: {error}").ToList();
    }

    private static bool IsParameter(string segment) => segment.StartsWith('{');

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var pointer = reference.GetString()!;
            if (!pointer.StartsWith("#/", StringComparison.Ordinal))
                throw new NotSupportedException(pointer);
            schema = pointer[2..].Split('/').Aggregate(_root, (element, part) => element.GetProperty(part.Replace("~1", "/").Replace("~0", "~")));
        }
        return schema;
    }

    private void Validate(JsonElement schema, JsonNode? node, string at, List<string> errors, bool checkUnknown = true)
    {
        schema = Resolve(schema);

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
                Validate(part, node, at, errors, checkUnknown: false);
        }
        foreach (var union in new[] { "oneOf", "anyOf" })
        {
            if (!schema.TryGetProperty(union, out var variants))
                continue;
            List<string>? best = null;
            foreach (var variant in variants.EnumerateArray())
            {
                var attempt = new List<string>();
                Validate(variant, node, at, attempt);
                if (attempt.Count == 0)
                {
                    best = null;
                    break;
                }
                if (best is null || attempt.Count < best.Count)
                    best = attempt;
            }
            if (best is not null)
                errors.Add($"{at}: matches none of the {union} variants; closest: {string.Join("; ", best)}");
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(type, node))
        {
            errors.Add($"{at}: {Describe(node)} where the spec wants {type.GetRawText()}");
            return;
        }
        if (node is null)
            return;
        if (schema.TryGetProperty("const", out var constant) && !JsonNode.DeepEquals(JsonNode.Parse(constant.GetRawText()), node))
            errors.Add($"{at}: {node.ToJsonString()} is not {constant.GetRawText()}");
        if (schema.TryGetProperty("enum", out var values)
            && !values.EnumerateArray().Any(value => JsonNode.DeepEquals(JsonNode.Parse(value.GetRawText()), node)))
            errors.Add($"{at}: {node.ToJsonString()} is not one of {values.GetRawText()}");

        switch (node)
        {
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                var length = text.EnumerateRunes().Count();
                if (schema.TryGetProperty("maxLength", out var maxLength) && length > maxLength.GetInt32())
                    errors.Add($"{at}: {length} characters, more than {maxLength.GetInt32()}");
                if (schema.TryGetProperty("minLength", out var minLength) && length < minLength.GetInt32())
                    errors.Add($"{at}: {length} characters, fewer than {minLength.GetInt32()}");
                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
                    errors.Add($"{at}: '{text}' does not match {pattern.GetString()}");
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                var number = value.GetValue<double>();
                if (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDouble())
                    errors.Add($"{at}: {number} is below {minimum.GetDouble()}");
                if (schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDouble())
                    errors.Add($"{at}: {number} is above {maximum.GetDouble()}");
                break;
            case JsonArray array:
                if (schema.TryGetProperty("maxItems", out var maxItems) && array.Count > maxItems.GetInt32())
                    errors.Add($"{at}: {array.Count} items, more than {maxItems.GetInt32()}");
                if (schema.TryGetProperty("minItems", out var minItems) && array.Count < minItems.GetInt32())
                    errors.Add($"{at}: {array.Count} items, fewer than {minItems.GetInt32()}");
                if (schema.TryGetProperty("items", out var items))
                {
                    for (var i = 0; i < array.Count; i++)
                        Validate(items, array[i], $"{at}[{i}]", errors);
                }
                break;
            case JsonObject obj:
                ValidateObject(schema, obj, at, errors, checkUnknown);
                break;
        }
    }

    private void ValidateObject(JsonElement schema, JsonObject obj, string at, List<string> errors, bool checkUnknown)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(item => item.GetString()!))
            {
                if (!obj.ContainsKey(name))
                    errors.Add($"{at}: the required property '{name}' is missing");
            }
        }
        var properties = schema.TryGetProperty("properties", out var defined) ? defined : default;
        var additional = schema.TryGetProperty("additionalProperties", out var extra) ? extra : default;
        var known = KnownProperties(schema);
        foreach (var (name, value) in obj)
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var property))
                Validate(property, value, $"{at}.{name}", errors);
            else if (additional.ValueKind == JsonValueKind.Object)
                Validate(additional, value, $"{at}.{name}", errors);
            else if (checkUnknown && known.Count > 0 && !known.Contains(name) && additional.ValueKind != JsonValueKind.True)
                errors.Add($"{at}: '{name}' is not a property the spec defines here");
        }
    }

    /// <summary>Properties defined by the schema and its allOf parts (oneOf variants are checked one by one).</summary>
    private HashSet<string> KnownProperties(JsonElement schema)
    {
        schema = Resolve(schema);
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
                names.Add(property.Name);
        }
        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
                names.UnionWith(KnownProperties(part));
        }
        return names;
    }

    private static bool HasType(JsonElement type, JsonNode? node)
    {
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(item => item.GetString()!).ToList() : [type.GetString()!];
        return types.Any(name => name switch
        {
            "null" => node is null,
            "object" => node is JsonObject,
            "array" => node is JsonArray,
            "boolean" => node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
            "string" => node is JsonValue value && value.GetValueKind() == JsonValueKind.String,
            "number" => node is JsonValue value && value.GetValueKind() == JsonValueKind.Number,
            // The spec's README: some fields the docs call strings (snowflakes, permission sets) are typed
            // integer, and the API takes integer-parsable strings for them.
            "integer" => node is JsonValue value && (value.GetValueKind() == JsonValueKind.Number
                ? double.IsInteger(value.GetValue<double>())
                : value.GetValueKind() == JsonValueKind.String && ulong.TryParse(value.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out _)),
            _ => true,
        });
    }

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue value => $"{value.GetValueKind().ToString().ToLowerInvariant()} {value.ToJsonString()}",
        _ => node.ToJsonString(),
    };
}
