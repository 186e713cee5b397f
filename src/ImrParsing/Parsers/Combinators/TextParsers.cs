using Pidgin;

namespace ImrParsing.Parsers.Combinators;

/// <summary>
/// Pidgin combinators for letter text, one per file. They read text the way the letters are
/// extracted: any run of white space (line breaks, page breaks, no-break spaces) counts as one
/// space, and fixed phrases ignore ASCII case. None of them consumes input when it fails, so they
/// compose with <see cref="Parser.OneOf{TToken, T}(Parser{TToken, T}[])"/> without <c>Try</c>.
/// </summary>
internal static partial class TextParsers
{
    /// <summary>The offset into the parsed text; a shorthand for <see cref="Parser{TToken}.CurrentOffset"/>.</summary>
    public static Parser<char, int> Offset { get; } = Parser<char>.CurrentOffset;
}
