using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ImrParsing.Text;

namespace ImrParsing.Lexing;

/// <summary>
/// Splits a text into tokens in one pass: maximal runs of letters and digits (a word, a number
/// or a mix), single punctuation characters, white space between them noted on the token after
/// it. The same pass indexes the tokens the readers start at, so no reader scans every position.
/// </summary>
/// <remarks>
/// The source is read as its canonical form (<see cref="TextNormalizer"/>) reads: any run of white
/// space is one flag, and a hyphen that ends a line is dropped, a word broken there ("treat-" /
/// "ment") lexed as one token spanning both parts in the source, whose characters
/// <see cref="TokenList.Chars"/> gives joined ("treatment"). Offsets are the source's.
/// </remarks>
internal static class WordLexer
{
    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // A character's class: an ASCII letter or digit, another letter, another letter-or-digit
    // (which makes a run Mixed), white space, or anything else.
    internal const int Other = 0;
    internal const int Letter = 1;
    internal const int Digit = 2;
    internal const int OtherDigit = 4;
    internal const int Space = 8;
    internal const int InRun = Letter | Digit | OtherDigit;

    /// <summary>The tokens of <paramref name="text"/>; dispose the list to keep it for the thread's next lex.</summary>
    public static TokenList Lex(ReadOnlySpan<char> text) => Lex(text, 0);

    /// <summary>
    /// The tokens of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>,
    /// with offsets into the whole of <paramref name="text"/>; dispose the list to keep it for the thread's next lex.
    /// </summary>
    public static TokenList Lex(ReadOnlySpan<char> text, int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        return Lex(text[..end], start);
    }

    /// <summary>
    /// The tokens of the <paramref name="ranges"/> of <paramref name="text"/>, in order, in one list,
    /// with offsets into <paramref name="text"/>: each range must start at the text's start or at white
    /// space and end at white space or the text's end, neither right after a hyphen
    /// (<see cref="WordWindows"/>), so that its tokens are those a lex of the whole text makes there.
    /// </summary>
    public static TokenList Lex(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> ranges)
    {
        int length = 0;
        foreach (var (start, end) in ranges)
        {
            length += end - start;
        }

        return Lex(text, ranges, length);
    }

    private static TokenList Lex(ReadOnlySpan<char> text, int from) => Lex(text, [(from, text.Length)], text.Length - from);

    private static TokenList Lex(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> ranges, int characters)
    {
        // A token takes at least one character, so the characters lexed bound the buffers.
        int capacity = Math.Max(1, characters);
        var writer = new TokenWriter(TokenList.Rent(capacity), capacity);
        var chars = MemoryMarshal.Cast<char, ushort>(text);
        foreach (var (from, to) in ranges)
        {
            bool space = false;
            int i = from;
            while (i < to)
            {
                int next = Vector256.IsHardwareAccelerated ? LexWindow(text, chars, i, to, ref space, ref writer) : i;
                i = next > i ? next : LexOne(text, i, ref space, ref writer);
            }
        }

        return writer.Finish();
    }

    // The tokens starting in the 32 characters from `i` (or the last 32 of the text), read from
    // bit masks of the window's letters, digits and white space: the tokens' starts are the set
    // bits of one mask, walked in order, and a run's end and kind come from the masks, so the only
    // branch a token takes on its characters is run or mark. White space before a token is a gap
    // between it and the last token's end. Returns where it stopped, `i` itself when the window is
    // not all ASCII or a run fills it (then a token is read a character at a time). Not inlined
    // into its callers, so that the writer's code is inlined into it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int LexWindow(ReadOnlySpan<char> text, ReadOnlySpan<ushort> chars, int i, int to, ref bool space, ref TokenWriter writer)
    {
        int p = Math.Min(i, text.Length - Window);
        if (p < 0 || !AsciiMasks(chars.Slice(p, Window), out uint letters, out uint digits, out uint spaces))
        {
            return i;
        }

        uint runs = letters | digits;
        bool closed = p + Window == text.Length; // a run reaching the window's end ends there
        int limit = Math.Min(Window, to - p);
        int o = i - p;

        // A run starts where the character before is no letter or digit; every mark is a token of
        // its own. `i` is never inside a run, so the character before it does not count.
        uint starts = ((runs & ~(runs << 1)) | ~(runs | spaces)) & (uint)(((1UL << limit) - 1) >> o << o);
        starts |= runs & (1u << o);
        int expected = o; // where the next token starts if no white space stands before it
        while (starts != 0)
        {
            int s = BitOperations.TrailingZeroCount(starts);
            bool spaceBefore = space || s != expected;
            int end;
            if ((runs & (1u << s)) == 0)
            {
                int mark = p + s;
                if (text[mark] == '-' && writer.Count > 0 && !spaceBefore && TextNormalizer.IsLineEndHyphen(text, mark, out int resume))
                {
                    space = false;
                    return resume;
                }

                writer.AddPunctuation(mark, spaceBefore);
                end = s + 1;
            }
            else
            {
                int length = BitOperations.TrailingZeroCount(~(runs >> s));
                if (s + length == Window && !closed)
                {
                    // The run may go on past the window: the next window starts at it.
                    space = spaceBefore;
                    return p + s;
                }

                uint bits = (uint)(((1UL << length) - 1) << s);
                var kind = (digits & bits) == 0 ? TokenKind.Word : (letters & bits) == 0 ? TokenKind.Number : TokenKind.Mixed;
                end = writer.AddRun(text, p + s, p + s + length, kind, spaceBefore) - p;
                if (end != s + length)
                {
                    // A word joined across a line-end hyphen ends past this window.
                    space = false;
                    return p + end;
                }
            }

            space = false;
            expected = end;
            starts &= end >= Window ? 0 : ~0u << end;
        }

        // What follows the last token up to the limit is white space.
        space |= expected < limit;
        return p + Math.Max(expected, limit);
    }

    private const int Window = 32;

    // Bit i set where character i of the 32 is an ASCII letter, digit or white space; false when one is past ASCII.
    internal static bool AsciiMasks(ReadOnlySpan<ushort> window, out uint letters, out uint digits, out uint spaces)
    {
        var low = Vector256.Create(window);
        var high = Vector256.Create(window[16..]);
        if (((low | high) & Vector256.Create((ushort)0xFF80)) != Vector256<ushort>.Zero)
        {
            letters = digits = spaces = 0;
            return false;
        }

        var bytes = Vector256.Narrow(low, high);
        var folded = bytes | Vector256.Create((byte)0x20);
        letters = Vector256.LessThan(folded - Vector256.Create((byte)'a'), Vector256.Create((byte)26)).ExtractMostSignificantBits();
        digits = Vector256.LessThan(bytes - Vector256.Create((byte)'0'), Vector256.Create((byte)10)).ExtractMostSignificantBits();
        spaces = (Vector256.Equals(bytes, Vector256.Create((byte)' '))
            | Vector256.LessThan(bytes - Vector256.Create((byte)'\t'), Vector256.Create((byte)5))).ExtractMostSignificantBits();
        return true;
    }

    // One token, or white space, at `i`, a character at a time: past ASCII, and near a text's end.
    internal static int LexOne(ReadOnlySpan<char> text, int i, ref bool space, ref TokenWriter writer)
    {
        char c = text[i];
        int kind = ClassOf(c);
        if (kind == Space)
        {
            space = true;
            return i + 1;
        }

        if (kind == Other)
        {
            if (HyphenLookalikes.MayJoinLines(c) && writer.Count > 0 && !space && TextNormalizer.IsLineEndHyphen(text, i, out int resume))
            {
                // "10%-" / "Cyclobenzaprine": the hyphen and the line break are dropped, no space between.
                return resume;
            }

            writer.AddPunctuation(i, space);
            space = false;
            return i + 1;
        }

        // The run and its kind in one pass: most runs are short words.
        int start = i;
        int seen = kind;
        for (i++; i < text.Length && ((kind = ClassOf(text[i])) & InRun) != 0; i++)
        {
            seen |= kind;
        }

        var tokenKind = seen == Digit ? TokenKind.Number : seen == Letter ? TokenKind.Word : TokenKind.Mixed;
        int end = writer.AddRun(text, start, i, tokenKind, space);
        space = false;
        return end;
    }

    // Where the run ending at `end` goes on past hyphens that end lines ("treat-" / "ment"), or -1.
    internal static int JoinedRunStart(ReadOnlySpan<char> text, int end)
    {
        int at = end;
        while (at < text.Length && HyphenLookalikes.MayJoinLines(text[at]) && TextNormalizer.IsLineEndHyphen(text, at, out int resume))
        {
            at = resume;
        }

        return at != end && at < text.Length && char.IsLetterOrDigit(text[at]) ? at : -1;
    }

    // The end of the run of letters and digits at `start`: a vectorized search over ASCII, a
    // character at a time past it.
    internal static int RunEnd(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (true)
        {
            int length = text[end..].IndexOfAnyExcept(AsciiLettersAndDigits);
            if (length < 0)
            {
                return text.Length;
            }

            end += length;
            if (!char.IsLetterOrDigit(text[end]))
            {
                return end;
            }

            end++;
        }
    }

    internal static int ClassOf(char c) => c < 128 ? AsciiClasses[c] : NonAsciiClass(c);

    private static int NonAsciiClass(char c) =>
        char.IsLetter(c) ? Letter : char.IsLetterOrDigit(c) ? OtherDigit : CharSets.IsSpace(c) ? Space : Other;

    // The classes of the ASCII characters: white space from tab to carriage return and the space,
    // digits, letters; the rest is Other.
    private static ReadOnlySpan<byte> AsciiClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 8, 8, 8, 8, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];
}
