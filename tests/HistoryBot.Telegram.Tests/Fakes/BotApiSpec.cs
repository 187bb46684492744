using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HistoryBot.Testing;

namespace HistoryBot.Telegram.Tests.Fakes;

/// <summary>
/// The official machine-readable Bot API description (../shared/specs/telegram/api.json, not in
/// the repo): checks that a method exists, that every parameter is one of its fields with a
/// value of the declared type, recursively into objects, and that required ones are present.
/// </summary>
public sealed partial class BotApiSpec
{
    private static readonly Lazy<BotApiSpec?> Shared = new(() =>
        RepoPaths.Spec("telegram/api.json") is { } path ? new BotApiSpec(JsonNode.Parse(File.ReadAllText(path))!.AsObject()) : null);

    private readonly Dictionary<string, JsonObject> _methods;
    private readonly Dictionary<string, JsonObject> _types;

    private BotApiSpec(JsonObject document)
    {
        _methods = document["methods"]!.AsObject().ToDictionary(pair => pair.Key, pair => pair.Value!.AsObject(), StringComparer.OrdinalIgnoreCase);
        _types = document["types"]!.AsObject().ToDictionary(pair => pair.Key, pair => pair.Value!.AsObject(), StringComparer.Ordinal);
        Version = document["version"]?.GetValue<string>() ?? "?";
    }

    /// <summary>The spec, or null when it is absent (a note is printed; on CI its absence fails).</summary>
    public static BotApiSpec? Load() => Shared.Value;

    public string Version { get; }

    [GeneratedRegex("""(?:must be|always) "?([a-z_]+)"?""")]
    private static partial Regex Discriminator();

    public bool HasMethod(string method) => _methods.ContainsKey(method);

    public IReadOnlyList<string> CheckCall(string method, JsonObject parameters)
    {
        if (!_methods.TryGetValue(method, out var spec))
            return [$"{method}: no such method in Bot API {Version}"];
        var errors = new List<string>();
        CheckFields(spec["fields"]?.AsArray(), parameters, method, method, errors);
        return errors;
    }

    /// <summary>Checks a value against a type of the spec (for the fake's own fixtures and answers).</summary>
    public IReadOnlyList<string> CheckType(string type, JsonNode? value)
    {
        var errors = new List<string>();
        CheckType(value, type, type, errors);
        return errors;
    }

    private void CheckFields(JsonArray? fields, JsonObject value, string path, string owner, List<string> errors)
    {
        var declared = (fields ?? []).Select(field => field!.AsObject()).ToDictionary(field => field["name"]!.GetValue<string>());
        foreach (var (name, node) in value)
        {
            if (!declared.TryGetValue(name, out var field))
            {
                errors.Add($"{path}.{name}: not a field of {owner}");
                continue;
            }
            var types = field["types"]!.AsArray().Select(type => type!.GetValue<string>()).ToList();
            var alternatives = types.Select(type =>
            {
                var found = new List<string>();
                CheckType(node, type, $"{path}.{name}", found);
                return found;
            }).ToList();
            if (alternatives.All(found => found.Count > 0))
                errors.AddRange(alternatives.Count == 1 ? alternatives[0] : [$"{path}.{name}: matches none of {string.Join(" | ", types)} ({alternatives[0].FirstOrDefault()})"]);
            if (name is "type" or "status" && Discriminator().Match(field["description"]?.GetValue<string>() ?? "") is { Success: true } constant
                && node is JsonValue text && text.GetValueKind() == JsonValueKind.String && text.GetValue<string>() != constant.Groups[1].Value)
            {
                errors.Add($"{path}.{name}: must be \"{constant.Groups[1].Value}\"");
            }
        }
        foreach (var (name, field) in declared)
        {
            if (field["required"]?.GetValue<bool>() == true && !value.ContainsKey(name))
                errors.Add($"{path}.{name}: required but missing");
        }
    }

    private void CheckType(JsonNode? value, string type, string path, List<string> errors)
    {
        if (value is null)
        {
            errors.Add($"{path}: null is not a {type}");
            return;
        }
        if (type.StartsWith("Array of ", StringComparison.Ordinal))
        {
            if (value is not JsonArray array)
            {
                errors.Add($"{path}: expected {type}");
                return;
            }
            for (var i = 0; i < array.Count; i++)
                CheckType(array[i], type["Array of ".Length..], $"{path}[{i}]", errors);
            return;
        }
        var kind = value.GetValueKind();
        var ok = type switch
        {
            "Integer" => kind == JsonValueKind.Number && long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "Float" => kind == JsonValueKind.Number,
            "String" or "InputFile" => kind == JsonValueKind.String,
            "Boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "True" => kind == JsonValueKind.True,
            _ => (bool?)null,
        };
        if (ok is { } primitive)
        {
            if (!primitive)
                errors.Add($"{path}: {value.ToJsonString()} is not a {type}");
            return;
        }
        if (!_types.TryGetValue(type, out var spec))
        {
            errors.Add($"{path}: unknown type {type}");
            return;
        }
        if (spec["subtypes"] is JsonArray { Count: > 0 } subtypes)
        {
            var candidates = subtypes.Select(subtype =>
            {
                var found = new List<string>();
                CheckType(value, subtype!.GetValue<string>(), path, found);
                return found;
            }).ToList();
            if (candidates.All(found => found.Count > 0))
                errors.Add($"{path}: matches no kind of {type} ({candidates.MinBy(found => found.Count)!.First()})");
            return;
        }
        if (value is not JsonObject obj)
        {
            errors.Add($"{path}: expected a {type} object");
            return;
        }
        CheckFields(spec["fields"]?.AsArray(), obj, path, type, errors);
    }
}
