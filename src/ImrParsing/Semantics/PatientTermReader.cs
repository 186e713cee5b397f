using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Sections;
using ImrParsing.Syntax;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads the word a narrative calls the patient by: the first place where
/// <see cref="PatientGrammar.NamedTerm"/> matches ("The injured worker is a ...", "The applicant
/// is a ...", "This is a patient with ...", "... the patient reported").
/// </summary>
public static class PatientTermReader
{
    /// <summary>The canonical term and the range of its words in <paramref name="text"/>'s input, or null.</summary>
    public static (string Value, OffsetRange Source)? Find(CanonicalText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var canonical = text.Text;
        for (int i = 0; i < canonical.Length; i++)
        {
            if (canonical[i] is not ('t' or 'T' or 'o' or 'O' or 'i' or 'I' or 'w' or 'W') || (i > 0 && char.IsLetter(canonical[i - 1])))
            {
                continue;
            }

            var result = PatientGrammar.NamedTerm.Parse(canonical.AsSpan(i));
            if (result.Success)
            {
                return (result.Value.Value, text.ToSource(result.Value.Range.Shift(i)));
            }
        }

        return null;
    }

    /// <summary>The term as a value with its span in the input, or null.</summary>
    public static Spanned<string>? Read(SectionContext context, CanonicalText text)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Find(text) is { } term ? context.Spanned(term.Value, term.Source.Start, term.Source.End) : null;
    }
}
