using System.Text.Json.Serialization;
using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>
/// A piece of the letter's text: its canonical <see cref="Value"/> (white space folded, line-end
/// hyphenation joined, the same whatever extractor produced the text), the exact source
/// <see cref="Text"/> and its <see cref="Span"/>.
/// </summary>
/// <remarks>
/// Both strings are made when first asked for, so that parsing allocates nothing for the long
/// texts (case summaries, rationales) a caller may never read. Immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(TextValueJsonConverter))]
public sealed class TextValue : IEquatable<TextValue>
{
    private readonly string? _source;
    private string? _value;

    private TextValue(string? source, string? value, TextSpan span)
    {
        _source = source;
        _value = value;
        Span = span;
    }

    /// <summary>The canonical text: white space folded to single spaces, hyphenated line breaks joined.</summary>
    public string Value => _value ??= TextNormalizer.Normalize(RawSpan);

    /// <summary>
    /// The exact text of <see cref="Span"/> in the parsed input, so that
    /// <c>input.Substring(Span.Start, Span.Length) == Text</c>; null when the value was not read
    /// from a text (for example, deserialized from JSON, which keeps only <see cref="Value"/>).
    /// </summary>
    public string? Text => _source?.Substring(Span.Start, Span.Length);

    /// <summary>Where the text is in the input.</summary>
    public TextSpan Span { get; }

    // The canonical text when it is already made: read from a text the rules read (see the factory
    // below), or asked for before. The JSON writes it rather than normalizing the raw text again.
    internal string? KnownValue => _value;

    internal ReadOnlySpan<char> RawSpan => _source is null ? _value.AsSpan() : _source.AsSpan(Span.Start, Span.Length);

    /// <summary>A value that covers <paramref name="span"/> of <paramref name="source"/>, the whole input.</summary>
    public static TextValue FromSource(string source, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (span.Start < 0 || span.Length < 0 || span.End > source.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "The span must lie inside the source text.");
        }

        return new TextValue(source, null, span);
    }

    /// <summary>
    /// A value that covers <paramref name="span"/> of <paramref name="source"/>, the whole input, whose
    /// canonical text is that of <paramref name="readable"/>, the input as the rules read it
    /// (<see cref="ReadableText"/>: the same string for most letters), from <paramref name="start"/>
    /// to <paramref name="end"/>: where <paramref name="span"/> is, but where a space moved.
    /// </summary>
    internal static TextValue FromSource(string source, string readable, int start, int end, TextSpan span) =>
        ReferenceEquals(source, readable)
            ? new TextValue(source, null, span)
            : new TextValue(source, TextNormalizer.Normalize(readable.AsSpan(start, end - start)), span);

    /// <summary>A value known only by its canonical text and span (for example, from JSON).</summary>
    public static TextValue FromValue(string value, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new TextValue(null, value, span);
    }

    /// <inheritdoc />
    public bool Equals(TextValue? other) =>
        other is not null && Span == other.Span && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TextValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Span, string.GetHashCode(Value, StringComparison.Ordinal));

    /// <summary>The canonical text.</summary>
    public override string ToString() => Value;
}
