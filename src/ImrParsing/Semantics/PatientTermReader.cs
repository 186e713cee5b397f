using ImrParsing.Parsers.Combinators;
using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Text;
using Pidgin;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads the word a narrative calls the patient by: the first place where
/// <see cref="PatientGrammar.NamedTerm"/> matches ("The injured worker is a ...", "The applicant
/// is a ...", "This is a patient with ...", "... the patient reported").
/// </summary>
internal static class PatientTermReader
{
    /// <summary>The canonical term and the range of its words in <paramref name="text"/>'s input, or null.</summary>
    public static (string Value, OffsetRange Source)? Find(CanonicalText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var canonical = text.Span;
        for (int i = 0; i < canonical.Length; i++)
        {
            if (canonical[i] is not ('t' or 'T' or 'o' or 'O' or 'i' or 'I' or 'w' or 'W') || (i > 0 && char.IsLetter(canonical[i - 1])))
            {
                continue;
            }

            if (PatientGrammar.NamedTerm.TryMatch(canonical[i..], out var result))
            {
                return (result.Value, text.SourceRange(result.Range.Shift(i)));
            }
        }

        return null;
    }

    /// <summary>The term as a value with its span in the input, or null.</summary>
    public static Spanned<string>? Read(IReaderContext context, CanonicalText text)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Find(text) is { } term ? context.Spanned(term.Value, term.Source.Start, term.Source.End) : null;
    }
}
