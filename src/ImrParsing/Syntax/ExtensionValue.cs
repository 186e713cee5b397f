using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>
/// What an extension read into the document (<see cref="ImrDocument.Extensions"/>): a section a
/// parser's builder added (<see cref="Sections.SectionParser{T}"/>) or a header field the model has no
/// property for, under its name, with its span. The value is the extension's own record, written
/// to JSON by the <see cref="JsonTypeInfo"/> the extension supplies (from its own source-generated
/// context, so that no reflection is needed); a document read back from JSON holds the value as a
/// <see cref="JsonElement"/>, which <see cref="GetValue{T}"/> turns back into the record.
/// </summary>
[JsonConverter(typeof(ExtensionValueJsonConverter))]
public sealed class ExtensionValue
{
    private ExtensionValue(string name, object value, TextSpan span, JsonTypeInfo? typeInfo)
    {
        Name = name;
        Value = value;
        Span = span;
        JsonTypeInfo = typeInfo;
    }

    /// <summary>The name of the section or field that gave the value ("documentsReviewed").</summary>
    public string Name { get; }

    /// <summary>The value: the extension's record, or a <see cref="JsonElement"/> for a document read from JSON.</summary>
    public object Value { get; }

    /// <summary>Where the value was read: the section, from its heading to its last line, or the field's value.</summary>
    public TextSpan Span { get; }

    /// <summary>How <see cref="Value"/> is written to JSON; null when it is a <see cref="JsonElement"/>.</summary>
    [JsonIgnore]
    public JsonTypeInfo? JsonTypeInfo { get; }

    /// <summary>A value an extension read.</summary>
    /// <param name="name">The section's or field's name.</param>
    /// <param name="value">What it read.</param>
    /// <param name="span">Where it read it.</param>
    /// <param name="jsonTypeInfo">How to write <paramref name="value"/> to JSON, from the extension's source-generated <see cref="JsonSerializerContext"/>.</param>
    public static ExtensionValue Create<T>(string name, T value, TextSpan span, JsonTypeInfo<T> jsonTypeInfo)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(jsonTypeInfo);
        return new ExtensionValue(name, value, span, jsonTypeInfo);
    }

    /// <summary>A value read back from JSON, kept as the JSON it was.</summary>
    public static ExtensionValue FromJson(string name, JsonElement value, TextSpan span)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new ExtensionValue(name, value.Clone(), span, null);
    }

    /// <summary>
    /// The value as a <typeparamref name="T"/>: the record itself, or, for a document read from
    /// JSON, the record read from its JSON with <paramref name="jsonTypeInfo"/>.
    /// </summary>
    /// <exception cref="InvalidCastException">The value is of another type.</exception>
    /// <exception cref="JsonException">The JSON is not a <typeparamref name="T"/>.</exception>
    public T GetValue<T>(JsonTypeInfo<T> jsonTypeInfo)
    {
        ArgumentNullException.ThrowIfNull(jsonTypeInfo);
        return Value switch
        {
            T value => value,
            JsonElement json => json.Deserialize(jsonTypeInfo) ?? throw new JsonException($"Expected the value of extension '{Name}', found null."),
            _ => throw new InvalidCastException($"Extension '{Name}' holds a {Value.GetType().Name}, not a {typeof(T).Name}."),
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} at {Span.Line}:{Span.Column}";
}
