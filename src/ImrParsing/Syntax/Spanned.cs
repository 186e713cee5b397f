using System.Text.Json.Serialization;
using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>
/// A typed value read from the letter (a date, a number, a decision) with the exact source
/// <see cref="Text"/> it was read from and its <see cref="Span"/>.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
public readonly struct Spanned<T> : IEquatable<Spanned<T>>
{
    private readonly string? _source;
    private readonly string? _text;

    /// <summary>A value with its source text and span.</summary>
    [JsonConstructor]
    public Spanned(T value, string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        Value = value;
        _text = text;
        Span = span;
    }

    private Spanned(T value, string source, TextSpan span, bool fromSource)
    {
        _ = fromSource;
        Value = value;
        _source = source;
        Span = span;
    }

    /// <summary>The value.</summary>
    public T Value { get; }

    /// <summary>The exact source text the value was read from: <c>input.Substring(Span.Start, Span.Length)</c>.</summary>
    public string Text => _text ?? _source?.Substring(Span.Start, Span.Length) ?? string.Empty;

    /// <summary>Where the value is in the input.</summary>
    public TextSpan Span { get; }

    /// <summary>A value read from <paramref name="span"/> of <paramref name="source"/>, the whole input.</summary>
    public static Spanned<T> FromSource(T value, string source, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (span.Start < 0 || span.Length < 0 || span.End > source.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "The span must lie inside the source text.");
        }

        return new Spanned<T>(value, source, span, fromSource: true);
    }

    /// <inheritdoc />
    public bool Equals(Spanned<T> other) =>
        EqualityComparer<T>.Default.Equals(Value, other.Value) && Span == other.Span && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Spanned<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Span);

    /// <summary>True when both hold the same value, text and span.</summary>
    public static bool operator ==(Spanned<T> left, Spanned<T> right) => left.Equals(right);

    /// <summary>True when they differ in value, text or span.</summary>
    public static bool operator !=(Spanned<T> left, Spanned<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"{Value} ({Text} at {Span.Line}:{Span.Column})";
}
