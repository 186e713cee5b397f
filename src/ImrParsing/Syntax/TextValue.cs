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
    // The input (a string), or the input with the text the rules read from it (InputAsRead); null
    // for a value known only by its canonical text (from JSON).
    private readonly object? _origin;
    private string? _value;

    private TextValue(object? origin, string? value, TextSpan span)
    {
        _origin = origin;
        _value = value;
        Span = span;
    }

    /// <summary>The canonical text: white space folded to single spaces, hyphenated line breaks joined.</summary>
    public string Value => _value ??= TextNormalizer.Normalize(CanonicalSource);

    /// <summary>
    /// The exact text of <see cref="Span"/> in the parsed input, so that
    /// <c>input.Substring(Span.Start, Span.Length) == Text</c>; null when the value was not read
    /// from a text (for example, deserialized from JSON, which keeps only <see cref="Value"/>).
    /// </summary>
    public string? Text => Input?.Substring(Span.Start, Span.Length);

    /// <summary>Where the text is in the input.</summary>
    public TextSpan Span { get; }

    // The canonical text when it is already made: given, or asked for before. The JSON writes it
    // rather than normalizing again.
    internal string? KnownValue => _value;

    // The input's text under the span (the canonical text for a value from JSON).
    internal ReadOnlySpan<char> SourceSpan => Input is { } input ? input.AsSpan(Span.Start, Span.Length) : _value.AsSpan();

    // What the canonical text is made from: the text as the rules read it under the span.
    internal ReadOnlySpan<char> CanonicalSource => _origin is InputAsRead asRead ? asRead.ReadableAt(Span) : SourceSpan;

    private string? Input => _origin as string ?? (_origin as InputAsRead)?.Input;

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
    /// canonical text is made from <paramref name="asRead"/>'s text as read under it (null when the
    /// rules read the input itself).
    /// </summary>
    internal static TextValue FromSource(string source, InputAsRead? asRead, TextSpan span) => new(asRead ?? (object)source, null, span);

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
