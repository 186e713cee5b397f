using System.Collections.Immutable;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using ImrParsing.Text;
using Pidgin;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads the diagnoses a narrative lists: the sentence after the first
/// <see cref="DiagnosisGrammar.Introduction"/> ("Current diagnoses include ...", "diagnosed as
/// having ...", "being treated for the diagnoses of ...", "is undergoing treatment for ..."), up to
/// its full stop, split by <see cref="DiagnosisList"/>.
/// </summary>
internal static class DiagnosisReader
{
    private static readonly Parser<char, (Unit Value, OffsetRange Range)> IntroductionWithRange =
        TextParsers.WithRange(DiagnosisGrammar.Introduction);

    /// <summary>The diagnoses, as ranges of <paramref name="text"/>'s canonical text; empty when the narrative lists none.</summary>
    public static ImmutableArray<OffsetRange> Find(CanonicalText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var canonical = text.Span;
        for (int i = 0; i < canonical.Length; i++)
        {
            if (canonical[i] is not ('d' or 'D' or 'u' or 'U' or 't' or 'T') || (i > 0 && char.IsLetter(canonical[i - 1])))
            {
                continue;
            }

            if (IntroductionWithRange.TryMatch(canonical[i..], out var introduction))
            {
                int start = i + introduction.Range.End;
                // The list alone as a string (Split reads only inside it): the narrative's canonical
                // text stays in its pooled buffer.
                int end = SentenceEnd(canonical, start);
                var list = DiagnosisList.Split(canonical[start..end].ToString(), new OffsetRange(0, end - start));
                return [.. list.Select(range => range.Shift(start))];
            }
        }

        return [];
    }

    /// <summary>The diagnoses as text values with their spans in the input.</summary>
    public static ImmutableArray<TextValue> Read(IReaderContext context, CanonicalText text)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(text);
        var values = ImmutableArray.CreateBuilder<TextValue>();
        foreach (var range in Find(text))
        {
            var source = text.SourceRange(range);
            if (context.Value(source.Start, source.End) is { } value)
            {
                values.Add(value);
            }
        }

        return values.ToImmutable();
    }

    // The full stop that ends the sentence: one followed by the end, by a capital, a digit, a quote
    // or a parenthesis after a space, or straight by a capital ("infection.The"); not "3.5" or "e.g. a".
    private static int SentenceEnd(ReadOnlySpan<char> text, int from)
    {
        for (int j = from; j < text.Length; j++)
        {
            if (text[j] != '.')
            {
                continue;
            }

            int k = j + 1;
            while (k < text.Length && text[k] is '"' or '\u201D' or ')')
            {
                k++;
            }

            if (k >= text.Length || char.IsUpper(text[k])
                || (text[k] == ' ' && k + 1 < text.Length && (char.IsUpper(text[k + 1]) || char.IsDigit(text[k + 1]) || text[k + 1] is '"' or '\u201C' or '(')))
            {
                return j;
            }
        }

        return text.Length;
    }
}
