using System.Globalization;
using System.Text.Json;

namespace ImrParsing.Tests.Infrastructure;

/// <summary>
/// Validates JSON against a JSON Schema, for the keywords the project's schema uses: type,
/// properties, required, additionalProperties, items, enum, anyOf, minimum, format "date" and
/// local $ref. Any other keyword is an error, so that a schema this cannot check fails loudly
/// instead of passing unchecked. (No complete validator is available from this registry.)
/// </summary>
public sealed class SchemaValidator(JsonElement root)
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "$defs"];

    /// <summary>Every place where <paramref name="instance"/> breaks the schema, as "path: reason".</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: no value is allowed here");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    Check(Resolve(value.GetString()!), instance, path, errors);
                    break;
                case "type":
                    var types = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(type => type.GetString()!).ToArray() : [value.GetString()!];
                    if (!types.Any(type => HasType(instance, type)))
                    {
                        errors.Add($"{path}: expected {string.Join(" or ", types)}, found {instance.ValueKind}");
                    }

                    break;
                case "properties":
                    if (instance.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in value.EnumerateObject())
                        {
                            if (instance.TryGetProperty(property.Name, out var member))
                            {
                                Check(property.Value, member, $"{path}.{property.Name}", errors);
                            }
                        }
                    }

                    break;
                case "required":
                    if (instance.ValueKind == JsonValueKind.Object)
                    {
                        errors.AddRange(value.EnumerateArray().Select(name => name.GetString()!)
                            .Where(name => !instance.TryGetProperty(name, out _))
                            .Select(name => $"{path}: missing required property \"{name}\""));
                    }

                    break;
                case "additionalProperties":
                    if (instance.ValueKind == JsonValueKind.Object)
                    {
                        var known = schema.TryGetProperty("properties", out var properties) ? properties : default;
                        foreach (var member in instance.EnumerateObject())
                        {
                            if (known.ValueKind != JsonValueKind.Object || !known.TryGetProperty(member.Name, out _))
                            {
                                Check(value, member.Value, $"{path}.{member.Name}", errors);
                            }
                        }
                    }

                    break;
                case "items":
                    if (instance.ValueKind == JsonValueKind.Array)
                    {
                        int index = 0;
                        foreach (var element in instance.EnumerateArray())
                        {
                            Check(value, element, $"{path}[{index++}]", errors);
                        }
                    }

                    break;
                case "enum":
                    if (!value.EnumerateArray().Any(option => JsonElement.DeepEquals(option, instance)))
                    {
                        errors.Add($"{path}: {instance.GetRawText()} is not one of {value.GetRawText()}");
                    }

                    break;
                case "anyOf":
                    if (!value.EnumerateArray().Any(option => { var inner = new List<string>(); Check(option, instance, path, inner); return inner.Count == 0; }))
                    {
                        errors.Add($"{path}: matches none of anyOf");
                    }

                    break;
                case "minimum":
                    if (instance.ValueKind == JsonValueKind.Number && instance.GetDecimal() < value.GetDecimal())
                    {
                        errors.Add($"{path}: {instance.GetRawText()} is below {value.GetRawText()}");
                    }

                    break;
                case "format":
                    if (value.GetString() != "date")
                    {
                        throw new NotSupportedException($"Format \"{value.GetString()}\" at {path} is not checked by this validator.");
                    }

                    if (instance.ValueKind == JsonValueKind.String &&
                        !DateOnly.TryParseExact(instance.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    {
                        errors.Add($"{path}: \"{instance.GetString()}\" is not a date (yyyy-MM-dd)");
                    }

                    break;
                default:
                    if (!Annotations.Contains(keyword.Name))
                    {
                        throw new NotSupportedException($"Keyword \"{keyword.Name}\" at {path} is not checked by this validator.");
                    }

                    break;
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local references are checked, not {reference}.");
        }

        var target = root;
        foreach (string part in reference[2..].Split('/'))
        {
            target = target.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return target;
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetInt64(out _),
        _ => throw new NotSupportedException($"Type \"{type}\" is not checked by this validator."),
    };
}
