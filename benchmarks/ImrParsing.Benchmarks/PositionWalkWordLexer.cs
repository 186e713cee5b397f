using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ImrParsing.Lexing;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The word lexer before its windows' tokens were walked as the set bits of one mask: a window's
/// positions walked one token or run of white space at a time, branching at each on white space,
/// mark or run. The tokens are the same (`WordLexerWindowsReferenceTests` holds both lexers to
/// <see cref="CharacterWordLexer"/>); a baseline of `WordLexerBenchmarks`.
/// </summary>
internal static class PositionWalkWordLexer
{
    /// <summary>The tokens of <paramref name="text"/>; dispose the list to keep it for the thread's next lex.</summary>
    public static TokenList Lex(ReadOnlySpan<char> text)
    {
        int capacity = Math.Max(1, text.Length);
        var writer = new TokenWriter(TokenList.Rent(capacity), capacity);
        var chars = MemoryMarshal.Cast<char, ushort>(text);
        bool space = false;
        int i = 0;
        while (i < text.Length)
        {
            int next = Vector256.IsHardwareAccelerated ? LexWindow(text, chars, i, text.Length, ref space, ref writer) : i;
            i = next > i ? next : WordLexer.LexOne(text, i, ref space, ref writer);
        }

        return writer.Finish();
    }

    // The tokens starting in the 32 characters from `i` (or the last 32 of the text), read from
    // bit masks of the window's letters, digits and white space: a run's end and kind without a
    // branch per character. Returns where it stopped, `i` itself when the window is not all ASCII
    // or a run fills it (then a token is read a character at a time).
    private static int LexWindow(ReadOnlySpan<char> text, ReadOnlySpan<ushort> chars, int i, int to, ref bool space, ref TokenWriter writer)
    {
        int p = Math.Min(i, text.Length - Window);
        if (p < 0 || !WordLexer.AsciiMasks(chars.Slice(p, Window), out uint letters, out uint digits, out uint spaces))
        {
            return i;
        }

        uint runs = letters | digits;
        bool closed = p + Window == text.Length; // a run reaching the window's end ends there
        int limit = Math.Min(Window, to - p);
        int o = i - p;
        while (o < limit)
        {
            uint at = 1u << o;
            if ((spaces & at) != 0)
            {
                o += BitOperations.TrailingZeroCount(~(spaces >> o));
                space = true;
                continue;
            }

            if ((runs & at) == 0)
            {
                int mark = p + o;
                if (text[mark] == '-' && writer.Count > 0 && !space && TextNormalizer.IsLineEndHyphen(text, mark, out int resume))
                {
                    return resume;
                }

                writer.AddPunctuation(mark, space);
                space = false;
                o++;
                continue;
            }

            int length = BitOperations.TrailingZeroCount(~(runs >> o));
            if (o + length == Window && !closed)
            {
                break; // the run may go on past the window
            }

            uint bits = (uint)(((1UL << length) - 1) << o);
            var kind = (digits & bits) == 0 ? TokenKind.Word : (letters & bits) == 0 ? TokenKind.Number : TokenKind.Mixed;
            o = writer.AddRun(text, p + o, p + o + length, kind, space) - p;
            space = false;
        }

        return p + o;
    }

    private const int Window = 32;
}
