using System.Buffers;
using System.Runtime.CompilerServices;

namespace ImrParsing.Text;

/// <summary>Character classes shared by the tokenizer, the normalizer and the grammar.</summary>
internal static class CharSets
{
    /// <summary>
    /// Space inside a line: what extractors put between words (no-break spaces, form feeds, a stray
    /// byte-order mark, the Unicode space separators) but not the line ends.
    /// </summary>
    public static readonly SearchValues<char> InlineSpace = SearchValues.Create(
        " \t\f\v\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF\u0085");

    /// <summary>Everything <see cref="InlineSpace"/> holds, plus the line ends.</summary>
    public static readonly SearchValues<char> AnySpace = SearchValues.Create(AnySpaceChars);

    /// <summary>The characters of <see cref="AnySpace"/>.</summary>
    public const string AnySpaceChars =
        " \t\f\v\r\n\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF\u0085";

    /// <summary>
    /// The characters that end a line in the input: CR, LF (CR LF ends one), and Unicode's NEL, LS and
    /// PS, which the rules read as LF (<see cref="ReadableText"/>). These are the line ends .NET's
    /// <c>string.ReplaceLineEndings</c> knows, less the form feed, which ends a page inside a line.
    /// </summary>
    public static readonly SearchValues<char> LineEnd = SearchValues.Create("\r\n" + UnicodeLineEnds);

    /// <summary>NEL (U+0085), LS (U+2028) and PS (U+2029): line ends past ASCII.</summary>
    public const string UnicodeLineEnds = "\u0085\u2028\u2029";

    /// <summary>The line ends and the form feed, which the tokenizer also splits a line at.</summary>
    public static readonly SearchValues<char> LineEndOrPageBreak = SearchValues.Create("\r\n\f");

    /// <summary>True for a character of <see cref="AnySpace"/>.</summary>
    /// <remarks>
    /// Called for most characters of a text: ASCII, nearly all of them, is decided by two comparisons,
    /// inlined into the caller's loop; the rest by a call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c < 0x80 ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' : IsSpacePastAscii(c);

    private static bool IsSpacePastAscii(char c) => c >= '\u0085' && AnySpace.Contains(c);

    /// <summary>An ASCII capital folded to lower case; any other character as it is.</summary>
    public static char ToLowerAscii(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;

    public static bool IsLetterOrDigit(char c) => char.IsLetterOrDigit(c);
}
