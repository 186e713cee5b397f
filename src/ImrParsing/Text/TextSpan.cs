using System.Text.Json.Serialization;

namespace ImrParsing.Text;

/// <summary>
/// A range of the input text: <see cref="Start"/> and <see cref="Length"/> in UTF-16 code units
/// into the exact string that was parsed (end exclusive), with the 1-based <see cref="Line"/> and
/// <see cref="Column"/> of <see cref="Start"/>.
/// </summary>
/// <remarks>
/// Line and column are fixed when the span is made so that a span stays meaningful on its own,
/// for example in JSON. Lines end at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>; a form feed is
/// not a line end, as in most editors. In JSON, <c>{"start", "length", "line", "column"}</c>, in any
/// serializer context (an extension's own too).
/// </remarks>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
/// <param name="Line">1-based line of <paramref name="Start"/>.</param>
/// <param name="Column">1-based column of <paramref name="Start"/>, in code units.</param>
[JsonConverter(typeof(TextSpanJsonConverter))]
public readonly record struct TextSpan(int Start, int Length, int Line, int Column)
{
    /// <summary>Offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no text.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>True when <paramref name="offset"/> lies inside the span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End}) at {Line}:{Column}";
}
