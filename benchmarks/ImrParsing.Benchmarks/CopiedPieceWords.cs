using System.Buffers;
using ImrParsing.Lexing;
using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// How the diagnoses' pieces were read into words before <see cref="DiagnosisList.PieceWordSpans"/>:
/// every token's characters copied into one buffer, a word at a time. A baseline of
/// `CaseSummaryBenchmarks` and the reference of `PieceWordsReferenceTests` (shared as source).
/// </summary>
internal static class CopiedPieceWords
{
    private const int StackLength = 256;

    /// <summary>Calls <paramref name="read"/> with each word of the tokens <paramref name="piece"/> of <paramref name="text"/> as written between spaces.</summary>
    public static void Read(LexedText text, (int First, int Last) piece, WordWindows.WordTest read)
    {
        int capacity = 0;
        for (int t = piece.First; t <= piece.Last; t++)
        {
            capacity += text.Chars(t).Length;
        }

        char[]? rented = capacity > StackLength ? ArrayPool<char>.Shared.Rent(capacity) : null;
        Span<char> buffer = rented ?? stackalloc char[StackLength];
        int length = 0;
        for (int t = piece.First; t <= piece.Last + 1; t++)
        {
            if (t == piece.Last + 1 || (t > piece.First && text.Tokens[t].SpaceBefore))
            {
                read(buffer[..length]);
                length = 0;
            }

            if (t <= piece.Last)
            {
                var chars = text.Chars(t);
                chars.CopyTo(buffer[length..]);
                length += chars.Length;
            }
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }
}
